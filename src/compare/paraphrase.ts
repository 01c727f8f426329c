// The paraphrase perturbation of the synthetic generator: a provision rewritten on the same
// subject rather than reworded — synonyms the engine cannot know, clauses reordered, named
// bodies abbreviated, numbers spelt out, whole sentences replaced around their rarest words.
// Only position, structure and the texts' own definitions can pair what it produces.

import type { PseudoLanguage } from './synthetic.ts';

/** Paraphrase rates on top of the moderate edits: share of provisions, share of their sentences. */
export const PARAPHRASE_LEVELS = {
  light: { paraphrase: 0.15, paraphraseStrength: 0.3 },
  moderate: { paraphrase: 0.3, paraphraseStrength: 0.5 },
  heavy: { paraphrase: 0.5, paraphraseStrength: 0.7 },
} as const;

/** Spelt-out numbers for the digits a synthetic draft uses (the engine reads both as one). */
const NUMBER_WORDS: Record<string, string> = {
  '2': 'two',
  '3': 'three',
  '5': 'five',
  '7': 'seven',
  '12': 'twelve',
  '15': 'fifteen',
  '30': 'thirty',
  '45': 'forty-five',
  '60': 'sixty',
  '90': 'ninety',
};
const DIGITS = Object.keys(NUMBER_WORDS);

/** A named body of the synthetic draft: "Kato Rimu Sela", known after its first use as "KRS". */
export interface NamedBody {
  name: string;
  short: string;
}

/**
 * Puts named bodies and numbers into some provisions of the older draft (in place), the
 * first use of each name followed by its abbreviation in brackets, as drafters write.
 */
export function nameAndNumber(texts: string[], language: PseudoLanguage, random: () => number): NamedBody[] {
  const bodies: NamedBody[] = [];
  const shorts = new Set<string>();
  const count = Math.max(1, Math.round(texts.length / 12));
  while (bodies.length < count) {
    const words = [0, 1, 2].map(() => {
      const w = language.words[200 + Math.floor(random() * (language.words.length - 200))]!;
      return w[0]!.toUpperCase() + w.slice(1);
    });
    const short = words.map((w) => w[0]).join('');
    if (shorts.has(short)) continue;
    shorts.add(short);
    bodies.push({ name: words.join(' '), short });
  }
  const defined = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const words = texts[i]!.split(' ');
    const at = 1 + Math.floor(random() * Math.max(1, words.length - 2));
    if (random() < 0.25) {
      const body = bodies[Math.floor(random() * bodies.length)]!;
      const first = !defined.has(body.short);
      defined.add(body.short);
      words.splice(at, 0, first ? `${body.name} (${body.short})` : body.name);
    } else if (random() < 0.2) {
      words.splice(at, 0, DIGITS[Math.floor(random() * DIGITS.length)]!);
    }
    texts[i] = words.join(' ');
  }
  return bodies;
}

/** Rewrites a provision on the same subject; `strength` is the share of sentences touched. */
export function paraphraseText(
  text: string,
  strength: number,
  language: PseudoLanguage,
  bodies: readonly NamedBody[],
  random: () => number,
): string {
  let out = text;
  // Names become their abbreviation, definitions included ("Kato Rimu Sela (KRS)" → "KRS").
  for (const body of bodies) {
    if (out.includes(body.name)) out = out.replaceAll(`${body.name} (${body.short})`, body.short);
    if (out.includes(body.name)) out = out.replaceAll(body.name, body.short);
  }
  out = out.replace(/\b\d+\b/g, (d) => NUMBER_WORDS[d] ?? d);
  let sentences = out.match(/[^.]+\./g)?.map((s) => s.trim()) ?? [out];
  if (sentences.length > 1 && random() < strength) sentences = [...sentences.slice(1), sentences[0]!];
  const rewritten = sentences.map((sentence) => {
    const words = sentence.replace(/\.$/, '').split(' ');
    if (random() < strength) return wholeSentence(words, language, random);
    let next = words.map((w) =>
      isKept(w) || random() >= strength ? w : language.synonymOf(w.toLowerCase()),
    );
    // Clause order: the second half of the sentence said first.
    if (next.length > 5 && random() < strength / 2) {
      const cut = Math.floor(next.length / 2);
      next = [...next.slice(cut), ...next.slice(0, cut)];
    }
    return `${capitalised(next).join(' ')}.`;
  });
  const result = rewritten.join(' ');
  return result === text ? `${text} ${language.word()}.` : result;
}

/** A new sentence of common words around the rarest word of the old one (its subject; two in a long one). */
function wholeSentence(words: readonly string[], language: PseudoLanguage, random: () => number): string {
  const kept = words.filter(isKept);
  const plain = words.filter((w) => !isKept(w)).map((w) => w.toLowerCase());
  const subject = [...plain]
    .sort((x, y) => language.rankOf(y) - language.rankOf(x))
    .slice(0, words.length > 10 ? 2 : 1);
  const fresh = Array.from({ length: 5 + Math.floor(random() * 7) }, () => language.word());
  for (const w of [...subject, ...kept]) fresh.splice(Math.floor(random() * (fresh.length + 1)), 0, w);
  return `${capitalised(fresh).join(' ')}.`;
}

/** Abbreviations and numbers pass through a paraphrase as they are. */
const isKept = (w: string) => /^[A-Z]{2,}$|^\d|^[a-z]+-[a-z]+$/.test(w);

function capitalised(words: string[]): string[] {
  const first = words[0] ?? '';
  return isKept(first) ? words : [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)];
}
