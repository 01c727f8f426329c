// A party's own page, and its spokesperson's turn, name its leader by title alone: under "Office
// of the President of Torvania", "The President held a telephone conversation with …", and in
// the Torvanian spokesperson's answer "the President spoke with …", is Torvania's president, not
// any president. A mediator calls both leaders on one day; read as anyone, the bare title
// would make its call with the other leader the same call. An event told there carries the
// side it is told from, and its profile reads the side's bare titles as the side's people.
import type { PagePrincipal } from './ownPage.ts';
import type { Roster, Span, SuggestedClaim } from './types.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;

interface TurnSide {
  from: number;
  to: number;
  party: string | undefined;
}

/** The turns and posts, by where each begins (its speaker's label included). */
function turnsOf(voiced: SuggestedClaim[]): TurnSide[] {
  const out: TurnSide[] = [];
  for (const q of voiced)
    if (q.kind === 'quote' && (q.data.form === 'turn' || q.data.form === 'post'))
      out.push({ from: q.data.speakerSpan?.[0] ?? q.span[0], to: q.span[1], party: q.speaker?.partyId });
  return out.sort((a, b) => a.from - b.from);
}

/** The party whose spokesperson's turn (or post) holds the span, else the page principal's. */
function sideAt(span: Span, turns: TurnSide[], principal?: PagePrincipal): string | undefined {
  // The last turn to begin at or before the span (a search, not a scan: a record may hold thousands).
  let [lo, hi] = [0, turns.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.from <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  const turn = turns[lo - 1];
  if (turn && span[1] <= turn.to) return turn.party;
  return principal?.person.party;
}

/** The event claims, each with the side it is told from where the page or the turn says. */
export function withOwnSide(
  claims: SuggestedClaim[],
  voiced: SuggestedClaim[],
  principal?: PagePrincipal,
): SuggestedClaim[] {
  const turns = turnsOf(voiced);
  return claims.map((c) => {
    if (c.kind !== 'event') return c;
    const side = sideAt(c.span, turns, principal);
    return side ? ({ ...c, data: { ...c.data, side } } satisfies EventClaim) : c;
  });
}

// "the President", "the Head of State", "the Prime Minister": a bare title, with no "of
// <country>" after it to say whose.
const BARE_TITLE =
  /\b[Tt]he (President|Head of State|Prime Minister|Head of Government|Premier|Chancellor|Foreign Minister)\b(?!\s+of\b|\s+\p{Lu})/gu;
const SAME_OFFICE: Record<string, string> = {
  'head of state': 'president',
  'head of government': 'prime minister',
  premier: 'prime minister',
};

/** The side's people a clause names by a bare title of their office. */
export function ownTitled(clause: string, side: string, roster: Roster): string[] {
  const out: string[] = [];
  for (const m of clause.matchAll(BARE_TITLE)) {
    const said = m[1]!.toLowerCase();
    const office = SAME_OFFICE[said] ?? said;
    const holder = roster.people.find((p) => p.party === side && p.office?.toLowerCase().startsWith(office));
    if (holder && !out.includes(holder.id)) out.push(holder.id);
  }
  return out;
}
