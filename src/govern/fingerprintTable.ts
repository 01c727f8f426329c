// The table of meaning-preserving wording variants used to fingerprint circulated
// copies. Each group's forms read the same to a negotiator; `partner` says which form a
// master wording may be swapped for (absent: that wording is never touched).

export interface VariantGroup {
  id: string;
  /** Surface forms as they are written. */
  forms: readonly string[];
  /** master form → the form a copy may use instead. */
  partner: Readonly<Record<string, string>>;
  /** The form may not follow these tokens (e.g. "which" after a comma is non-restrictive). */
  notAfter?: readonly string[];
}

const both = (id: string, a: string, b: string): VariantGroup => ({
  id,
  forms: [a, b],
  partner: { [a]: b, [b]: a },
});
const oneWay = (id: string, from: string, to: string): VariantGroup => ({
  id,
  forms: [from, to],
  partner: { [from]: to },
});

export const VARIANT_GROUPS: readonly VariantGroup[] = [
  // "will" is read as binding in treaty text; "must" becomes "shall", never the reverse.
  { id: 'modal', forms: ['shall', 'will', 'must'], partner: { shall: 'will', will: 'shall', must: 'shall' } },
  oneWay('within', 'within', 'in'),
  oneWay('upon', 'upon', 'on'),
  // Only a restrictive "which" ("a measure which may") becomes "that": never after a comma
  // or a preposition ("each of which"). Classes, so "in"/"on" appear as their group ids.
  {
    id: 'which',
    forms: ['which', 'that'],
    partner: { which: 'that' },
    notAfter: [
      ',',
      'of',
      'within',
      'by',
      'to',
      'for',
      'with',
      'from',
      'upon',
      'under',
      'through',
      'during',
      'after',
      'at',
      'prior-to',
    ],
  },
  oneWay('prior-to', 'prior to', 'before'),
  oneWay('additional', 'additional', 'further'),
  oneWay('in-the-event', 'in the event that', 'if'),
  both('towards', 'towards', 'toward'),
  both('amongst', 'amongst', 'among'),
  both('whilst', 'whilst', 'while'),
  both('eg', 'e.g.', 'for example'),
  both('per-cent', 'per cent', 'percent'),
  both('regarding', 'regarding', 'concerning'),
  both('with-respect', 'with respect to', 'with regard to'),
  both('in-order', 'in order to', 'so as to'),
  both('accordance', 'in accordance with', 'pursuant to'),
  both('not-later', 'not later than', 'no later than'),
  both('commence', 'commence', 'begin'),
  both('commences', 'commences', 'begins'),
  both('all-of-the', 'all of the', 'all the'),
  both('ceasefire', 'ceasefire', 'cease-fire'),
  both('cooperation', 'cooperation', 'co-operation'),
  both('coordinate', 'coordinate', 'co-ordinate'),
  both('coordination', 'coordination', 'co-ordination'),
  both('judgement', 'judgement', 'judgment'),
  oneWay('programme', 'programme', 'program'),
  both('fulfil', 'fulfil', 'fulfill'),
  both('fulfilment', 'fulfilment', 'fulfillment'),
];

// British ↔ American spellings, generated from stems so every inflection is covered.
const ISE_STEMS = [
  'recogn',
  'organ',
  'author',
  'normal',
  'stabil',
  'demilitar',
  'util',
  'minim',
  'final',
  'priorit',
  'emphas',
  'harmon',
  'mobil',
  'demobil',
  'neutral',
  'real',
  'modern',
  'summar',
  'legal',
  'standard',
  'character',
  'categor',
  'apolog',
  'capital',
  'critic',
  'jeopard',
  'scrutin',
  'subsid',
  'militar',
  'central',
  'decentral',
  'liberal',
  'national',
  'privat',
  'rational',
  'institutional',
  'operational',
  'synchron',
  'optim',
  'maxim',
  'memorial',
];
const ISE_ENDINGS: readonly [string, string][] = [
  ['ise', 'ize'],
  ['ises', 'izes'],
  ['ised', 'ized'],
  ['ising', 'izing'],
  ['isation', 'ization'],
  ['isations', 'izations'],
];
const OUR_STEMS = ['lab', 'fav', 'hon', 'neighb', 'endeav', 'behavi', 'harb', 'vig', 'rum', 'col', 'arm'];
const OUR_ENDINGS: readonly [string, string][] = [
  ['our', 'or'],
  ['ours', 'ors'],
  ['oured', 'ored'],
  ['ouring', 'oring'],
  ['ourable', 'orable'],
  ['ourably', 'orably'],
  ['ourhood', 'orhood'],
  ['ourite', 'orite'],
];
const WORD_PAIRS: readonly [string, string][] = [
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['kilometre', 'kilometer'],
  ['kilometres', 'kilometers'],
  ['theatre', 'theater'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['labelled', 'labeled'],
  ['modelled', 'modeled'],
  ['signalled', 'signaled'],
  ['travelled', 'traveled'],
  ['counselling', 'counseling'],
  ['instalment', 'installment'],
  ['instalments', 'installments'],
  ['acknowledgement', 'acknowledgment'],
  ['enrolment', 'enrollment'],
  ['grey', 'gray'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
];

/** Every British spelling with its American partner (lowercase). */
export const SPELLING_PAIRS: readonly [string, string][] = [
  ...ISE_STEMS.flatMap((stem) => ISE_ENDINGS.map(([uk, us]): [string, string] => [stem + uk, stem + us])),
  ...OUR_STEMS.flatMap((stem) => OUR_ENDINGS.map(([uk, us]): [string, string] => [stem + uk, stem + us])),
  ...WORD_PAIRS,
];

/** Words before a number that make it a reference ("Article 3"), which stays as written. */
export const NUMBERING_WORDS: ReadonlySet<string> = new Set([
  'article',
  'articles',
  'paragraph',
  'paragraphs',
  'point',
  'points',
  'section',
  'sections',
  'annex',
  'clause',
  'chapter',
  'item',
  'items',
  'no',
  'number',
  'page',
  'part',
  'resolution',
  'protocol',
  'appendix',
  'round',
  'phase',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
