// Who asked for a call or a meeting. Readouts say it in a fixed phrase ("the conversation took
// place at the initiative of the Vesmori side", "at the request of Prime Minister Corvalho"), and
// each side's readout of one call often gives the initiative to the other: two sources written
// within days of one call that name two different sides as having asked for it contradict.
import { DAY_MS } from '../core/calendar.ts';
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// "At the request of the Vesmori side", "at the initiative of Arlisk", "at Arlisk's request",
// "requested by the Foreign Minister". An invitation names a host, not who asked.
const ASKED_BY =
  /\bat\s+(?:the\s+)?(?:request|initiative)\s+of\s+([^,.;:()]{1,60})|\bat\s+([^,.;:()]{1,40}?)['’]s?\s+(?:request|initiative)\b|\b(?:initiated|requested)\s+by\s+([^,.;:()]{1,60})/iu;
// The occasion asked for, by kind: a call and a conversation are one kind, a meeting and talks
// another. A readout's "spoke with" is a call ("The Secretary spoke today with Foreign Minister …").
const CALL = /\b(?:call|conversation|telephone|phone|spoke\s+(?:\w+\s+)?with)\b/i;
const MEETING = /\b(?:meeting|talks|visit|summit)\b/i;
/** Two reports of one occasion are written within days of it. */
const OCCASION_DAYS = 2;

/** The party a passage says asked for the occasion it reports, if it names one the roster knows. */
export const initiatorOf = perPassage((p: Passage, roster: Roster): string | undefined => {
  const m = ASKED_BY.exec(p.text);
  if (!m) return undefined;
  const phrase = m[1] ?? m[2] ?? m[3] ?? '';
  // Read in its passage: an office named back ("spoke with Foreign Minister Halsk at the Foreign
  // Minister's request") is the one the passage named, which the phrase alone does not tell.
  const at = m.index + m[0].indexOf(phrase);
  const inPassage = entityMentions(p.text, roster).find((e) => e.index >= at && e.end <= at + phrase.length);
  return (
    inPassage?.party ?? entityMentions(phrase, roster)[0]?.party ?? [...partiesByAdjective(phrase, roster)][0]
  );
});

const kindOf = (p: Passage) => (CALL.test(p.text) ? 'call' : MEETING.test(p.text) ? 'meeting' : undefined);

/** Whether two passages say who asked for one occasion: one kind, written within days of each other. */
export function sayWhoAsked(a: Passage, b: Passage, roster: Roster): boolean {
  if (!initiatorOf(a, roster) || !initiatorOf(b, roster) || !a.published || !b.published) return false;
  const kind = kindOf(a);
  if (!kind || kind !== kindOf(b)) return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS <= OCCASION_DAYS;
}
