// How far a text has gone on one day: initialled (the negotiators mark the agreed text) or
// signed (the parties bind themselves). A text is often initialled weeks before it is signed, so
// the two stages contradict each other only when sources put them on one day: "the delegations
// initialled today the text" and "today we signed the agreement", written the same day.
import { datesOf, perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export type SigningStage = 'initialled' | 'signed';

// Done, not planned: "we signed", "was signed", "signed the accord"; not "to be signed", "will
// sign", "should be signed no later than", "signed off", "signed up".
const SIGNED =
  /\b(?<!(?:to|be|will|would|should|must|shall|not|never)\s+(?:be\s+)?)signed\b(?!\s+(?:off|up|by\s+\d|no later))/i;
const INITIALLED = /\binitiall?(?:ed|ing)\b/i;
// "initialled, not signed": the text says it is not yet signed.
const NOT_SIGNED = /\bnot(?: yet)? (?:been )?signed\b/i;
const PLANNED =
  /\b(?:will|would|to be|should|shall|must|expected|due|plan(?:s|ned)?|intend(?:s|ed)?)\b[^.;]{0,30}\bsign/i;

/** The stage a passage says a text reached, when it says one and only one. */
export const signingStage = perPassage((p: Passage): SigningStage | undefined => {
  const initialled = INITIALLED.test(p.text);
  if (initialled && NOT_SIGNED.test(p.text)) return 'initialled';
  const signed = SIGNED.test(p.text) && !PLANNED.test(p.text);
  if (initialled === signed) return undefined;
  return initialled ? 'initialled' : 'signed';
});

/** The one day a passage puts its act on: its event's, the one day it names, or "today". */
function dayOf(p: Passage, roster: Roster): string | undefined {
  if (p.claim?.kind === 'event') return p.claim.data.date ?? undefined;
  const days = [...new Set(datesOf(p, roster))];
  if (days.length === 1) return days[0];
  return days.length === 0 && /\b(?:today|an hour ago|this (?:morning|afternoon|evening))\b/i.test(p.text)
    ? p.published
    : undefined;
}

const STAGE_WORD = /\b(?:initiall?(?:ed|ing)|signed)\b/i;
const AROUND_BEFORE = 6;
const AROUND_AFTER = 10;
// Words of any signing, not of which text: "the text of the agreement", "today".
const ANY_TEXT = new Set(['text', 'today', 'sign', 'initial', 'initialled', 'initialling']);

/** The meaning words around the stage word: what was initialled or signed. */
const stageObject = perPassage((p: Passage): Set<string> => {
  const m = STAGE_WORD.exec(p.text);
  if (!m) return new Set();
  const before = p.text.slice(0, m.index).split(/\s+/).slice(-AROUND_BEFORE).join(' ');
  const after = p.text
    .slice(m.index + m[0].length)
    .split(/\s+/)
    .slice(0, AROUND_AFTER)
    .join(' ');
  return new Set([...meaningWords(`${before} ${after}`)].filter((w) => !ANY_TEXT.has(w)));
});

/** The day two passages put one text initialled by one and signed by the other, if they do. */
export function stagesApart(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [sa, sb] = [signingStage(a, roster), signingStage(b, roster)];
  if (!sa || !sb || sa === sb) return undefined;
  // One text: the words of what was initialled and what was signed have one in common
  // ("the text of an agreement" / "the Keldport Grain Corridor Agreement").
  const [oa, ob] = [stageObject(a, roster), stageObject(b, roster)];
  if (![...oa].some((w) => ob.has(w))) return undefined;
  const [da, db] = [dayOf(a, roster), dayOf(b, roster)];
  return da !== undefined && da === db ? da : undefined;
}
