// The base form of a word when a text is read for meaning: "parties" and "party",
// "adaptation" and "adapting", "enterprises" and "enterprise", "withdrew" and "withdraw"
// must meet. Matching on words as written keeps the cruder stem of tokens.ts (it is what
// the synthetic and Paris figures were measured on); this one only feeds the meaning
// reading, which is evidence where place already points to a pair. Rule-based and small:
// a few dozen irregular forms, inflections, and the derivations that turn a verb into
// the noun negotiators write instead ("implement"/"implementation", "secure"/"security").

/** Irregular forms negotiation texts use, to their base. */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    held: 'hold',
    met: 'meet',
    brought: 'bring',
    went: 'go',
    gone: 'go',
    chose: 'choose',
    chosen: 'choose',
    fled: 'flee',
    laid: 'lay',
    paid: 'pay',
    sold: 'sell',
    kept: 'keep',
    made: 'make',
    wrote: 'write',
    written: 'write',
    began: 'begin',
    begun: 'begin',
    drew: 'draw',
    drawn: 'draw',
    fought: 'fight',
    sought: 'seek',
    spent: 'spend',
    lost: 'lose',
    won: 'win',
    struck: 'strike',
    froze: 'freeze',
    frozen: 'freeze',
    rose: 'rise',
    risen: 'rise',
    fell: 'fall',
    fallen: 'fall',
    children: 'child',
    women: 'woman',
    men: 'man',
    people: 'person',
    persons: 'person',
    peoples: 'person',
    countries: 'country',
    lives: 'life',
    arms: 'arms',
    forces: 'force',
    goods: 'good',
    news: 'news',
    means: 'means',
    series: 'series',
    crises: 'crisis',
    analyses: 'analysis',
    bases: 'basis',
  }),
);

/** Endings of derived nouns and adjectives, longest first, with what replaces them. */
const DERIVATIONS: readonly [string, string][] = [
  ['isations', 'is'],
  ['izations', 'is'],
  ['isation', 'is'],
  ['ization', 'is'],
  ['ifications', 'ify'],
  ['ification', 'ify'],
  ['ements', ''],
  ['ments', ''],
  ['ement', ''],
  ['ment', ''],
  ['ations', ''],
  ['ation', ''],
  ['itions', 'it'],
  ['ition', 'it'],
  ['tions', 't'],
  ['tion', 't'],
  ['sions', 's'],
  ['sion', 's'],
  ['ities', ''],
  ['ity', ''],
  ['ences', ''],
  ['ence', ''],
  ['ances', ''],
  ['ance', ''],
  ['ency', ''],
  ['ancy', ''],
  ['ents', ''],
  ['ent', ''],
  ['ants', ''],
  ['ant', ''],
  ['ally', ''],
  ['ly', ''],
  ['als', ''],
  ['al', ''],
  ['ive', ''],
  ['ize', 'is'],
  ['ise', 'is'],
  ['ate', ''],
];

/** Least letters a base may keep after an ending is taken off (shorter ones are other words). */
const MIN_BASE = 4;

/**
 * The base form of a folded word (lower case, no accents). Words of three letters or fewer
 * and words with digits are kept as they are. Not a dictionary: two words with one
 * base are alike for this reading only, and the same word always gets the same base.
 */
export function lemma(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (word.length <= 3 || hasDigit(word)) return irregular ?? word;
  let w = irregular ?? inflection(word);
  // Twice: "implementation" → "implement" → "imple", as "implemented" goes; "nationally" → "nation".
  for (let pass = 0; pass < 2; pass++) {
    const before = w;
    for (const [ending, replacement] of DERIVATIONS) {
      if (w.length - ending.length >= MIN_BASE && w.endsWith(ending)) {
        w = w.slice(0, -ending.length) + replacement;
        break;
      }
    }
    if (w === before) break;
  }
  // "reduce", "reduced", "reducing" → "reduc": a final e is never what tells two words apart.
  if (w.length >= MIN_BASE && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Consonants a short verb doubles before -ed and -ing ("banned", "cutting"). */
const DOUBLED = new Set(['b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't']);

/** Plural, past and -ing endings: "parties" → "party", "banned" → "ban", "cutting" → "cut". */
function inflection(word: string): string {
  const n = word.length;
  if (n > 5 && (word.endsWith('ies') || word.endsWith('ied'))) return `${word.slice(0, -3)}y`;
  if (
    word.endsWith('es') &&
    (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes'))
  )
    return word.slice(0, -2);
  if (word.endsWith('s')) {
    return word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') ? word : word.slice(0, -1);
  }
  for (const ending of ['ing', 'ed']) {
    if (n - ending.length >= 3 && word.endsWith(ending)) {
      const base = word.slice(0, -ending.length);
      // "banned" → "ban", "cutting" → "cut"; but "called" keeps its double l (→ "call").
      const last = base[base.length - 1]!;
      if (last === base[base.length - 2] && DOUBLED.has(last)) return base.slice(0, -1);
      return base;
    }
  }
  return word;
}
