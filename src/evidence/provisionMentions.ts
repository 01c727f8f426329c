// Provision mentions: every place a text touches a topic of the draft ("security
// guarantees", "NATO") or names a point by number ("point 7"), linked to the provisions
// of the current draft it may be about; not another instrument's article or a speaker's own point.
import { notTheTexts } from './foreignProvisions.ts';
import { allMatches } from './regex.ts';
import { provisionsOn, TOPICS } from './topics.ts';
import type { ProvisionRef, SuggestedClaim } from './types.ts';

// All topics in one alternation, one group each: one scan of the text instead of one per topic.
const TOPIC_NAMES = Object.keys(TOPICS);
// Every topic starts with a word boundary and a letter: checking that once, before the
// alternation, fails most positions in one step instead of one per topic.
const ALL_TOPICS = new RegExp(
  `\\b(?=[a-z])(?:${TOPIC_NAMES.map((t) => `(${TOPICS[t]!.source})`).join('|')})`,
  'gi',
);
const NUMBERED = /\b(?:point|article|paragraph|clause|provision)\s+(\d{1,3}[a-z]?)\b/gi;

/** Provision-mention claims of a clean text; `provisions` links them to the current draft. */
export function extractProvisionMentions(text: string, provisions: ProvisionRef[] = []): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  const links = new Map<string, string[]>();
  for (const m of allMatches(ALL_TOPICS, text)) {
    const topic = TOPIC_NAMES[m.slice(1).findIndex((g) => g !== undefined)]!;
    if (!links.has(topic)) links.set(topic, provisionsOn(topic, provisions));
    claims.push({
      kind: 'mention',
      text: m[0],
      span: [m.index, m.index + m[0].length],
      data: { entity: 'provision', id: topic, provisions: links.get(topic)! },
    });
  }
  for (const m of allMatches(NUMBERED, text)) {
    if (notTheTexts(text, m.index, m.index + m[0].length)) continue;
    const number = m[1]!;
    claims.push({
      kind: 'mention',
      text: m[0],
      span: [m.index, m.index + m[0].length],
      data: {
        entity: 'provision',
        id: `point ${number}`,
        provisions: provisions.filter((p) => p.number.replace(/\.$/, '') === number).map((p) => p.path),
      },
    });
  }
  return claims;
}
