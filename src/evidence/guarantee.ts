// Who a passage says guarantees the deal: "the Northern Council, which will guarantee the
// corridor", "the role of the Northern Council as guarantor", "welcomed the Council's
// readiness to act as guarantor", "Halcyra stands ready to underwrite the accord". Sources
// say it in many words; two that give one guarantor are about one thing.
import { entityMentions } from './entities.ts';
import { WEEKDAY } from './lexicon.ts';
import type { Roster } from './types.ts';

// The role itself, not a guarantee already given ("suspend its guarantee", "confirms its
// guarantee"): a guarantor, or the verb to guarantee or underwrite something. The plural names
// a body of guarantors, not one ("the guarantors want an answer", "in the presence of the
// guarantor states", "as one of four guarantors"): a party named near it is in the sentence for
// something else. Only "as guarantors" gives the role to those it follows. The singular "a
// guarantor state" is still one party's role.
const ROLE =
  /\bguarantor\b(?![- ](?:states|countries|powers|nations)\b)|\bas guarantors\b|\b(?:to|will|would|shall|can|could|must|agreed to|ready to)\s+(?:\w+\s+)?(?:guarantee|underwrite)\b|\b(?:guarantees|guaranteed|underwrites|underwrote)\s+the\b/i;

// A guarantor given its place among the signers ("Arvenia first, then Torvania, then the
// mediator as witness and the Union as guarantor", "its signature shall follow those of the
// parties") tells the order of signature, which signingOrder.ts reads, not who guarantees the
// deal: two such orders, or one set against a readiness to guarantee, are not one role told
// twice. An order is two words of place, or one beside a word of signing.
// "Last Tuesday", "for the first time" say when, not a place among signers.
const PLACE = new RegExp(
  String.raw`\b(?:(?:first|second|third|last)(?![ ,]+(?:time|week|month|year|night|round|session|day|${WEEKDAY})\b)|lastly|then|followed by|as witness|(?:shall|will|would) follow)\b`,
  'gi',
);
const SIGNING = /\bsign(?:s|ed|ing|ature|atures|atory|atories)?\b/i;
function placedAmongSigners(text: string): boolean {
  const places = text.match(PLACE)?.length ?? 0;
  return places >= 2 || (places === 1 && SIGNING.test(text));
}

/** The party a passage names as the deal's guarantor, if it names one. */
export function guarantorOf(text: string, roster: Roster): string | undefined {
  const m = ROLE.exec(text);
  if (!m || placedAmongSigners(text)) return undefined;
  // The party named nearest before the role ("Halcyra has agreed to stand as guarantor"),
  // else the first after it ("the role as guarantor of the Northern Council").
  const mentions = entityMentions(text, roster).filter((e) => e.person === undefined);
  const party = (mentions.filter((e) => e.end <= m.index).at(-1) ?? mentions.find((e) => e.index >= m.index))
    ?.party;
  // "Tiranor will guarantee a minimum flow": a principal guarantees its own acts, not the
  // deal, unless it is called its guarantor.
  const role = roster.parties.find((x) => x.id === party)?.role;
  return role === 'principal' && !/guarantor/i.test(m[0]) ? undefined : party;
}
