// A chat message or a post written as a note: "Berg doorstep just now, quote: "…"", "Dahl on the radio
// at 8. Says they "have not seen it"", "Solberg presser done. Her line: "…"". The message opens with the
// person whose words it quotes, and no verb says so. A quotation of such a message that nothing else
// attributes is the words of the roster person who opens it (never its sender, never the office of a
// possessive that speaks, "Dahl's office says", never a pronoun's guess).
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import type { NameHit } from './names.ts';
import { aideAfter } from './possessiveOffice.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Span, SuggestedClaim } from './types.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
// The opener: the message's first word or two, before a note's word ("doorstep", "on", ",", ".").
const OPENING_SLACK = 3;
// "Dahl's office says", "Dahl's spokesman told us": a verb after the possessive's noun makes the noun the speaker.
const OFFICE_SPEAKS =
  /^['’]s\s+(?:[\p{L}-]+\s+){1,3}(?:says?|said|told|tells|adds?|added|insists?|claims?|confirms?|confirmed)\b/u;

interface Opened {
  post: Quote;
  opener: NameHit;
  /** Where the next other person is named in the post: a quotation after it may be theirs. */
  blockedFrom: number;
}

/** Each post's opener, with one pass over the posts and the hits (both in text order). */
function openedPosts(text: string, posts: Quote[], hits: NameHit[]): Opened[] {
  const out: Opened[] = [];
  let h = 0;
  for (const post of posts) {
    while (h < hits.length && hits[h]!.span[0] < post.span[0]) h++;
    const first = hits[h];
    if (!first || first.span[0] - post.span[0] > OPENING_SLACK || first.kind !== 'person' || !first.id)
      continue;
    // "Dahl's office says …": the possessive's office speaks, not Dahl; "Dahl's line: "…"" gives Dahl's words.
    const possessive = /^['’]s\b/.test(text.slice(first.span[1], first.span[1] + 3));
    const after = possessive ? text.slice(first.span[1], Math.min(post.span[1], first.span[1] + 60)) : '';
    // "Dahl's spokesman, asked at the door:": the possessive's aide speaks, whatever follows.
    if (possessive && (OFFICE_SPEAKS.test(after) || aideAfter(text, first.span[1]) !== undefined)) continue;
    let k = h + 1;
    while (
      k < hits.length &&
      hits[k]!.span[0] < post.span[1] &&
      (hits[k]!.kind !== 'person' || hits[k]!.id === first.id)
    )
      k++;
    out.push({ post, opener: first, blockedFrom: hits[k]?.span[0] ?? Number.POSITIVE_INFINITY });
  }
  return out;
}

/** Quote claims for the unattributed quotations of posts that open with a roster person's name. */
export function openerQuotes(
  text: string,
  voiced: SuggestedClaim[],
  quotes: QuoteSpan[],
  hits: NameHit[],
  gazetteer: Gazetteer,
  attributed: SuggestedClaim[],
): SuggestedClaim[] {
  const posts = voiced.filter((v): v is Quote => v.kind === 'quote' && v.data.form === 'post');
  if (posts.length === 0) return [];
  const opened = openedPosts(text, posts, hits);
  if (opened.length === 0) return [];
  const taken = new Set(attributed.map((c) => c.span[0]));
  const out: SuggestedClaim[] = [];
  let o = 0;
  for (const q of quotes) {
    const [s, e] = q.inner;
    while (o < opened.length && opened[o]!.post.span[1] < e) o++;
    const at = opened[o];
    if (!at || at.post.span[0] > s || taken.has(s) || e - s < 2) continue;
    if (at.opener.span[1] >= s || at.blockedFrom < s) continue;
    const speaker = speakerNamed(at.opener.name, gazetteer);
    if (!speaker?.personId || speaker.personId === at.post.speaker?.personId) continue;
    const span: Span = [s, e];
    out.push({
      kind: 'quote',
      text: text.slice(s, e),
      span,
      speaker: { ...speaker, via: 'name' },
      data: { words: text.slice(s, e).replace(/\s+/g, ' ').trim() },
    });
  }
  return out;
}
