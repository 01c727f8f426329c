// One verb, two events: "met Dahl on Monday and Solberg on Tuesday", "spoke with Varin on
// Monday and with Solberg on Tuesday", "visited Kessel on Monday and Drava on Tuesday". The
// second conjunct leaves out the verb and names another counterpart (or place) and another day:
// it is an event of its own, not the first one again.
import { CALENDAR_WORD } from './lexicon.ts';

interface Dated {
  index: number;
  text: string;
  iso: string;
  vague?: boolean;
}
interface Triggered {
  kind: string;
  index: number;
  journey?: boolean;
}

// "... and (with) Solberg (on) Tuesday": the conjunct between the first day and the second.
const CONJUNCT =
  /^,?\s+and\s+(?:(?:with|to|in|at)\s+)?(?:(?:the|his|her|their)\s+)?([A-Z\u00C0-\u00DE][\w'’-]*(?:\s+[A-Z\u00C0-\u00DE][\w'’-]*){0,3})\s+(?:on\s+)?/;
// A verb right after the second day makes the conjunct a clause of its own, its name the subject,
// not a second counterpart: "met Dahl on Monday and Varin on Tuesday said the meeting was useful".
const OWN_VERB =
  /^,?\s+(?:said|says|told|tells|wrote|writes|added|announced|confirmed|declared|insisted|warned|denied|rejected|accused|welcomed|urged|called|signed|met|spoke|visited|held|left|arrived)\b/;
// How far the first day may stand from the verb ("met Dahl on Monday").
const REACH = 80;

/**
 * The second events of `triggers` that a gapped conjunct names, each placed at its own day; the
 * kinds that are verbs of meeting, calling, visiting and holding talks.
 */
export function coordinatedEvents<T extends Triggered>(
  sentence: string,
  dates: Dated[],
  triggers: T[],
): (T & { apart: true })[] {
  const more: (T & { apart: true })[] = [];
  for (const t of triggers) {
    if (t.kind === 'deadline' || t.kind === 'statement') continue;
    const first = dates.find((d) => !d.vague && d.index > t.index && d.index - t.index < REACH);
    if (!first || /[,;:]/.test(sentence.slice(t.index, first.index))) continue;
    const end = first.index + first.text.length;
    const conjunct = CONJUNCT.exec(sentence.slice(end, end + 80));
    if (!conjunct || CALENDAR_WORD.test(conjunct[1]!)) continue;
    const at = end + conjunct[0].length;
    const second = dates.find((d) => !d.vague && d.index >= at - 3 && d.index <= at);
    if (second && OWN_VERB.test(sentence.slice(second.index + second.text.length))) continue;
    if (second && second.iso !== first.iso) more.push({ ...t, index: second.index, apart: true });
  }
  return more;
}
