// Bulleted theses: "The Ambassador set out the mediator's approach:" and then a list, each
// item a statement of that speaker. A list in the document's own voice ("The Parties:")
// names no speaker with a reporting verb, and is not quoted. A readout also gives a speaker's
// words without marks in the paragraph after "The Head of State said:" (a web page's blockquote
// copied as text): that paragraph is the speaker's.
import { objectOfFrontedPhrase } from './clauseObject.ts';
import { clauseSubject } from './clauseSpeakers.ts';
import { BULLET, colonSpeaker } from './colonSpeakers.ts';
import { turnLabel } from './genre.ts';
import { TEXT_NOUNS } from './lexicon.ts';
import type { Attribution, SpeakerContext } from './speakers.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const WHOLLY_QUOTED = /^"([^"]+)"[.,;]?$/;

// A list copied from a page without its marks ("<li>" set as indented lines): each item opens in
// lower case and closes on a semicolon or a comma, the last on a stop. The first must close on its
// semicolon: a paragraph in lower case after a colon is otherwise a sentence run on.
const UNMARKED_ITEM = /^\p{Ll}[^\n]{0,240}[;,.]$/u;
const FIRST_UNMARKED = /^\p{Ll}[^\n]{0,240};$/u;

// A communiqué's formula, Latin American and African ministries' alike: "The Ministry … informs (to)
// the national and international public opinion:", "The Government hereby communicates:", "… brings
// to the attention of the public:" — its numbered "That …" paragraphs are the issuer's own voice.
const INFORMS_PUBLIC =
  /\b(?:(?:hereby|wishes to)\s+(?:informs?|communicates?|announces?|makes? known)\b[^:\n]{0,80}|(?:informs?|communicates?|makes? known|brings? to the (?:attention|knowledge) of|announces? to)\s+(?:to\s+)?(?:all\s+)?the\s+(?:(?:national|international|general|wider)\s+(?:and\s+(?:national|international)\s+)?)?(?:public(?:\s+opinion)?|community|citizens|citizenry|nation|media|press)\b[^:\n]{0,40}):$/i;

// "The Harbour Paper sets out six demands:", "The draft lists three steps:": a text that is the
// subject gives its own contents, which the writer sums up; a list under it is no one's words.
const TEXT_NAME = new RegExp(`(?:^|\\s)(?:${TEXT_NOUNS}|proposals?|non-papers?)$`, 'i');
const isTextSpeaker = (speaker: Speaker): boolean =>
  !speaker.personId && !speaker.partyId && TEXT_NAME.test(speaker.name);

/** Quote claims of the bullets that follow a speaker's colon. */
export function bulletQuotes(paragraphs: Span[], ctx: SpeakerContext): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    if (ctx.text[intro[1] - 1] !== ':') continue;
    const first = ctx.text.slice(...paragraphs[i + 1]!);
    const unmarked = !BULLET.test(first) && FIRST_UNMARKED.test(first);
    if (!unmarked && !BULLET.test(first)) continue;
    if (INFORMS_PUBLIC.test(ctx.text.slice(Math.max(intro[0], intro[1] - 160), intro[1]))) continue;
    const spoken = colonSpeaker(intro, ctx);
    const attribution =
      spoken ?? (markedWithin(ctx.text, paragraphs[i + 1]!) ? onlyNamed(intro, ctx) : undefined);
    if (!attribution || isTextSpeaker(attribution.speaker)) continue;
    const said = ctx.text.slice(attribution.span[0], attribution.span[1]);
    for (let j = i + 1; j < paragraphs.length; j++) {
      const [start, end] = paragraphs[j]!;
      const item = ctx.text.slice(start, end);
      // An unmarked item has no mark to skip.
      const mark = unmarked ? (UNMARKED_ITEM.test(item) ? '' : undefined) : BULLET.exec(item)?.[0];
      if (mark === undefined) break;
      // An unmarked list ends on the item its stop closes.
      const closes = unmarked && item.endsWith('.');
      // '- "Every detained fisherman home."': a bullet that is one quotation is its words, without the marks.
      const whole = WHOLLY_QUOTED.exec(ctx.text.slice(start + mark.length, end));
      const from = start + mark.length;
      // Under "X said:" an item is X's words, marks and all ('- The so-called "Fjellby format" is
      // dead'); under a sentence that only names X, the marks alone set X's words apart from the
      // writer's, and an item without marks is the writer's ('-- The motorcade left at 5:10 PM').
      const spans: Span[] = whole
        ? [[from + 1, from + 1 + whole[1]!.length]]
        : spoken
          ? [[from, end]]
          : (markedWithin(ctx.text, [from, end]) ?? []);
      for (const span of spans)
        claims.push({
          kind: 'quote',
          text: ctx.text.slice(span[0], span[1]),
          span,
          speaker: { ...attribution.speaker, said: attribution.speaker.said ?? said },
          data: { words: ctx.text.slice(span[0], span[1]), speakerSpan: attribution.span, form: 'bullet' },
        });
      if (closes) break;
    }
  }
  return claims;
}

