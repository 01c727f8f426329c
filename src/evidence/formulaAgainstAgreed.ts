// "The framework is agreed" in one source against "nothing is agreed until everything is agreed"
// in another. agreedFormula.ts links such pairs where nothing else linked them; a transcript's
// short answer ("No. Nothing is agreed until everything is agreed.") is never compared there, so
// every passage saying either is read here, and each source's two lists set against each other
// (few passages say either: no pass over all pairs). Only a plain claim that the text
// or a part of it is agreed stands against the formula: not one hedged, conditional, denied or
// "in principle", and not where its own source says the formula beside it (one speaker's caveat).

import { FORMULA, putBack, saysFormula, TEXTS } from './agreedFormula.ts';
import { asks } from './assertion.ts';
import type { Disagreement } from './link.ts';
import type { Passage } from './passages.ts';

// A part of the text itself besides those TEXTS names: "the sequencing clause has been agreed",
// "Article 6 is agreed", "section 4 of the draft is agreed". An article, section, paragraph or
// schedule only numbered or "of the text": bare, they are as often the talks' own ("the press
// section", "the seating protocol", "the timetable of the talks" are not the text).
const OF_TEXT = '(?:text|draft|annex|agreement|framework|memorandum)';
const PARTS = `(?:${TEXTS}|clause|provision|(?:article|section|paragraph|schedule)\\s+(?:\\d+[a-z]?|[ivxl]+)\\b|(?:article|section|paragraph|schedule)\\s+of\\s+(?:the\\s+)?${OF_TEXT})`;
// A schedule of what the text provides, by what is done on it ("the filling schedule", "the
// withdrawal schedule"), not one of the talks' own meetings, visits or press.
const TERMS_SCHEDULE =
  '(?!(?:the|a|an|this|that|its|our|their|talks|meetings?|negotiating|negotiations|visits?|travel|press|media|sessions?|rounds?|seating|summit)\\s)[\\p{L}-]{1,40}\\s+schedule';
// What is agreed: "the humanitarian chapter is agreed", "the parties have agreed the framework",
// "the delegation has agreed to the framework", "we have an agreed framework"; the word may be
// quoted ("the text was 'agreed in its essentials'": what is quoted is still said of the text).
const AGREED = new RegExp(
  [
    `\\b((?:[\\p{L}-]{1,40}\\s+)?${PARTS}|${TERMS_SCHEDULE})(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]{1,40})?\\s+(?:is|was|are|were|has\\s+been|have\\s+been)\\s+(?:already\\s+|now\\s+|fully\\s+|all\\s+)?["“'‘]?agreed\\b(?!\\s+(?:to|that|on|upon|in\\s+principle|ad\\s+referendum)\\b)`,
    `\\b(?:has|have|had)\\s+(?:already\\s+|now\\s+|formally\\s+)?agreed\\s+(?:to\\s+)?the\\s+((?:[\\p{L}-]+\\s+){0,2}${TEXTS})\\b`,
    `\\ban\\s+agreed\\s+((?:[\\p{L}-]+\\s+){0,2}${TEXTS})\\b`,
  ].join('|'),
  'iu',
);
// Words before it in its sentence that deny, doubt or defer it: "no one can say the chapter is
// agreed", "once the framework is agreed", "reports that the text was agreed are false".
const UNSAID =
  /\b(?:not|no|never|nor|neither|nobody|none|nothing|asked|saying|hear|heard|question|statement|assertion|allegation|suggestion|idea|notion|deni\w*|false|untrue|wrong|premature|whether|if|once|when|until|unless|before|after|claim\w*|reports?|rumou?r\w*|hope\w*|expect\w*|could|would|may|might|should|will|soon)\b|n't\b/i;
// A time told aside between commas: ", after those contacts,", ", before the vote,".
const ASIDE_OF_TIME = /,\s*(?:after|before|since|following)\s+[^,;.]{1,40},/gi;
// The formula waved away or told as a rule of the trade, not said of this text: "the rule that
// nothing is agreed … no longer applies", "then you say nothing is agreed until …", "on the
// understanding that nothing is agreed …".
const WAVED =
  /\b(?:no\s+longer|does\s+not\s+apply|doesn't\s+apply|abandon\w*|reject\w*|set\s+aside|you\s+(?:say|said)|understanding\s+that|maxim|mantra|adage)\b/i;
// How far around a passage its own source may hedge it (a sentence or two).
const NEAR = 400;
// A denial that goes on from what its own source said before ("But nothing is agreed …", "she
// added that nothing is agreed …"): the speaker of a part reported agreed may be its own caveat. A
// denial that does not is the answer to another's claim, however its source reported that claim.
const CONTINUES =
  /^\W*(?:but|however|yet|though|still)\b|\b(?:add(?:ed|ing|s)|also\s+said|went\s+on|cautioned)\b/i;

// Words before it in its sentence that give it to someone else: "the minister says the chapter is
// agreed", "has written online that …", "X to reporters: 'The chapter is agreed.'"; or a question.
const REPORTED =
  /\b(?:says?|said|writes?|wrote|written|tells?|told|posted|tweeted|announced|insists?|insisted|according\s+to)\b|(?:["“«]|:(?:\s*["“«])?)\s*(?:[\p{L}-]+\s+)?$/iu;

