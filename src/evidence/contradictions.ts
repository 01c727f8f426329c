// Contradictions between sources, as the app lists them: the disagreements cross-source
// linking finds between passages (link.ts), and two that only the claims show, because
// linking does not compare them: a party's stance reported both ways (linking reads no
// position claims); and the same people's call dated a day or two apart (linking links
// differently dated events only when they are deadlines or signings; a call, unlike talks
// that run over days or a visit before a meeting, is one occasion: everyone on one call on
// the other, a day or two apart, is a slip of a date, and it yields to a flag linking
// raised). Two reports naming different people at one meeting are no contradiction: each
// names whom it saw or cares about (such flags were wrong in nearly every labelled case);
// someone said to be absent is linking's to weigh (namedPresence.ts).
import { DAY_MS } from '../core/calendar.ts';
import { SLIP_DAYS } from './dateSlip.ts';
import { findDates } from './dates.ts';
import { buildGazetteer } from './gazetteer.ts';
import { type Disagreement, type DisagreementKind, linkSources, type SourceLinks } from './link.ts';
import type { LinkDocument, Passage } from './passages.ts';
import type { Roster, Span, Speaker, SuggestedClaim } from './types.ts';

export type ContradictionKind = DisagreementKind | 'stance';

/** One side: the passage that says it, in its source, and the claim it came from if any. */
export interface ContradictionSide {
  source: string;
  span: Span;
  text: string;
  speaker?: Speaker;
  claim?: SuggestedClaim;
}

export interface Contradiction {
  kind: ContradictionKind;
  reason: string;
  a: ContradictionSide;
  b: ContradictionSide;
  /** Other passages that say what `a` says, and what `b` says: one flag stands for them all. */
  alsoA?: ContradictionSide[];
  alsoB?: ContradictionSide[];
}

/** A claim in its source, with the text at its span (a reviewer may have edited the claim's own). */
type Claimed<K extends SuggestedClaim['kind']> = {
  source: string;
  text: string;
  claim: Extract<SuggestedClaim, { kind: K }>;
};

const side = (p: Passage): ContradictionSide => ({
  source: p.source,
  span: p.span,
  text: p.text,
  ...(p.speaker ? { speaker: p.speaker } : {}),
  ...(p.claim ? { claim: p.claim } : {}),
});

const claimSide = ({
  source,
  text,
  claim,
}: {
  source: string;
  text: string;
  claim: SuggestedClaim;
}): ContradictionSide => ({
  source,
  span: claim.span,
  text,
  claim,
});

const fromLink = (d: Disagreement): Contradiction => ({
  kind: d.kind,
  reason: d.reason,
  a: side(d.a),
  b: side(d.b),
  ...(d.alsoA?.length ? { alsoA: d.alsoA.map(side) } : {}),
  ...(d.alsoB?.length ? { alsoB: d.alsoB.map(side) } : {}),
});

function stance(x: Claimed<'position'>, y: Claimed<'position'>): Contradiction | undefined {
  const [a, b] = [x.claim.data, y.claim.data];
  const both = new Set([a.stance, b.stance]);
  if (a.party !== b.party || a.topic !== b.topic || !both.has('accept') || !both.has('reject'))
    return undefined;
  const on = a.topic ? ` on ${a.topic}` : '';
  return {
    kind: 'stance',
    reason: `${a.party} reported both accepting and rejecting${on}`,
    a: claimSide(x),
    b: claimSide(y),
  };
}

function eventDate(
  x: Claimed<'event'>,
  y: Claimed<'event'>,
  isPerson: (id: string) => boolean,
  tellsTwo: (c: Claimed<'event'>) => boolean,
): Contradiction | undefined {
  const [a, b] = [x.claim.data, y.claim.data];
  if (a.eventKind !== 'call' || b.eventKind !== 'call' || !a.date || !b.date) return undefined;
  // The people of one call all on the other: "Varin and Dahl" / "Dahl, Kostal and Varin".
  const [pa, pb] = [a.participants.filter(isPerson), b.participants.filter(isPerson)];
  const shared = pa.filter((p) => pb.includes(p)).length;
  const sameActors = shared >= 2 && shared === Math.min(pa.length, pb.length);
  const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY_MS;
  if (!sameActors || apart === 0 || apart > SLIP_DAYS || tellsTwo(x) || tellsTwo(y)) return undefined;
  return {
    kind: 'date',
    reason: `the same ${a.eventKind} on ${a.date} and on ${b.date}`,
    a: claimSide(x),
    b: claimSide(y),
  };
}

