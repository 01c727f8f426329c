// Provision topics: a small dictionary of what negotiated texts are about (territory, NATO
// membership, army size, security guarantees...) and the link from a mention to the
// current draft's provisions on that topic, by their topics or by their own wording.
import type { ProvisionRef } from './types.ts';

export const TOPICS: Record<string, RegExp> = {
  territory: /\b(?:territor(?:y|ies|ial)|land concessions?|land swaps?|give up land|cede|ceding|borders?)\b/i,
  nato: /\b(?:nato|alliance membership|join(?:ing)? the alliance)\b/i,
  army_size:
    /\b(?:army size|size of (?:its|the) (?:army|armed forces)|armed forces|troop (?:cap|ceiling|limits?)|restrictions on (?:its|the) (?:military|army))\b/i,
  security_guarantees: /\bsecurity guarantees?\b/i,
  ceasefire: /\b(?:ceasefire|cease-fire|truce|armistice)\b/i,
  sanctions: /\bsanctions\b/i,
  elections: /\belections?\b/i,
  amnesty: /\bamnesty\b/i,
  prisoners: /\b(?:prisoners?|detainees)\b/i,
  water: /\b(?:water (?:rights|quotas?|sharing|annex|flows?)|dams?|reservoirs?)\b/i,
  assets: /\bfrozen assets\b/i,
  nuclear_plant: /\bnuclear (?:power )?(?:plant|station)s?\b/i,
};

const SYNONYMS: Record<string, string[]> = {
  army_size: ['army', 'army size', 'armed forces', 'military'],
  security_guarantees: ['security guarantees', 'guarantees', 'security'],
  nato: ['nato', 'alliance', 'nato membership'],
  assets: ['frozen assets', 'assets'],
  nuclear_plant: ['nuclear plant', 'nuclear'],
};

const norm = (topic: string) => topic.toLowerCase().replace(/[_-]+/g, ' ').trim();

/** Paths of the provisions on `topic`: tagged with it, or worded about it. */
export function provisionsOn(topic: string, provisions: ProvisionRef[]): string[] {
  const names = new Set([norm(topic), ...(SYNONYMS[topic] ?? [])]);
  const pattern = TOPICS[topic];
  return provisions
    .filter(
      (p) =>
        p.topics.some((t) => names.has(norm(t))) || pattern?.test(`${p.heading ?? ''} ${p.text}`) === true,
    )
    .map((p) => p.path);
}

const TOPIC_NAMES = Object.keys(TOPICS);

/** The first topic a sentence touches, in dictionary order (the rest are not tested). */
export function firstTopic(sentence: string): string | undefined {
  return TOPIC_NAMES.find((topic) => TOPICS[topic]!.test(sentence));
}
