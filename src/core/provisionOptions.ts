// The options a package deal may choose for one provision of a draft: the text as drafted,
// each way of resolving a bracketed passage, each live amendment a party proposed on it, and
// striking the provision. Pure: the same text and amendments always give the same keys, so a
// profile's scores stay attached to the option they were given for.

import { type Amendment, amendedText } from './amendments.ts';

export interface ProvisionOption {
  /**
   * Stable within the draft: `drafted`, `strike`, `b1-2` (bracket run 1, alternative 2), `b2-keep`,
   * `b2-drop`, `a-<amendment id>`.
   */
  key: string;
  label: string;
  /** The provision's text with this option taken; null when the provision is struck. */
  text: string | null;
}

// Markdown links and footnote references are brackets of the medium, not of the negotiation.
const MEDIUM = /\[[^\]\n]*\]\([^)\n]*\)|\[\^[^\]\n]*\]/g;
// A run of bracketed passages side by side: "[shall] [may]", "[shall]/[may]", "[A] or [B]".
const RUN = /\[[^[\]\n]*\](?:\s*(?:\/|\bor\b)?\s*\[[^[\]\n]*\])*/g;
const PASSAGE = /\[([^[\]\n]*)\]/g;
/** Bracket runs beyond this many add no options (each run is resolved on its own). */
const MAX_RUNS = 8;

/**
 * The options of a provision: `drafted` first, then its brackets, then the amendments given
 * (the caller passes the live ones on this provision that the reader may see), `strike` last.
 * A `new` amendment adds a provision rather than changing this one, so it is no option here.
 * Throws nothing.
 */
export function provisionOptions(
  text: string,
  amendments: readonly Pick<Amendment, 'id' | 'party' | 'kind' | 'text'>[] = [],
): ProvisionOption[] {
  const options: ProvisionOption[] = [{ key: 'drafted', label: 'As drafted', text }];
  const masked = text.replace(MEDIUM, (m) => ' '.repeat(m.length));
  let run = 0;
  for (const match of masked.matchAll(RUN)) {
    if (++run > MAX_RUNS) break;
    const start = match.index;
    const end = start + match[0].length;
    const passages = [...match[0].matchAll(PASSAGE)].map((p) =>
      text.slice(start + p.index + 1, start + p.index + p[0].length - 1),
    );
    const resolve = (chosen: string) => tidy(text.slice(0, start) + chosen + text.slice(end));
    // One passage holding "a/b" offers its alternatives; a lone passage is kept or dropped.
    const alternatives = passages.length === 1 ? (passages[0] ?? '').split('/') : passages;
    if (alternatives.length > 1) {
      alternatives.forEach((alternative, i) => {
        options.push({
          key: `b${run}-${i + 1}`,
          label: `[${alternative.trim()}]`,
          text: resolve(alternative.trim()),
        });
      });
    } else {
      const passage = alternatives[0] ?? '';
      options.push({ key: `b${run}-keep`, label: `keep [${short(passage)}]`, text: resolve(passage) });
      options.push({ key: `b${run}-drop`, label: `drop [${short(passage)}]`, text: resolve('') });
    }
  }
  for (const amendment of amendments) {
    if (amendment.kind === 'new') continue;
    options.push({
      key: `a-${amendment.id}`,
      label: `${amendment.party}'s amendment (${amendment.kind})`,
      text: amendment.kind === 'delete' ? null : amendedText(text, amendment),
    });
  }
  options.push({ key: 'strike', label: 'Strike the provision', text: null });
  return options;
}

const tidy = (s: string) =>
  s
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
