// What linking says, by passage place: its links and flags in their order, with their reasons and
// values. Two runs that say the same give the same digest; blocking is checked against the loop over
// every pair with it (the property test and bench/linkBlocking.bench.ts).
import type { linkSources } from './link.ts';

export const linkDigest = (r: ReturnType<typeof linkSources>): string =>
  JSON.stringify([
    r.links.map((l) => [l.a.source, l.a.span, l.b.source, l.b.span, l.reason]),
    r.disagreements.map((d) => [
      d.kind,
      d.reason,
      d.a.source,
      d.a.span,
      d.b.source,
      d.b.span,
      d.values,
      d.alsoA?.map((p) => p.span),
      d.alsoB?.map((p) => p.span),
    ]),
  ]);
