// Who a reading of the order of signature may take for a signer. The parties as one group ("signed
// first by the two Parties, followed by Norland as facilitator") sign before the others and name no
// first among themselves; a place ("agreed in Fjellby that it would sign first") is where something
// was said or done, never what "it" points back to, though a capital is its state's alias.
import type { EntityMention } from './entities.ts';

// "the two Parties", "both parties", "the parties to the dispute", "both sides", "the delegations".
const GROUP_OF_PARTIES =
  /^[ \t]*(?:(?:the|both|all)[ \t]+)?(?:(?:two|three|both|parties'|negotiating)[ \t]+)?(?:parties|sides|principals|delegations|belligerents|signatories|heads of state)\b/i;

/** Whether the words after "first by" (or before "first") name the parties as one group. */
export const partiesAsGroup = (after: string): boolean => GROUP_OF_PARTIES.test(after);

// "Arvenia and Torvania would sign first": two parties joined as the subject of one verb.
const JOINED = /^[ \t]*(?:,|and|&|as well as)[ \t]+(?:the[ \t]+)?$/i;

/** Whether a clause's subject is two parties joined ("Arvenia and Torvania"): no one of them signs first. */
export function jointSigners(clause: string, mentions: readonly EntityMention[]): boolean {
  const parties = partiesNotPlaces(clause, mentions);
  for (let i = 1; i < parties.length; i++) {
    const [x, y] = [parties[i - 1]!, parties[i]!];
    if (x.party !== y.party && JOINED.test(clause.slice(x.end, y.index))) return true;
  }
  return false;
}

// "in Fjellby", "at Fjellby", "near Kessel": a place named after its preposition. Not "to" or
// "from": "handed the floor to Torvania, which said it would sign first" names the party.
const PLACE_BEFORE = /\b(?:in|at|near|outside|inside|via|through)[ \t]+(?:the[ \t]+)?$/i;

/** Mentions of a stretch of text that name a party, not a place where something happened. */
export const partiesNotPlaces = (text: string, mentions: readonly EntityMention[]): EntityMention[] =>
  mentions.filter((m) => !PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)));
