// Meaning as evidence: what lets "the HED" meet "the Hydro-Electric Dam", "cessation of
// hostilities" meet "ceasefire" and "forty-eight" meet "48". A lexicon is built once per
// comparison from both texts (abbreviations they define or spell out) plus the common
// lists below; it reads folded words into terms and says, for each term, how it was read,
// so every pairing it helps can be explained word by word.

import { contentWord } from './tokens.ts';

/** How a term was reached from the words of the text. */
export type Reading = 'word' | 'synonym' | 'abbreviation' | 'number';

/**
 * Word families of negotiation texts: each line is one meaning. Single words are matched
 * after stemming; several words are a phrase read as one term wherever they stand together.
 */
const FAMILIES: readonly string[] = [
  'ceasefire|cease-fire|truce|armistice|cessation of hostilities|hostilities cease|stop fighting',
  'rebuild|rebuilt|rebuilding|reconstruction|reconstruct|reconstructed|recovery|restore|restoration|repair',
  'withdraw|withdrew|withdrawal|withdrawn|pull back|pulled back|pullback|retreat|leave|depart|departure',
  'prisoner|detainee|captive|prisoners of war|detained person',
  'release|free|freed|set free',
  'exchange|swap|trade-off',
  'refugee|displaced|displaced person|displaced people|displaced families',
  'journalist|reporter|media worker',
  'weapon|weaponry|arms|armament|gun|guns',
  'artillery|heavy guns|heavy weapons|heavy weaponry',
  'amnesty|pardon',
  'fighter|combatant|militant|armed group|militia',
  'warship|naval vessel|fleet|navy',
  'monitor|observer|observe|monitoring|verify|verification|oversee|watch over',
  'implement|implementation|carry out|carried out',
  'sanction|restriction|embargo',
  'trade|commerce|commercial',
  'fund|funding|finance|financing|money|package|pay',
  'donor|donors|donor conference',
  'troop|troops|soldier|forces',
  'border|boundary|frontier',
  'front line|line of contact|contact line|frontline',
  'election|elect|vote|ballot|chosen by election',
  'agreement|accord|treaty|deal|plan',
  'party|side',
  'guarantee|ensure|secure|protection|protect',
  'negotiation|talks',
  'humanitarian|aid|relief|humanitarian organisations|aid agencies',
  'checkpoint|roadblock',
  'return|go back|come back',
  'abolish|remove|lift|lifted|end|scrap',
  'record|register|registry',
  'surrender|hand over|give up|lay down',
  'disarm|disarmament|demobilise|lay down their arms',
  'devolve|transfer|hand',
  'education|school',
  'health|hospital|health care',
  'police|policing',
  'power|electricity|power line|grid',
  'share|shared|divide|divided|split equally',
  'compensate|compensation|paid for',
  'state|country|nation',
  'week|seven days',
  'fourteen days|two weeks|fortnight',
  'thirty days|one month|a month',
  'sixty days|two months',
  'ninety days|three months',
];

/** Common abbreviations, for texts that use them without spelling them out. */
const COMMON_ABBREVIATIONS: Readonly<Record<string, string>> = {
  un: 'United Nations',
  eu: 'European Union',
  nato: 'North Atlantic Treaty Organization',
  osce: 'Organization for Security and Co-operation in Europe',
  icrc: 'International Committee of the Red Cross',
  idp: 'internally displaced persons',
  idps: 'internally displaced persons',
  unhcr: 'United Nations High Commissioner for Refugees',
  iaea: 'International Atomic Energy Agency',
  km: 'kilometres',
  pow: 'prisoners of war',
  pows: 'prisoners of war',
};

const UNITS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1000],
]);

/** One term read from the text: what it matches as, the words it came from, and how. */
export interface ReadTerm {
  term: string;
  /** The folded words read (one, or several for a phrase or a spelt-out number). */
  words: string[];
  reading: Reading;
}

export class Lexicon {
  /** Abbreviation (folded) → the folded words of its expansion, and where it was learned. */
  readonly abbreviations = new Map<string, { words: string[]; long: string; learned: boolean }>();
  private readonly phrases = new Map<string, { words: string[]; term: string }[]>();
  private readonly familyOf = new Map<string, string>();
  private readonly memo = new Map<string, ReadTerm[]>();

  constructor() {
    for (const line of FAMILIES) {
      const family = line.split('|');
      const term = `~${family[0]}`;
      for (const entry of family) {
        const words = entry.split(/[\s-]+/);
        if (words.length === 1) {
          const stem = contentWord(words[0]!);
          if (stem !== undefined && !this.familyOf.has(stem)) this.familyOf.set(stem, term);
        } else {
          const list = this.phrases.get(words[0]!) ?? [];
          list.push({ words, term });
          // Longest phrase first: "prisoners of war" before "prisoners".
          list.sort((x, y) => y.words.length - x.words.length);
          this.phrases.set(words[0]!, list);
        }
      }
    }
    for (const [short, long] of Object.entries(COMMON_ABBREVIATIONS)) this.define(short, long, false);
  }

  /** Records that `short` stands for `long` (a text's own definition wins over the common list). */
  define(short: string, long: string, learned: boolean): void {
    const key = short.toLowerCase();
    // "IN" or "TO" in a heading in capitals must never turn every "in" into a name.
    if (contentWord(key) === undefined) return;
    const known = this.abbreviations.get(key);
    if (known?.learned && !learned) return;
    this.abbreviations.set(key, {
      words: long
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
      long,
      learned,
    });
    this.memo.delete(key);
  }

