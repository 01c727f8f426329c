// The edits applied to a synthetic draft, with the truth they produce. Kept apart from
// the vocabulary (synthetic.ts) so each rate's effect can be read in one place.

import { nameAndNumber, paraphraseText } from './paraphrase.ts';
import {
  type AlignmentTruth,
  MODERATE,
  type PerturbationRates,
  PseudoLanguage,
  type SyntheticPair,
  seededRandom,
  type TruthPair,
} from './synthetic.ts';
import type { ProvisionInput } from './types.ts';

export interface GenerateOptions {
  rates?: PerturbationRates;
  /** Keep deleted provisions' numbers as "[removed]" placeholders instead of renumbering. */
  placeholders?: boolean;
}

/** A draft of `size` provisions and a perturbed successor with the true alignment; same seed, same pair. */
export function generateDraftPair(seed: number, size: number, options: GenerateOptions = {}): SyntheticPair {
  const rates = options.rates ?? MODERATE;
  const random = seededRandom(seed);
  const language = new PseudoLanguage(random);
  const texts = Array.from({ length: size }, () => language.provision());
  // Only a paraphrasing run draws names and numbers: the other kinds keep their exact pairs.
  const bodies = rates.paraphrase > 0 ? nameAndNumber(texts, language, random) : [];
  const from: ProvisionInput[] = texts.map((text, i) => ({
    path: String(i + 1),
    number: String(i + 1),
    text,
  }));
  type Item = {
    text: string;
    from: string[];
    kind: TruthPair['kind'] | 'added' | 'placeholder';
    part?: number;
  };
  const items: Item[] = [];
  const deleted: string[] = [];
  const paraphrased = () => rates.paraphrase > 0 && random() < rates.paraphrase;
  const paraphrase = (text: string) =>
    paraphraseText(text, rates.paraphraseStrength, language, bodies, random);
  const reword = (text: string) => {
    if (paraphrased()) return paraphrase(text);
    return random() < rates.reword ? rewordText(text, rates.rewordStrength, language, random) : text;
  };
  for (let i = 0; i < from.length; i++) {
    const p = from[i]!;
    const roll = random();
    if (roll < rates.delete) {
      deleted.push(p.path);
      if (options.placeholders) items.push({ text: '[removed]', from: [], kind: 'placeholder' });
    } else if (roll < rates.delete + rates.merge && i + 1 < from.length) {
      const next = from[++i]!;
      items.push({ text: reword(`${p.text} ${next.text}`), from: [p.path, next.path], kind: 'merged' });
    } else if (roll < rates.delete + rates.merge + rates.split) {
      const sentences = p.text.match(/[^.]+\./g) ?? [p.text];
      const cut = Math.max(1, Math.floor(sentences.length / 2));
      items.push({
        text: reword(sentences.slice(0, cut).join('').trim()),
        from: [p.path],
        kind: 'split',
        part: 0,
      });
      items.push({
        text: reword(sentences.slice(cut).join('').trim()),
        from: [p.path],
        kind: 'split',
        part: 1,
      });
    } else if (paraphrased()) {
      items.push({ text: paraphrase(p.text), from: [p.path], kind: 'rewritten' });
    } else {
      const text =
        random() < rates.reword ? rewordText(p.text, rates.rewordStrength, language, random) : p.text;
      items.push({ text, from: [p.path], kind: text === p.text ? 'kept' : 'reworded' });
    }
    if (random() < rates.add) items.push({ text: language.provision(), from: [], kind: 'added' });
  }
  moveSome(items, rates.reorder, random);
  const to: ProvisionInput[] = items.map((item, k) => ({
    path: String(k + 1),
    number: String(k + 1),
    text: item.text,
  }));
  return { from, to, truth: truthOf(items, to, deleted) };
}

/** Moves a share of the provisions (never half of a split) to random places; marks them moved. */
function moveSome<T extends { kind: string; part?: number }>(
  items: T[],
  share: number,
  random: () => number,
): void {
  const count = Math.round(items.length * share);
  for (let m = 0; m < count; m++) {
    const at = Math.floor(random() * items.length);
    const item = items[at]!;
    if (item.kind !== 'kept' && item.kind !== 'reworded') continue;
    items.splice(at, 1);
    const dest = Math.floor(random() * (items.length + 1));
    if (Math.abs(dest - at) <= 1) {
      items.splice(at, 0, item);
      continue;
    }
    items.splice(dest, 0, { ...item, kind: 'moved' });
  }
}

function truthOf(
  items: readonly { from: string[]; kind: string }[],
  to: readonly ProvisionInput[],
  deleted: string[],
): AlignmentTruth {
  const pairs: TruthPair[] = [];
  const added: string[] = [];
  const splits = new Map<string, TruthPair>();
  items.forEach((item, k) => {
    const path = to[k]!.path;
    if (item.kind === 'added') added.push(path);
    else if (item.kind === 'placeholder') return;
    else if (item.kind === 'split') {
      const key = item.from[0]!;
      const pair = splits.get(key);
      if (pair) pair.to.push(path);
      else {
        const fresh: TruthPair = { from: item.from, to: [path], kind: 'split' };
        splits.set(key, fresh);
        pairs.push(fresh);
      }
    } else pairs.push({ from: item.from, to: [path], kind: item.kind as TruthPair['kind'] });
  });
  return { pairs, added, deleted };
}

/** Paraphrase-like edits: synonyms, dropped and inserted words, and swapped sentences. */
function rewordText(text: string, strength: number, language: PseudoLanguage, random: () => number): string {
  let sentences = text.match(/[^.]+\./g)?.map((s) => s.trim()) ?? [text];
  if (sentences.length > 1 && random() < strength * 2) {
    const i = Math.floor(random() * (sentences.length - 1));
    sentences = [...sentences.slice(0, i), sentences[i + 1]!, sentences[i]!, ...sentences.slice(i + 2)];
  }
  const out = sentences.map((sentence) => {
    const words = sentence.replace(/\.$/, '').split(' ');
    const next: string[] = [];
    for (const word of words) {
      const roll = random();
      if (roll < strength / 2) next.push(language.synonymOf(word.toLowerCase()));
      else if (roll < (strength * 3) / 4) continue;
      else if (roll < strength) next.push(word, language.word());
      else next.push(word);
    }
    return `${(next.length > 0 ? next : words).join(' ')}.`;
  });
  const result = out.join(' ');
  // A reword that happened to change nothing still has to differ from the original.
  return result === text ? `${text} ${language.word()}.` : result;
}