const overlaps = (p: ContradictionSide, q: ContradictionSide) =>
  p.source === q.source && p.span[0] < q.span[1] && q.span[0] < p.span[1];
/**
 * Whether a flag of the same kind already stands on these two places; if so, it is told
 * the claims there, so the reader can review them from the flag.
 */
function flagged(found: Contradiction[], c: Contradiction): boolean {
  for (const f of found) {
    if (f.kind !== c.kind) continue;
    const [x, y] =
      overlaps(f.a, c.a) && overlaps(f.b, c.b)
        ? [c.a, c.b]
        : overlaps(f.a, c.b) && overlaps(f.b, c.a)
          ? [c.b, c.a]
          : [];
    if (!x || !y) continue;
    if (!f.a.claim && x.claim) f.a = { ...f.a, claim: x.claim };
    if (!f.b.claim && y.claim) f.b = { ...f.b, claim: y.claim };
    return true;
  }
  return false;
}

function pairs<K extends SuggestedClaim['kind']>(docs: LinkDocument[], kind: K): [Claimed<K>, Claimed<K>][] {
  const all = docs.flatMap((d) =>
    d.claims
      .filter((c): c is Extract<SuggestedClaim, { kind: K }> => c.kind === kind)
      .map((claim) => ({ source: d.source, text: d.cleanText.slice(claim.span[0], claim.span[1]), claim })),
  );
  const out: [Claimed<K>, Claimed<K>][] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      if (all[i]!.source !== all[j]!.source) out.push([all[i]!, all[j]!]);
  return out;
}

/**
 * Passages and claims of different documents that cannot both be true, both sides each.
 * `links` is the documents' linking where the caller has it already (the corpus eval scores
 * its groups too).
 */
export function findContradictions(
  docs: LinkDocument[],
  roster: Roster,
  links: SourceLinks = linkSources(docs, roster),
): Contradiction[] {
  const found = links.disagreements.map(fromLink);
  for (const [x, y] of pairs(docs, 'position')) {
    const c = stance(x, y);
    if (c) found.push(c);
  }
  const people = buildGazetteer(roster).personById;
  const isPerson = (id: string) => people.has(id);
  // A sentence telling two days ("spoke with Valcourt on Monday, and with Vintrop the day
  // after", "welcomed today the accord signed on Tuesday") may tell two events: it does not
  // say who was at which.
  const published = new Map(docs.map((d) => [d.source, d.published]));
  // So does a sentence two occasions were read from ("opened talks on Tuesday, a day after the
  // Presidents spoke by phone"): whom it names may be at either. A statement or a deadline it
  // tells ("according to a readout", "by 31 March") is no occasion anyone is at.
  const events = docs.flatMap((d) =>
    d.claims.flatMap((c) =>
      c.kind === 'event' && c.data.eventKind !== 'statement' && c.data.eventKind !== 'deadline'
        ? [{ source: d.source, claim: c }]
        : [],
    ),
  );
  const readTwice = ({ source, claim }: Claimed<'event'>) =>
    events.some(
      (e) =>
        e.source === source &&
        e.claim !== claim &&
        e.claim.span[0] < claim.span[1] &&
        claim.span[0] < e.claim.span[1],
    );
  // The day a limit falls due ("spoke by phone on 4 March and agreed to aim for signing by 20
  // March") is no second occasion: the sentence still dates the call alone.
  const dues = docs.flatMap((d) =>
    d.claims.flatMap((c) =>
      c.kind === 'event' && c.data.eventKind === 'deadline' && c.data.date
        ? [{ source: d.source, span: c.span, day: c.data.date }]
        : [],
    ),
  );
  const dueWithin = ({ source, claim }: Claimed<'event'>) =>
    new Set(
      dues
        .filter((e) => e.source === source && e.span[0] < claim.span[1] && claim.span[0] < e.span[1])
        .map((e) => e.day),
    );
  // Asked of each claim once per other claim: read once.
  const told = new Map<SuggestedClaim, boolean>();
  const tellsTwo = (c: Claimed<'event'>) => {
    let two = told.get(c.claim);
    if (two === undefined) {
      const due = dueWithin(c);
      const days = findDates(c.text, published.get(c.source)).filter((d) => !due.has(d.iso));
      two = readTwice(c) || new Set(days.map((d) => d.iso)).size > 1;
      told.set(c.claim, two);
    }
    return two;
  };
  for (const [x, y] of pairs(docs, 'event')) {
    const c = eventDate(x, y, isPerson, tellsTwo);
    if (c && !flagged(found, c)) found.push(c);
  }
  return found;
}