  /**
   * Reads folded words (tokens.ts `foldedWords`) into terms: phrases of a family as one
   * term, spelt-out numbers as digits, abbreviations as their expansion, family words as
   * the family; stopwords are dropped and other words stemmed as before.
   */
  read(words: readonly string[], emit: (term: ReadTerm) => void): void {
    for (let i = 0; i < words.length; i += this.readAt(words, i, emit));
  }

  /** Reads the term(s) starting at word i; returns how many words were read (at least 1). */
  readAt(words: readonly string[], i: number, emit: (term: ReadTerm) => void): number {
    const word = words[i]!;
    if (word === '') return 1;
    const phrase = this.phraseAt(words, i);
    if (phrase) {
      emit({ term: phrase.term, words: phrase.words, reading: 'synonym' });
      return phrase.words.length;
    }
    if (UNITS.has(word) || TENS.has(word)) {
      const [value, used] = numberAt(words, i);
      emit({ term: String(value), words: words.slice(i, i + used), reading: 'number' });
      return used;
    }
    for (const t of this.readWord(word)) emit(t);
    return 1;
  }

  /** True when a word's reading depends on the words after it (a phrase or a spelt-out number may start there). */
  startsContext(word: string): boolean {
    return this.phrases.has(word) || UNITS.has(word) || TENS.has(word);
  }

  /** The terms of one word read alone (for a word that `startsContext` is false for). */
  termsOf(word: string): readonly ReadTerm[] {
    return this.readWord(word);
  }

  private phraseAt(words: readonly string[], i: number) {
    const options = this.phrases.get(words[i]!);
    if (!options) return undefined;
    return options.find((p) => p.words.every((w, k) => words[i + k] === w || words[i + k] === `${w}s`));
  }

  /** One word's terms, memoised: drafts repeat their words. */
  private readWord(word: string): ReadTerm[] {
    let out = this.memo.get(word);
    if (out) return out;
    const abbreviation = this.abbreviations.get(word);
    if (abbreviation) {
      out = [];
      for (const w of abbreviation.words) {
        const stem = contentWord(w);
        if (stem !== undefined)
          out.push({ term: this.familyOf.get(stem) ?? stem, words: [word], reading: 'abbreviation' });
      }
    } else {
      const stem = contentWord(word);
      const family = stem === undefined ? undefined : this.familyOf.get(stem);
      out =
        stem === undefined
          ? []
          : [
              {
                term: family ?? stem,
                words: [word],
                reading: family && family !== `~${stem}` ? 'synonym' : 'word',
              },
            ];
    }
    this.memo.set(word, out);
    return out;
  }
}

/** "forty eight" → [48, 2]; "three thousand" → [3000, 2]; "two" → [2, 1]. */
function numberAt(words: readonly string[], i: number): [number, number] {
  let value = 0;
  let used = 0;
  let current = 0;
  while (i + used < words.length) {
    const w = words[i + used]!;
    const tens = TENS.get(w);
    const unit = UNITS.get(w);
    const scale = SCALES.get(w);
    if (tens !== undefined && current % 100 === 0) current += tens;
    else if (unit !== undefined && current % 10 === 0) current += unit;
    else if (scale !== undefined && current > 0) {
      value += current * scale;
      current = 0;
    } else break;
    used++;
  }
  return [value + current, used];
}

/** Initials of name parts: "Hydro-Electric Dam" → "hed"; lowercase linking words are skipped. */
const LINKING = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'de', 'du', 'des']);

/**
 * Learns the abbreviations two drafts use: "Joint Monitoring Mission (JMM)" anywhere, and an
 * all-capitals word of either text whose letters are the initials of a capitalised name in
 * either text ("the HED" beside "the Hydro-Electric Dam").
 */
export function learnAbbreviations(lexicon: Lexicon, texts: readonly string[]): void {
  const caps = new Set<string>();
  const CAPS = /\b([A-Z]{2,8})s?\b/g;
  for (const text of texts) {
    if (!/[A-Z]{2}/.test(text)) continue;
    for (const m of text.matchAll(CAPS)) caps.add(m[1]!);
  }
  if (caps.size === 0) return;
  const wanted = new Set([...caps].filter((c) => !lexicon.abbreviations.get(c.toLowerCase())?.learned));
  const NAME =
    /\b[A-Z][\p{L}]*(?:-[\p{L}]+)*(?:\s+(?:(?:of|the|for|and|on|in|to|de|du|des)\s+)*[A-Z][\p{L}]*(?:-[\p{L}]+)*)+/gu;
  for (const text of texts) {
    if (wanted.size === 0) return;
    for (const m of text.matchAll(NAME)) {
      const parts = m[0].split(/\s+/);
      // Every run of parts ending anywhere: the name may follow "The" or another capitalised word.
      for (let start = 0; start < parts.length; start++) {
        let initials = '';
        for (let end = start; end < parts.length; end++) {
          const part = parts[end]!;
          if (LINKING.has(part)) continue;
          initials += part
            .split('-')
            .map((p) => p[0] ?? '')
            .join('');
          if (initials.length > 8) break;
          // Only capitalised parts make a name: "Co-operation" gives "Co", never an initial.
          const upper = initials.toUpperCase();
          if (end > start && initials === upper && wanted.has(upper)) {
            lexicon.define(upper, parts.slice(start, end + 1).join(' '), true);
            wanted.delete(upper);
          }
        }
      }
    }
  }
}
