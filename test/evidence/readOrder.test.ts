// The server reads documents for months in one process: what it finds in a set of documents must
// not hang on what it read before, in which order, or under which roster (no memo keyed by the text
// alone, no global pattern's position carried from one call to the next). Invented reports of the
// Arvenia–Torvania talks, read under the test roster and under another negotiation's.
import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/evidence/contradictions.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { Roster } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

const READOUT = [
  'Readout of the Special Envoy’s meeting in Fjellby',
  'FJELLBY, 12 March 2031 — Special Envoy Henrik Dahl met the delegations of Arvenia and Torvania in Fjellby on Tuesday.',
  '“We agreed on a ceasefire line along the Vell river,” Dahl said after the talks.',
  'The sides will meet again on 20 March in Kessel.',
].join('\n\n');
const WIRE = [
  'Torvania denies any deal on the river line',
  'DRAVA, 13 March 2031 (Wire) — No line along the Vell river was agreed in Fjellby, Citadel spokesman Pavel Surin said on Wednesday.',
  '“There is no agreement on a ceasefire line,” Surin told reporters, adding that the next round would open on 27 March.',
].join('\n\n');

// Another negotiation whose roster writes some of the same names for other people and parties.
const other: Roster = {
  parties: [
    { id: 'arvenia', name: 'Arvenia', role: 'principal', aliases: ['Kessel'] },
    { id: 'lind', name: 'Lind', role: 'mediator', aliases: [] },
  ],
  people: [{ id: 'dahl', name: 'Henrik Dahl', party: 'arvenia', office: 'Foreign Minister', aliases: [] }],
};

const read = (name: string, text: string, r: Roster) =>
  processDocument(new TextEncoder().encode(text), name, { roster: r, received: '2031-04-01' });

/** Everything a user sees of a set: each document's claims, the links and groups, the flags. */
function reading(texts: [string, string][], r: Roster) {
  const docs = texts.map(([name, text]) => read(name, text, r));
  const linked = docs.map((d) => ({
    source: d.fileName,
    cleanText: d.cleanText,
    published: d.meta.date,
    claims: d.claims,
  }));
  const links = linkSources(linked, r);
  return {
    claims: docs.map((d) => d.claims),
    links: links.links.map((l) => [l.a.source, l.a.span, l.b.source, l.b.span, l.reason]),
    groups: links.groups.map((g) => g.map((p) => [p.source, p.span])),
    flags: findContradictions(linked, r, links).map((c) => [c.kind, c.reason, c.a.source, c.b.source]),
  };
}

const speakerParties = (r: ReturnType<typeof reading>) =>
  r.claims.flat().flatMap((c) => (c.kind === 'quote' ? [c.speaker?.partyId] : []));

describe('a set read the same whatever was read before', () => {
  it('reads a set alike first, after another negotiation, and in the other order', () => {
    const set: [string, string][] = [
      ['readout.txt', READOUT],
      ['wire.txt', WIRE],
    ];
    const first = reading(set, roster);
    reading(set, other);
    reading([['wire.txt', WIRE]], other);
    expect(reading(set, roster)).toEqual(first);
    const reversed = reading([...set].reverse(), roster);
    expect(reversed.flags.length).toBe(first.flags.length);
    expect(reversed.claims.toReversed()).toEqual(first.claims);
  });

  it('reads the same text under another roster by that roster, not by the last one', () => {
    // The envoy of the test roster is another negotiation's Arvenian minister: a memo of the text
    // that ignored the roster would give both the party read first.
    const mine = reading([['readout.txt', READOUT]], roster);
    const theirs = reading([['readout.txt', READOUT]], other);
    expect(speakerParties(mine)).toContain('norland');
    expect(speakerParties(theirs)).not.toContain('norland');
    expect(reading([['readout.txt', READOUT]], roster)).toEqual(mine);
  });
});
