// The order of signature given as a list rather than with "first": "order of signature agreed:
// Dalvany, Ondria, then Brastova as witness", "in the following order: the Republic of Arvenia,
// the Republic of Torvania", "The order is in the protocol: Arvenia, then Torvania". The party
// opening the list signs first. Also "will put its signature first" and "signed the accord first
// yesterday", where the word of signing is a noun or stands further from "first".
import { entityMentions } from './entities.ts';
import type { Roster } from './types.ts';

// "order of signature(s)", "signing order", "following order", "the order is …": a colon, then the list.
const ORDER_COLON =
  /\b(?:order of (?:the )?(?:signatures?|signing)|signing order|signature order|(?:following|this|set|agreed) order|the order (?:is|was|will be|(?:agreed|set|fixed|settled) (?:by|in|at))|in the order (?:agreed|set|fixed|settled))\b[^.;:!?]{0,60}:[ \t]*/i;
// "In the following order:", "in the order agreed by …" say how the clause's verb is done, and
// delegations also enter, speak and arrive in an order: the order is the signature's only where
// that clause signs ("will be signed in the following order:"). "The order of signature:" and "the
// order is …" (the order a passage is about) need no such verb.
const ORDER_OF_VERB = /^(?:(?:following|this|set|agreed) order|in the order)\b/i;
const SIGNS = /\bsign(?:s|ed|ing|atures?)?\b/i;
// How far back the clause of the colon is read: the opening words of a long sentence at most.
const CLAUSE_REACH = 200;
const signedOrder = (text: string, colon: RegExpExecArray) =>
  !ORDER_OF_VERB.test(colon[0]) ||
  SIGNS.test(
    text
      .slice(Math.max(0, colon.index - CLAUSE_REACH), colon.index)
      .split(/[.;!?]/)
      .at(-1)!,
  );

// A list goes on: "Arvenia, then Torvania", "Arvenia, Torvania, then", "Arvenia first, then".
// Or by ordinals: "Arvenia first, Torvania second".
const LIST_GOES_ON =
  /^[^.;:!?]{0,80}?(?:,|\bfirst\b)[ \t]*(?:and[ \t]+)?then\b|^[^.;:!?]{0,80}?,[ \t]*[^.;:!?]{0,60}\bthen\b|^[^.;:!?]{0,40}?\bfirst[ \t]*,[ \t]*[^.;:!?]{1,40}?[ \t]+second\b/i;
// "ready to sign on 5 April, with Arvenia first", "the order in which they sign, with Arvenia first".
const WITH_FIRST =
  /\bsign(?:s|ed|ing)?\b[^.;:!?]{0,40}?,[ \t]*with[ \t]+([^,.;:!?]{1,40}?)[ \t]+first\b(?=[ \t]*(?:[,.;:)]|$|(?:and|then|followed)\b))/iu;
// "will put its/the signature first", "put their signatures to the text first".
const SIGNATURE_FIRST =
  /\bput(?:s|ting)?[ \t]+(?:its|their|his|her|the)[ \t]+signatures?(?:[ \t]+(?:to|under|on)[ \t]+(?:the|this|that)[ \t]+[\p{L}-]+)?[ \t]+first\b/iu;
// "signed the Caddon framework first yesterday": four or five words between the verb and "first".
const SIGNED_LONG_FIRST =
  /\bsign(?:s|ed)?\b(?:[ \t]+[\p{L}'’-]+){4,5}?[ \t]+first[ \t]*(?:,|\b(?:yesterday|today|on|in|at|followed)\b)/iu;

// A list of three or more items joined by commas and a last "and" ("Arvenia, Torvania, Norland and
// Kessel") whose first three each name a party, whatever follows them (witnesses, guests): after
// "in the following order:" the list is the order itself. Two names could be a pair, not an order.
const FEWEST_LISTED_PARTIES = 3;
function partiesListed(rest: string, roster: Roster): boolean {
  const items = rest.split(/[.;:!?]/)[0]!.split(/,|\band\b/);
  return (
    items.length >= FEWEST_LISTED_PARTIES &&
    items.slice(0, FEWEST_LISTED_PARTIES).every((item) => entityMentions(item, roster).some((m) => m.party))
  );
}

// Nothing but an article or "the Republic of" before the party.
const OPENS_ON = /^(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+of[ \t]+(?:the[ \t]+)?)?$/iu;

/** The party a list of signers opens with, or the subject of "put its signature first". */
export function listedFirstSigner(
  text: string,
  roster: Roster,
  subjectOf: (before: string) => string | undefined,
): string | undefined {
  const colon = ORDER_COLON.exec(text);
  if (colon && signedOrder(text, colon)) {
    const rest = text.slice(colon.index + colon[0].length);
    const opening = entityMentions(rest.slice(0, 60), roster)[0];
    // The list opens on the party ("the Republic of" before it at most).
    const before = opening ? rest.slice(0, opening.index) : '';
    if (opening?.party && OPENS_ON.test(before) && (LIST_GOES_ON.test(rest) || partiesListed(rest, roster)))
      return opening.party;
  }
  // "with Arvenia first": the words before "first" are the party's name and nothing more.
  const withWhom = WITH_FIRST.exec(text)?.[1] ?? '';
  const named = entityMentions(withWhom, roster)[0];
  if (named?.party && OPENS_ON.test(withWhom.slice(0, named.index)) && named.end >= withWhom.length)
    return named.party;
  const put = SIGNATURE_FIRST.exec(text) ?? SIGNED_LONG_FIRST.exec(text);
  return put ? subjectOf(text.slice(0, put.index)) : undefined;
}