const GENERAL_CONDITION = /^\W*(?:only\s+)?(?:when|if|once|unless)\b/i;

/**
 * The part of the text a passage plainly says is agreed ("humanitarian chapter"), if any; with
 * `ownVoice`, only where the writer or speaker says it, not reports or asks what another said.
 */
export function agreedPart(text: string, ownVoice = false): string | undefined {
  if (FORMULA.test(text)) return undefined;
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    const m = AGREED.exec(sentence);
    const part = m && (m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/\s+/g, ' ');
    // "No text has been agreed": the word before the noun may deny it too. A time set off by commas
    // ("My understanding, after those contacts, is that the text has been agreed") defers nothing.
    if (!m || !part) continue;
    const before = sentence.slice(0, m.index);
    if (UNSAID.test(`${before.replace(ASIDE_OF_TIME, ',')} ${part}`)) continue;
    if (ownVoice && (REPORTED.test(before) || /\?\s*$/.test(sentence))) continue;
    // "A text is agreed when its annexes are": what makes any text agreed, not this one said agreed.
    if (/\b(?:is|are)\s/i.test(m[0]) && GENERAL_CONDITION.test(sentence.slice(m.index + m[0].length)))
      continue;
    return part.replace(/^(?:the|a|an|this|that|its|our|their)\s+/, '');
  }
  return undefined;
}

// An answer whose "it" is the text the question asked about: "Is there a deal or not?" — "Look,
// it's agreed, basically."
const IT_AGREED =
  /^\W*(?:(?:look|well|yes|so|listen)\W+)?it(?:'s|’s|\s+is|\s+has\s+been)\s+(?:basically\s+|now\s+|all\s+)?agreed\b(?!\s+(?:to|that|on|upon|in\s+principle)\b)/i;
const ASKED_TEXT = new RegExp(`\\b${TEXTS}\\b[^?]{0,80}\\?\\s*$`, 'i');
// How far back the question it answers may be.
const ASKED_WITHIN = 300;

/** The part a passage answering a question about the text says is agreed: the text, if it does. */
function answeredAgreed(p: Passage, texts: Map<string, string>): string | undefined {
  if (!IT_AGREED.test(p.text)) return undefined;
  const before = (texts.get(p.source) ?? '').slice(Math.max(0, p.span[0] - ASKED_WITHIN), p.span[0]);
  // The question, then at most a speaker's label.
  return ASKED_TEXT.test(before.replace(/\s*\n[^\n]{0,40}:\s*$/, '')) ? 'text' : undefined;
}

/** The text of a passage's source around it, itself left out. */
function around(p: Passage, texts: Map<string, string>): string {
  const text = texts.get(p.source) ?? '';
  return `${text.slice(Math.max(0, p.span[0] - NEAR), p.span[0])} ${text.slice(p.span[1], p.span[1] + NEAR)}`;
}

const overlap = (p: Passage, q: Passage) =>
  p.source === q.source && p.span[0] < q.span[1] && q.span[0] < p.span[1];

/**
 * The passages overlapping none kept before them in their source, each wording once per source
 * (a document repeating a sentence says it once): sorted, one pass.
 */
function distinct(passages: Passage[]): Passage[] {
  const sorted = passages.toSorted((x, y) => x.source.localeCompare(y.source) || x.span[0] - y.span[0]);
  const kept: Passage[] = [];
  const said = new Set<string>();
  for (const p of sorted) {
    const last = kept.at(-1);
    const key = `${p.source}\u0000${p.text}`;
    if ((last && last.source === p.source && p.span[0] < last.span[1]) || said.has(key)) continue;
    said.add(key);
    kept.push(p);
  }
  return kept;
}

/** Whether a passage overlaps any of some spans of its source (sorted by start, with the greatest end so far). */
function overlapsAny(p: Passage, spans: Map<string, { starts: number[]; maxEnd: number[] }>): boolean {
  const s = spans.get(p.source);
  if (!s) return false;
  // The last span starting before p ends.
  let [lo, hi] = [0, s.starts.length - 1];
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid]! < p.span[1]) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && s.maxEnd[at]! > p.span[0];
}

function spansOf(passages: Passage[]): Map<string, { starts: number[]; maxEnd: number[] }> {
  const out = new Map<string, { starts: number[]; maxEnd: number[] }>();
  for (const p of passages.toSorted((x, y) => x.span[0] - y.span[0])) {
    const s = out.get(p.source) ?? { starts: [], maxEnd: [] };
    out.set(p.source, s);
    s.maxEnd.push(Math.max(s.maxEnd.at(-1) ?? 0, p.span[1]));
    s.starts.push(p.span[0]);
  }
  return out;
}