/**
 * The one person the introducing sentence names, its subject, when no verb of saying introduces the
 * list ("Spokesperson Ada Lind gave the pool a readout on the record:" over bullets whose marks hold
 * her words): the marks say the words are someone's, and the sentence names only her.
 */
function onlyNamed(intro: Span, ctx: SpeakerContext): Attribution | undefined {
  const text = ctx.text.slice(intro[0], intro[1]);
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! '));
  const from = stop === -1 ? intro[0] : intro[0] + stop + 2;
  const people = ctx.hits.filter(
    (h) => h.span[0] >= from && h.span[1] <= intro[1] && !h.inQuote && h.kind !== 'party',
  );
  if (people.length !== 1) return undefined;
  // "In talks with Ada Lind, the delegation gave its readout:": the one named is the one met, not the
  // speaker; "Key lines from Ada Lind, speaking in …:" goes on with her participle, and she is the source.
  const { runStart, span } = people[0]!;
  const comma = ctx.masked.indexOf(',', span[1]);
  if (
    objectOfFrontedPhrase(ctx.masked, runStart, span, from, intro[1]) &&
    !/^,\s+\p{Ll}+ing\b/u.test(ctx.masked.slice(comma))
  )
    return undefined;
  return clauseSubject(ctx, runStart, intro[1]);
}

/** The words inside each pair of double marks in [start, end), when a pair is there. */
function markedWithin(text: string, [start, end]: Span): Span[] | undefined {
  const spans: Span[] = [];
  for (let open = text.indexOf('"', start); open !== -1 && open < end; ) {
    const close = text.indexOf('"', open + 1);
    if (close === -1 || close >= end) break;
    if (close > open + 1) spans.push([open + 1, close]);
    open = text.indexOf('"', close + 1);
  }
  return spans.length > 0 ? spans : undefined;
}

// The verbs that give words as spoken ("said:", "stated:", "told reporters:", a Kremlin readout's
// "noted, in particular:"); "informs:", "set out:" and "discussed:" introduce the document's own
// account or a list.
const SPEAKS =
  /\b(?:said|says|stated|states|declared|declares|added|adds|remarked|noted|stressed|emphasi[sz]ed|underlined|replied|answered|continued|wrote|writes|told\s+[\p{L} ]{1,40}?)(?:,\s*(?:in particular|in part|among other things),?)?\s*:$/u;
const OPENS_WITH_MARK = /^["'“‘«]/u;
// Words given as spoken speak as "I" or "we"; a readout after "A Downing Street spokesperson said:"
// ("The Prime Minister spoke to …") is the office's own account, in the third person.
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|us|my|My|me)\b/;

/** Quote claims of unmarked paragraphs, each introduced by a speaker's "said:" at the end of the one before. */
export function introducedParagraphs(paragraphs: Span[], ctx: SpeakerContext): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    const [start, end] = paragraphs[i + 1]!;
    if (
      ctx.text[intro[1] - 1] !== ':' ||
      !SPEAKS.test(ctx.text.slice(Math.max(intro[0], intro[1] - 60), intro[1]))
    )
      continue;
    const words = ctx.text.slice(start, end);
    if (OPENS_WITH_MARK.test(words) || BULLET.test(words) || !FIRST_PERSON.test(words)) continue;
    if (turnLabel(words) !== undefined) continue;
    const attribution = colonSpeaker(intro, ctx);
    if (!attribution) continue;
    const said = ctx.text.slice(attribution.span[0], attribution.span[1]);
    claims.push({
      kind: 'quote',
      text: words,
      span: [start, end],
      speaker: { ...attribution.speaker, said: attribution.speaker.said ?? said },
      data: { words: words.replace(/\s+/g, ' ').trim(), speakerSpan: attribution.span },
    });
  }
  return claims;
}
