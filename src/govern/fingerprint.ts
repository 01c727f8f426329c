// Fingerprinted circulation: each recipient's copy uses its own meaning-preserving
// wording variants (chosen per slot by HMAC of the secretariat secret), so a pasted
// paragraph of a leaked copy can be traced back to the copy it came from.
//
// LIMITS (for the README):
// - Evidence lives in wording, so it survives copy-paste, re-flowing, changed fonts and
//   line breaks, and retyping by someone who copies words faithfully. Paraphrase,
//   translation, summary or an editor "normalising" spelling (-ise/-ize, numbers,
//   "shall"/"will") destroys the slots it touches.
// - How much a paste proves depends on how many slots it contains: naming 1 of 10
//   recipients needs at least 14 slots (all agreeing: 10 × 2^-14 < 0.1%), a few more with
//   an edit or two; a sentence or two rarely suffices, and trace() then says
//   "inconclusive", never guesses. Slot density depends on the drafting: treaty prose full
//   of "shall", "within", numbers, dates and British/American spellings offers a slot
//   every 5–10 words; plain narrative prose one every 20–45.
// - Measured on our 4-paragraph test accord (145–163 words, 15–29 slots a paragraph):
//   a whole re-flowed paragraph names the right recipient 100% of the time among 10
//   and 98% among 30; half a paragraph 36% / 18%; a whole paragraph with three words
//   edited by hand 70% / 65%; the rest is "inconclusive". Across 3,000 pastes of copies
//   nobody on the list received, no one was named: a name is given only when the
//   chance of so good a fit by luck, over all recipients, is below 0.1%.
// - Measured on the demo's Geneva drafts (`npm run eval:trace`, plain prose, provisions of
//   5–134 words): one slot per 24 words (was 45 before compounds, dates, US/U.S. and more
//   spellings were added), 3.7 slots in a 60–99-word provision and 5 in a 100–140-word
//   one, so ONE provision is always inconclusive (0% named, 0 wrong); eight provisions
//   pasted together (245 words) name the right recipient 20% of the time among 10; no
//   wrong name in 1,522 pastes, including 520 of copies nobody on the list received.
// - PDF copies (pdfDocument.ts) set the same words without hyphenation or ligatures, so
//   `pdftotext` gives them back; a copy re-typeset with either loses the slots in the
//   split or ligated words, and characters outside WinAnsi are transliterated in the PDF.
// - Two or more recipients comparing their copies see every slot where they differ and
//   can blend or neutralise them; a mixed copy traces to nobody (inconclusive) or, at
//   worst, to one of the colluders. A reader may also notice mixed spellings in a copy.
// - Serial-comma slots are found by a heuristic (", X and" with X of one to three
//   words) that a parenthetical clause can fool; numbering, dates and times are kept.
// - Zero-width marks (option `zeroWidth`) add a 32-bit tag but are FRAGILE: stripped by
//   retyping, plain-text filters and many editors, and visible to anyone who looks.
// - The copies differ from the master text: the signed text is the master's canonical
//   hash, so circulate fingerprinted copies for reading, never for signature.
import { ParleyError } from '../core/errors.ts';
import { codeword, hammingDistance, zeroWidthTag } from './fingerprintCode.ts';
import { findSlots } from './fingerprintSlots.ts';
import { embedZeroWidth } from './zeroWidth.ts';

export { type TraceResult, trace } from './fingerprintTrace.ts';

export interface FingerprintOptions {
  /** Also embed a fragile zero-width tag. Default false. */
  zeroWidth?: boolean;
}

/** The copy of `draftText` that `recipient` receives. Throws nothing. */
export function fingerprintCopy(
  draftText: string,
  recipient: string,
  secret: string | Uint8Array,
  options: FingerprintOptions = {},
): string {
  const { slots } = findSlots(draftText);
  const bits = codeword(recipient, secret, slots.length);
  let copy = draftText;
  // From the end, so earlier offsets stay valid.
  for (let s = slots.length - 1; s >= 0; s--) {
    const slot = slots[s]!;
    copy = copy.slice(0, slot.start) + slot.surfaces[bits[s]!]! + copy.slice(slot.end);
  }
  return options.zeroWidth ? embedZeroWidth(copy, zeroWidthTag(recipient, secret)) : copy;
}

export interface Circulation {
  copies: Record<string, string>;
  /** Variant slots in the whole text. */
  slots: number;
  /** Smallest number of slots in which two recipients' copies differ. */
  minDistance: number;
}

/**
 * One fingerprinted copy per recipient. Throws `duplicate` for a recipient listed twice
 * and `conflict` when two recipients would get identical copies (too few variant slots).
 */
export function fingerprintCopies(
  draftText: string,
  recipients: readonly string[],
  secret: string | Uint8Array,
  options: FingerprintOptions = {},
): Circulation {
  const unique = new Set(recipients);
  if (unique.size !== recipients.length) throw new ParleyError('duplicate', 'a recipient is listed twice');
  const { slots } = findSlots(draftText);
  const words = recipients.map((r) => codeword(r, secret, slots.length));
  let minDistance = Number.POSITIVE_INFINITY;
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) minDistance = Math.min(minDistance, hammingDistance(a, b));
  });
  if (minDistance === 0 && !options.zeroWidth) {
    throw new ParleyError(
      'conflict',
      `the text has only ${slots.length} variant slots: two recipients would receive identical copies; circulate a longer text or enable zero-width marks`,
      { slots: slots.length },
    );
  }
  const copies = Object.fromEntries(
    recipients.map((r) => [r, fingerprintCopy(draftText, r, secret, options)]),
  );
  return {
    copies,
    slots: slots.length,
    minDistance: Number.isFinite(minDistance) ? minDistance : slots.length,
  };
}