// Whole texts, as against a chapter or an annex of one: a denial that "the text" is agreed does
// not deny that its humanitarian chapter is.
const WHOLE = /\b(?:text|framework|plan|document|draft|package|deal|memorandum)$/i;
// What denies it, and of what: "nothing is agreed until everything is agreed", "nothing in the
// twenty points is agreed" (all of it); "no agreement on the text of the framework has been
// reached", "there is no agreed text yet", "no text has been agreed" (the whole text).
const DENIED_ALL =
  /\bnothing(?:\s+in\s+[^.;!?]{1,40}?)?\s+(?:is|has\s+been|was)\s+(?:yet\s+)?agreed\b(?!\s+(?:to|that|on|upon|until|unless|while|before|as\s+long\s+as)\b)/i;
const DENIED_WHOLE = new RegExp(
  [
    `\\bno\\s+agreement\\s+on\\s+the\\s+(?:[\\p{L}-]+\\s+){0,4}${TEXTS}\\s+(?:has|had|was)\\s+(?:yet\\s+)?(?:been\\s+)?reached\\b`,
    `\\bthere\\s+(?:is|was)\\s+(?:still\\s+)?no\\s+agreed\\s+(?:text|framework|document|plan|deal)\\b`,
    `\\bno\\s+(?:text|framework|document|deal)\\s+(?:has|had)\\s+(?:yet\\s+)?been\\s+agreed\\b`,
  ].join('|'),
  'iu',
);
// Said within days of each other: a text denied agreed on Monday may be agreed by Friday.
const WITHIN_DAYS = 7;
const daysApart = (a?: string, b?: string) =>
  a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : 0;

/** What a passage denies is agreed: all of the text, the whole of it, or neither. */
export function denied(p: Passage): 'all' | 'whole' | undefined {
  if ((saysFormula(p) && !WAVED.test(p.text)) || DENIED_ALL.test(p.text.replace(FORMULA, ''))) return 'all';
  return DENIED_WHOLE.test(p.text) ? 'whole' : undefined;
}

/**
 * Each pair of passages where one source plainly says the text or a part of it is agreed and
 * another that nothing is (or that the whole text is not, against a whole said agreed): a status
 * disagreement. One value for all of them: a denial flagged against several claims is one flag.
 */
export function formulaFlags(
  passages: Passage[],
  texts: Map<string, string>,
  flagged: Disagreement[],
): Disagreement[] {
  // Only passages with the word are read; a question, and every passage read from its words (a
  // quote, an event), asserts none of it.
  const candidates = passages.filter((p) => /\bagree/i.test(p.text));
  const asked = spansOf(candidates.filter((p) => asks(p) || putBack(p)));
  const said = candidates.filter((p) => !overlapsAny(p, asked));
  const denials = distinct(
    said.filter(
      (p) =>
        denied(p) !== undefined &&
        !agreedPart(p.text.replace(FORMULA, '')) &&
        !agreedPart(around(p, texts), !CONTINUES.test(p.text)),
    ),
  );
  if (denials.length === 0) return [];
  // The first denial of each kind in each source stands for its others (oneFlagEach joins them).
  const deniers = new Map<string, Passage>();
  for (const d of denials) {
    const key = `${d.source} ${denied(d)}`;
    if (!deniers.has(key)) deniers.set(key, d);
  }
  const statuses = distinct(
    said.filter(
      (p) =>
        !denied(p) && (agreedPart(p.text) ?? answeredAgreed(p, texts)) && !FORMULA.test(around(p, texts)),
    ),
  );
  // The status flags linking raised, by the source of each side: they stand for this one.
  const raised = new Map<string, [Passage, string][]>();
  for (const f of flagged)
    if (f.kind === 'status')
      for (const [p, q] of [
        [f.a, f.b],
        [f.b, f.a],
      ] as const)
        raised.set(p.source, [...(raised.get(p.source) ?? []), [p, q.source]]);
  const flags: Disagreement[] = [];
  for (const status of statuses) {
    const part = (agreedPart(status.text) ?? answeredAgreed(status, texts))!;
    for (const denial of deniers.values()) {
      if (status.source === denial.source || daysApart(status.published, denial.published) > WITHIN_DAYS)
        continue;
      if (denied(denial) === 'whole' && !WHOLE.test(part)) continue;
      if (
        (raised.get(status.source) ?? []).some(
          ([p, source]) => overlap(p, status) && source === denial.source,
        )
      )
        continue;
      flags.push({
        kind: 'status',
        reason: `the ${part} said agreed vs not agreed`,
        a: status,
        b: denial,
        values: ['agreed', 'not agreed'],
      });
    }
  }
  return flags;
}
