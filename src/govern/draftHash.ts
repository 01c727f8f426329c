// The canonical form of a draft's exact text, hashed for signatures: title, preamble
// and each provision's path, number, heading and text, in order, normalised to NFC and
// LF line ends so that the same words hash the same on every platform and editor.
import { canonicalJson } from './canonicalJson.ts';
import { sha256Hex } from './hash.ts';

export interface SignableProvision {
  path: string;
  number: string;
  heading?: string | undefined;
  text: string;
}

export interface SignableDraft {
  title?: string | undefined;
  preamble: string;
  provisions: readonly SignableProvision[];
}

/** NFC and LF only: anything more (trimming, collapsing spaces) would let different texts share a hash. Throws nothing. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

/**
 * The canonical serialisation: canonical JSON of a versioned record, so that no
 * separator inside a text can make two different drafts serialise alike. Throws nothing.
 */
export function canonicalDraft(draft: SignableDraft): string {
  return canonicalJson({
    format: 'parley-draft/v1',
    title: draft.title === undefined ? null : normaliseText(draft.title),
    preamble: normaliseText(draft.preamble),
    provisions: draft.provisions.map((p) => ({
      path: normaliseText(p.path),
      number: normaliseText(p.number),
      heading: p.heading === undefined ? null : normaliseText(p.heading),
      text: normaliseText(p.text),
    })),
  });
}

/** SHA-256 (hex) of the canonical draft: the value signatories sign. Throws nothing. */
export function draftHash(draft: SignableDraft): string {
  return sha256Hex(canonicalDraft(draft));
}
