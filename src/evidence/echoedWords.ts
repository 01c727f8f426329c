// Words a document quotes twice are one speaker's: a headline, a summary line or a key-events list
// repeats a line ("Leader says 'river does not ask whose flag flies'") that the body gives with its
// speaker. A quotation left without one takes the speaker of the attributed quotation holding its
// words, when exactly one speaker's quotations hold them. It knows no layout, only the repetition.
import type { Speaker, SuggestedClaim } from './types.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

// Three words at least: two ("the text") recur by chance in anyone's words.
const MIN_WORDS = 3;
// A word pair shared by more attributed quotations than this is too common to point to one.
const MOST_SHARERS = 8;

const plain = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

const speakerKey = (s: Speaker) => s.personId ?? s.partyId ?? s.name.toLowerCase();

/** The claims with every unattributed quotation that repeats one speaker's attributed words given to them. */
export function withEchoedSpeakers(claims: SuggestedClaim[]): SuggestedClaim[] {
  // A quotation inside a turn or a post (claims come in order of their start) is that voice's
  // citing: the turn's reader settles it, not the repetition.
  const silent: Quote[] = [];
  let reach = -1;
  for (const c of claims) {
    if (c.kind !== 'quote') continue;
    if (c.speaker === undefined && c.span[0] >= reach) silent.push(c);
    reach = Math.max(reach, c.span[1]);
  }
  if (silent.length === 0) return claims;
  // Each attributed quotation indexed by its word pairs: a silent one is compared only with those
  // sharing its rarest pair, so the pass stays linear in the words quoted.
  const spoken: { words: string; speaker: Speaker; quote: Quote }[] = [];
  const byPair = new Map<string, number[]>();
  for (const c of claims) {
    if (c.kind !== 'quote' || c.speaker === undefined || c.data.relayed) continue;
    const words = plain(c.data.words);
    const at = spoken.push({ words: ` ${words.join(' ')} `, speaker: c.speaker, quote: c }) - 1;
    for (let i = 1; i < words.length; i++) {
      const pair = `${words[i - 1]} ${words[i]}`;
      const list = byPair.get(pair) ?? [];
      if (list.at(-1) !== at && list.length <= MOST_SHARERS) list.push(at);
      byPair.set(pair, list);
    }
  }
  const given = new Map<Quote, Quote>();
  for (const quote of silent) {
    const words = plain(quote.data.words);
    if (words.length < MIN_WORDS) continue;
    let rarest: number[] | undefined;
    for (let i = 1; i < words.length; i++) {
      const list = byPair.get(`${words[i - 1]} ${words[i]}`) ?? [];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    if (!rarest || rarest.length === 0 || rarest.length > MOST_SHARERS) continue;
    const needle = ` ${words.join(' ')} `;
    const holders = rarest.map((i) => spoken[i]!).filter((s) => s.words.includes(needle));
    const first = holders[0];
    if (!first || holders.some((h) => speakerKey(h.speaker) !== speakerKey(first.speaker))) continue;
    given.set(quote, {
      ...quote,
      speaker: first.speaker,
      data: { ...quote.data, speakerSpan: first.quote.data.speakerSpan ?? first.quote.span },
    });
  }
  return given.size === 0 ? claims : claims.map((c) => (c.kind === 'quote' ? (given.get(c) ?? c) : c));
}
