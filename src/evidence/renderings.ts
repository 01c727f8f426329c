// One sentence of one speaker's in two renderings: two translations of it, or a source's
// paraphrase beside another's. Translators swap whole phrases, not single words: "put our
// name to" and "put our signature on" for "sign", "unable to" for "cannot", "let us read"
// and "has shown us" for "read", "paper" and "document" for "text", "no one" for "nobody",
// "sign nothing" for "not sign a text". Each phrase is rewritten to one wording before the
// words are compared, so that "we will not sign a paper that the people of the plateau
// cannot read" meets "we will not put our signature on a text that the inhabitants of the
// plateau are unable to read" though they share few words as written.
import { asks } from './assertion.ts';
import { nameMeaning } from './claimFrames.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const POSSESSIVE = "(?:our|my|its|their|his|her|your|one['’]s)";
// Each a phrase of one meaning as renderings word it; the object of a verb ("us", "it") goes with it.
const RENDERED: [RegExp, string][] = [
  [
    new RegExp(
      `\\b(?:put|puts|putting|set|sets|setting|affix|affixes|affixed)\\s+${POSSESSIVE}\\s+(?:names?|signatures?|hands?)\\s+(?:to|on|under)\\b`,
      'gi',
    ),
    ' sign ',
  ],
  [/\b(?:unable to|not able to|can\s?not|can['’]t|not in a position to)\b/gi, ' cannot '],
  [/\b(?:let|allowed|permitted)\s+(?:us|me|them|him|her|it)\s+(?:to\s+)?(?:read|see)\b/gi, ' read '],
  [/\b(?:been\s+)?(?:allowed|permitted)\s+to\s+(?:read|see)\b/gi, ' read '],
  [/\b(?:shown|showed)\s+(?:us|me|them|him|her|it)\b/gi, ' read '],
  [/\b(?:seen|read)\b/gi, ' read '],
  [/\b(?:papers?|documents?|texts?)\b/gi, ' text '],
  [/\b(?:no[\s-]one|nobody|no person)\b/gi, ' nobody '],
  // Arms given up: "hand over a rifle", "surrender a weapon", "lay down our guns", "give up arms".
  [/\b(?:rifles?|guns?|firearms?|arms|weapons?)\b/gi, ' weapon '],
  [
    /\b(?:hand(?:s|ed|ing)?\s+over|giv(?:e|es|ing)\s+up|gave\s+up|given\s+up|surrender(?:s|ed|ing)?|(?:lay|lays|laid|laying|put|puts|putting)\s+(?:(?:them|it|our|their|its|his|her)\s+(?:\w+\s+)?)?down)\b/gi,
    ' surrender ',
  ],
  // A captive freed: "walks free", "is set free", "is released".
  [/\b(?:walk(?:s|ed|ing)?|go(?:es)?|went)\s+free\b|\bset\s+free\b|\bfreed\b/gi, ' release '],
  // One thing given for another: "trade", "exchange", "barter", "swap".
  [/\b(?:trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|barter(?:s|ed|ing)?|swap(?:s|ped|ping)?)\b/gi, ' trade '],
  // How many is read apart (renderingPoints.ts): "a single rifle" and "no weapon" render one object.
  [/\b(?:a\s+single|single|every|each|all|any)\b/gi, ' '],
  // And how far it is done: "agreed, basically" and "fully agreed" render one sentence.
  [
    /\b(?:basically|largely|mostly|mainly|almost|nearly|broadly|essentially|fully|completely|entirely|wholly|totally|word\s+for\s+word)\b/gi,
    ' ',
  ],
  // "sign nothing" is "not sign anything": the negation is read apart, the object is no word.
  [/\b(?:nothing|anything)\b/gi, ' '],
];

// Offices say who, not what: "the Prime Minister will sign" and "our Prime Minister signed" share
// the office and the verb, and are two sentences.
const OFFICES = new Set(
  meaningWords(
    'president prime minister foreign secretary general envoy special ambassador spokesperson chair speaker deputy',
  ),
);

/** A passage's meaning words once its phrases are rewritten to one wording, offices left out. */
export const renderedWords = perPassage((p): ReadonlySet<string> => {
  const text = RENDERED.reduce((t, [from, to]) => t.replace(from, to), p.text);
  return new Set([...meaningWords(text)].filter((w) => !OFFICES.has(w)));
});

// Words a short quotation keeps of the sentence ("a document that no one has seen"): three
// carry a sentence's claim; fewer ("the text", "to sign") are any sentence's.
const SHARED_WORDS = 3;
// The share of the shorter rendering's words the longer holds: a fragment quoted is whole in it,
// and a translation drops or adds a word at most; two sentences of one speech share a topic's words.
const HELD = 0.75;
// Renderings of one remark are printed within weeks of it: a sentence said alike months
// apart is the speaker saying it again.
const NEAR_DAYS = 30;
const DAY_MS = 86_400_000;
const NEGATION = /\b(?:not|never|no|nothing|nobody|none|neither|nor|cannot|unable)\b|n['’]t\b/i;

const near = (a: Passage, b: Passage) =>
  !a.published ||
  !b.published ||
  Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= NEAR_DAYS * DAY_MS;

/**
 * Whether two quotations render one sentence in other words: of one speaker (or of one whose
 * speaker is not known), printed near in time, both denying or both affirming, and most of
 * the shorter's words, once rewritten, in the longer.
 */
export function oneSentenceRendered(
  a: Passage,
  b: Passage,
  roster: Roster,
  speakerOf: (p: Passage) => string | undefined,
): boolean {
  // A journalist's question relays a position in the journalist's words: no rendering of anyone's.
  if (a.kind !== 'quote' || b.kind !== 'quote' || asks(a) || asks(b)) return false;
  const [ka, kb] = [speakerOf(a), speakerOf(b)];
  if (ka && kb && ka !== kb) return false;
  if (!near(a, b) || NEGATION.test(a.text) !== NEGATION.test(b.text)) return false;
  // Names either gives are who is spoken of, not what is said of them.
  const names = new Set([...nameMeaning(a, roster), ...nameMeaning(b, roster)]);
  const said = (p: Passage) => [...renderedWords(p, roster)].filter((w) => !names.has(w));
  const [wa, wb] = [said(a), said(b)];
  const [small, large] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  // A short sentence rendered whole ("the text is agreed, basically" / "the text is fully agreed")
  // shares all its words, if fewer than three.
  const whole = shared >= 2 && shared === small.length && shared === large.size;
  return whole || (shared >= SHARED_WORDS && shared >= HELD * small.length);
}

// A sentence of its own, not a phrase any speaker may say ("the text is final").
const VERBATIM_WORDS = 5;
const wordsOf = perPassage((p): string =>
  p.text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim(),
);

/**
 * Whether two quotations give one sentence word for word. Their likeness weighs each word by how
 * rare it is in the sources read, and the words of a slogan are the topic's own ("water", "peace",
 * "shared"): a line quoted whole by two sources may weigh little, yet it is one utterance, whoever
 * each gives it to.
 */
export function quotedWordForWord(a: Passage, b: Passage, roster: Roster): boolean {
  if (a.kind !== 'quote' || b.kind !== 'quote' || asks(a) || asks(b)) return false;
  const words = wordsOf(a, roster);
  return words === wordsOf(b, roster) && words.split(' ').length >= VERBATIM_WORDS;
}
