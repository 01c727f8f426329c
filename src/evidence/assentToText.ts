// A party's assent to the negotiated text told as a verb: "the Torvanian delegation has agreed to
// the framework", "Carrowby announced that Torvania had agreed to the plan", "Arvenia accepted the
// draft". Sources set it against the text's state told as a noun ("no agreement on the text has
// been reached", "nothing is agreed"): both say whether the text is agreed, in other words. status.ts
// reads no status in "agreed to" (agreeing to do something is a decision), so this is read apart.
import { DAY_MS } from '../core/calendar.ts';
import { asks } from './assertion.ts';
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';
import { statusWithWholeText, WHOLE_TEXT } from './wholeText.ts';

// "has agreed to the framework", "accepted the plan"; not "agreed to continue work on the framework",
// nor a part of it ("the plan's ceasefire clause"), a plan to meet ("the plan to meet again") or
// the text as a basis for more talks ("accepted the framework as a basis").
const ASSENT =
  /\b(?:has|have|had)?\s*(?:agreed to|accepted|endorsed|approved|signed up to)\s+(?:the|this|that|our|their|its)\s+(?:(?:revised|new|peace|whole|entire|updated|\d+-point|[\p{L}]+-point)\s+){0,2}(?:framework|text|plan|document|draft|deal|agreement|accord)\b(?!['’]s\b|\s+to\s+(?:meet|continue|resume|hold|keep|talk|work)\b|\s+as\s+(?:a|the)\s+basis\b)/iu;
const CLAUSE_START = /[.;:!?]|\b(?:that|said|says|told|but|while|whereas)\b/gi;
const SUBJECT_REACH = 80;
// One state of the text is told within days: weeks later it may have moved on.
const ONE_STATE_DAYS = 7;

/** The party a passage says assented to the text, from the clause before the verb. */
export function readAssent(text: string, roster: Roster): string | undefined {
  const m = ASSENT.exec(text);
  if (!m) return undefined;
  const before = text.slice(Math.max(0, m.index - SUBJECT_REACH), m.index);
  const start = [...before.matchAll(CLAUSE_START)].at(-1);
  const clause = start ? before.slice(start.index + start[0].length) : before;
  if (/\b(?:not|never|n['’]t)\s*$/i.test(clause)) return undefined;
  const named = entityMentions(clause, roster).at(-1);
  if (named) return named.party;
  const adjectives = [...partiesByAdjective(clause, roster)];
  return adjectives.length === 1 ? adjectives[0] : undefined;
}

export const assentOf = perPassage((p, roster) => (asks(p) ? undefined : readAssent(p.text, roster)));
export const wholeTextStated = perPassage((p) => {
  const status = statusWithWholeText(p);
  return status?.subject.has(WHOLE_TEXT) ?? false;
});

const daysApart = (a: Passage, b: Passage) =>
  a.published && b.published ? Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS : 0;

/** Whether two passages say whether the text is agreed, one as a party's assent: the link's reason. */
export function oneAssent(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [assentOf(a, roster), assentOf(b, roster)];
  if (!x && !y) return undefined;
  if (daysApart(a, b) > ONE_STATE_DAYS) return undefined;
  if (x && y) return x === y ? `whether ${x} agreed to the text` : undefined;
  const [party, other] = x ? [x, b] : [y!, a];
  return !asks(other) && wholeTextStated(other, roster) ? `whether ${party} agreed to the text` : undefined;
}
