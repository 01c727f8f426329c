// A call or a meeting said to have had its two principals alone ("Only the two leaders took part",
// "the two presidents spoke alone", "held between the two leaders only") against another account
// of it that puts a third person there ("the Foreign Minister also took part in the call", "the
// envoy was on the line throughout"). The account of the two alone often leaves the occasion to
// the sentence or question before it (a passage's setting, as for presence by role).

import { asks } from './assertion.ts';
import { findDates } from './dates.ts';
import { buildGazetteer } from './gazetteer.ts';
import { perPassage } from './linkSupport.ts';
import { toldInOtherFormat } from './meetingFormats.ts';
import { presence } from './namedPresence.ts';
import type { Passage } from './passages.ts';
import { type Occasion, occasionIn, oneOccasion } from './presenceOccasion.ts';
import type { Roster } from './types.ts';

const PRINCIPALS =
  '(?:two|both) (?:leaders|presidents|heads of (?:state|government)|prime ministers|principals)';
// Said of the occasion as a whole, not denied ("not only the two leaders").
const ALONE = new RegExp(
  String.raw`(?<!\bnot )\bonly (?:the )?${PRINCIPALS}\b|(?<!\bnot )\bone[- ](?:to|on)[- ]one\b|\b${PRINCIPALS} (?:only|alone)\b|\b${PRINCIPALS} (?:[\p{L}-]+ ){1,2}alone\b`,
  'iu',
);
// "The envoy was on the line throughout": on a call, as "took part" is at a meeting.
const ON_THE_LINE = /\b(?:was|were) (?:also )?on the line\b|\bjoined (?:them )?on the (?:line|call)\b/i;
// Those the two principals are: a head of state or government is no third person at their call.
// An office is that of the head itself, not of an envoy of the head ("Special Envoy of the President").
const LEADER_OFFICE =
  /^(?:the )?(?:president|prime minister|premier|chancellor|head of (?:state|government)|king|queen|emir|first minister)\b/i;

// A call however named: "the conversation", "took a call", "on the line" (presenceOccasion.ts
// reads "the call" and "phone call" only, as a meeting's account may mention some other call).
const CALL = /\b(?:calls?|conversation|(?:tele)?phoned?|on the line|spoke|spoken)\b/i;
/**
 * The occasion the first of `texts` naming one speaks of, a call before any other kind, on the
 * nearest day they tell: "Tonight the President took a call … 10 Mar at 21:14".
 */
function occasionOf(texts: string[], published?: string): Occasion | undefined {
  const kind = texts
    .map((t) => (CALL.test(t) ? 'call' : occasionIn(t, published)?.kind))
    .find((k) => k !== undefined);
  if (!kind) return undefined;
  const days = texts.map((t) => findDates(t, published).map((d) => d.iso)).find((d) => d.length > 0);
  return { kind, days: days ?? [] };
}

/**
 * Whether a sentence says only the two principals were at an occasion, or someone was on the line:
 * either may leave the occasion to the sentences before it.
 */
export const saysWhoWasOnIt = (text: string): boolean => ALONE.test(text) || ON_THE_LINE.test(text);

/** The occasion a passage says had its two principals alone, from its sentence or those before. */
const aloneAt = perPassage((p): Occasion | undefined => {
  const alone = asks(p) ? null : ALONE.exec(p.text);
  if (!alone || toldInOtherFormat(p.text, ...(p.setting ?? []))) return undefined;
  // The occasion named up to the words that say so, else before the sentence, else after them:
  // "spoke one-to-one, and agreed to meet before the talks" is a call, not the talks.
  const upTo = p.text.slice(0, alone.index + alone[0].length);
  return occasionOf([upTo, ...(p.setting ?? []), p.text], p.published);
});

/** The people other than heads of state or government a passage puts at an occasion, and the occasion. */
export const thirdPersonsAt = perPassage((p, roster): { who: string[]; at: Occasion } | undefined => {
  if (asks(p) || ALONE.test(p.text)) return undefined;
  const people = buildGazetteer(roster).personById;
  const there = presence(p, roster);
  const said = there?.present ? there.who : ON_THE_LINE.test(p.text) ? p.names : [];
  const who = said.filter((id) => people.has(id) && !LEADER_OFFICE.test(people.get(id)!.office ?? ''));
  const at = who.length > 0 ? occasionOf([p.text, ...(p.setting ?? [])], p.published) : undefined;
  return at ? { who, at } : undefined;
});

/** Whether a passage says the principals were alone (`alone`) or a third person was there (`joined`): blocking's keys. */
export function principalsAloneKeys(p: Passage, roster: Roster): { alone: boolean; joined: boolean } {
  return { alone: aloneAt(p, roster) !== undefined, joined: thirdPersonsAt(p, roster) !== undefined };
}

/**
 * The person one passage puts at an occasion another says had its two principals alone, both
 * speaking of one occasion (one kind, a day in common or written within days).
 */
export function joinedPrincipalsAlone(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = aloneAt(a, roster) ? [a, b] : [b, a];
  const at = aloneAt(x, roster);
  const third = at && thirdPersonsAt(y, roster);
  if (!at || !third || !oneOccasion(x, at, y, third.at, true)) return undefined;
  return third.who.find((w) => !x.names.includes(w));
}
