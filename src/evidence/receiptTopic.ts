// Which text a passage says was given, or not given, to the parties: the mediator's "sent to both
// delegations", a party's "we received it on Sunday", another's "has still not seen the revised
// text", a wire's "delivered by courier to the embassy". Sources tell one text's delivery in as many
// voices as they have, and each such sentence is about one thing, the giving of that text, whoever
// got it and whether (textDelivery.ts and receipt.ts read who and whether, for links of one party
// and for flags). Linked here only where both name the revised text in their own words: a first
// plan, a counter-proposal or an "it" the sentence before may tie to another text is not sure.
import { asks } from './assertion.ts';
import { TEXT_NOUNS } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { receiptOf } from './receipt.ts';
import { accessOf } from './textAccess.ts';
import { textReached } from './textDelivery.ts';
import { stateOfText, textOfIt } from './textPronoun.ts';
import { givingAfterRevised } from './textState.ts';
import type { Roster } from './types.ts';

/** Which text a passage tells the delivery of: the revised one, one named otherwise, or one it does not name. */
export type ReceiptText = 'revised' | 'other' | 'unnamed';

const ALL = 'all';
// The press seeing a text is its leak, not its delivery: "the text seen by Lusória".
const PRESS_SEEN = /\b(?:seen|obtained|reviewed) by\b|\bleak/i;
// A text of its own name: a first or earlier plan, a counter-proposal, a party's own paper.
const OTHER_TEXT =
  /\b(?:first|original|initial|earlier|old|previous|leaked)\s+(?:[\w-]+\s+)?(?:text|draft|plan|version|paper|document|framework)s?\b|\bcounter-?(?:proposals?|drafts?|texts?|plans?)\b/i;
// A text or its points named after a party: "the Union's 24 points", "Torvania's own text".
const OWNED = new RegExp(`\\p{Lu}\\p{L}+['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:${TEXT_NOUNS}|points)\\b`, 'u');
// The revised text named in the passage's own words.
const OWN_REVISED = new RegExp(
  `\\b(?:revised|new|updated|amended|latest)\\s+(?:[\\w-]+\\s+){0,2}?(?:${TEXT_NOUNS})\\b`,
  'i',
);
// A text its giving only describes, the sentence telling another thing of it: "A revised text
// handed to the parties after talks in the capital would set the quota at …".
const DESCRIBED = new RegExp(
  `^\\W*(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${TEXT_NOUNS})\\s+(?:handed|sent|delivered|transmitted|drafted|circulated|given|shown)\\b`,
  'i',
);
/** The parties a passage tells a text's giving to or getting by, had or not (`all`: every party at the table). */
const partiesTold = (p: Passage, roster: Roster): Set<string> => {
  // A question's premise is put to the speaker, not told; "did not say whether" tells nothing.
  if (asks(p) || PRESS_SEEN.test(p.text) || /\bwhether\b/i.test(p.text) || DESCRIBED.test(p.text))
    return new Set();
  const receipt = receiptOf(p, roster);
  return new Set([
    ...(textReached(p, roster)?.keys() ?? []),
    ...[accessOf(p, roster)?.party ?? []].flat(),
    ...(receipt?.has ?? []),
    ...(receipt?.hasNot ?? []),
  ]);
};

export interface ReceiptTopic {
  text: ReceiptText;
  parties: Set<string>;
}

/** Which text a passage tells the delivery of, and to whom, if it tells one. */
export const receiptTopic = perPassage((p, roster): ReceiptTopic | undefined => {
  const parties = partiesTold(p, roster);
  if (parties.size === 0) return undefined;
  return { text: textOf(p, roster), parties };
});

function textOf(p: Passage, roster: Roster): ReceiptText {
  const named = `${p.text} ${textOfIt(p) ?? ''}`;
  if (OTHER_TEXT.test(named) || OWNED.test(p.text)) return 'other';
  // Revised in its own words: a text that "it" stands for may be another the sentence before named.
  if (stateOfText(p, roster) === true && OWN_REVISED.test(p.text)) return 'revised';
  // A text named by its size is the one of that size, which another size may not be.
  if (p.quantities.some((q) => q.unit === 'point' || q.unit === 'article')) return 'other';
  // Unnamed in its own words, the text its source last named: the revised one, if so.
  return givingAfterRevised(p) ? 'revised' : 'unnamed';
}

/**
 * Why two passages tell one text's delivery, if they do: both name the revised text, and both tell
 * it of one party, had or not, or one of every party ("sent to both delegations") and the other of
 * one at the table. Two parties' receipts are two things, however alike in words.
 */
export function oneReceiptTopic(a: Passage, b: Passage, roster: Roster): string | undefined {
  const x = receiptTopic(a, roster);
  const y = x && receiptTopic(b, roster);
  if (!x || !y || x.text !== 'revised' || y.text !== 'revised') return undefined;
  const atTable = new Set(roster.parties.filter((r) => r.role === 'principal').map((r) => r.id));
  const meets = (p: Set<string>, q: Set<string>) =>
    [...p].some((who) => q.has(who) || (who !== ALL && atTable.has(who) && q.has(ALL)));
  if (meets(x.parties, y.parties) || meets(y.parties, x.parties)) return 'who got the revised text';
  return undefined;
}
