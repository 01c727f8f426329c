import { describe, expect, it } from 'vitest';
import { entityMentions } from '../../src/evidence/entities.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { guarantorOf } from '../../src/evidence/guarantee.ts';
import { linkSources } from '../../src/evidence/link.ts';
import type { Roster } from '../../src/evidence/types.ts';

// A river accord: Halvik mediates, the Northern Council guarantees, Ostmark and Velland negotiate.
const roster: Roster = {
  parties: [
    { id: 'ostmark', name: 'Ostmark', role: 'principal', aliases: ['Ostby'] },
    { id: 'velland', name: 'Velland', role: 'principal', aliases: [] },
    { id: 'halvik', name: 'Halvik', role: 'mediator', aliases: [] },
    { id: 'council', name: 'the Northern Council', role: 'guarantor', aliases: ['Northern Council'] },
  ],
  people: [
    { id: 'brun', name: 'Teo Brun', office: 'chief negotiator', party: 'velland', aliases: [] },
    { id: 'lind', name: 'Ana Lind', office: 'chief negotiator', party: 'ostmark', aliases: [] },
    { id: 'sorel', name: 'Ines Sorel', office: 'President of Velland', party: 'velland', aliases: [] },
  ],
};

const doc = (source: string, cleanText: string, published = '2031-05-05') => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});

describe('entities named without their names', () => {
  it('resolves the head of a party name and an office with its party', () => {
    const found = (text: string) =>
      entityMentions(text, roster).map((e) => [e.party, e.person ?? null, e.via]);
    expect(found("President Sorel welcomed the Council's readiness.")).toEqual([
      ['velland', 'sorel', 'name'],
      ['council', null, 'head'],
    ]);
    expect(found("Velland's chief negotiator arrived.")).toEqual([
      ['velland', null, 'name'],
      ['velland', 'brun', 'office'],
    ]);
    expect(found('The delegation of Ostmark was headed by its chief negotiator.')).toEqual([
      ['ostmark', null, 'name'],
      ['ostmark', 'lind', 'office'],
    ]);
  });

  it('places an office where it is written, whatever letters come before it', () => {
    // A dotted capital İ lower-cases to two characters; the office's place must not move with it.
    const text = "Meeting in İskele, Velland's chief negotiator spoke first.";
    const office = entityMentions(text, roster).find((e) => e.via === 'office');
    expect(office?.person).toBe('brun');
    expect(text.slice(office?.index, office?.end)).toBe('chief negotiator');
  });

  it('reads who guarantees the deal, not a guarantee given or a principal guaranteeing its own acts', () => {
    expect(guarantorOf("President Sorel welcomed the Council's readiness to act as guarantor.", roster)).toBe(
      'council',
    );
    expect(guarantorOf('Halvik stands ready to underwrite the accord.', roster)).toBe('halvik');
    expect(guarantorOf('The Northern Council may suspend its guarantee after a breach.', roster)).toBe(
      undefined,
    );
    expect(guarantorOf('Velland will guarantee a minimum flow at the border.', roster)).toBe(undefined);
  });

  it('reads no guarantor from the guarantors as a body, only from those named as guarantors', () => {
    expect(guarantorOf('The guarantors asked Velland to answer before the end of the week.', roster)).toBe(
      undefined,
    );
    expect(guarantorOf('Ostmark will sign in Halvik, in the presence of the guarantor states.', roster)).toBe(
      undefined,
    );
    expect(guarantorOf('The Northern Council and Halvik will sign as guarantors.', roster)).toBe('halvik');
    expect(guarantorOf('The Northern Council will sign as guarantor.', roster)).toBe('council');
    expect(
      guarantorOf('The Northern Council, a guarantor state of the truce, will watch the pullback.', roster),
    ).toBe('council');
    expect(guarantorOf('Ostmark briefed the guarantor powers in Halvik.', roster)).toBe(undefined);
  });
});

describe('links across sources through roles and offices', () => {
  it('links sources that name one guarantor in different words', () => {
    const { links } = linkSources(
      [
        doc('a', 'The Northern Council, which will guarantee the corridor, meets on Wednesday.'),
        doc('b', "President Sorel welcomed the Council's readiness to act as guarantor."),
        doc('c', 'The Northern Council may suspend its guarantee after a serious breach.'),
      ],
      roster,
    );
    expect(links.map((l) => [l.a.source, l.b.source, l.reason])).toEqual([
      ['a', 'b', 'council as guarantor'],
    ]);
  });

  it('reads a delegation head given by office, and flags another person at its head', () => {
    const { links, disagreements } = linkSources(
      [
        doc('a', "Teo Brun, Velland's chief negotiator, leads his country's delegation."),
        doc('b', 'The delegation of Velland was headed by its chief negotiator.'),
        doc('c', "Ines Sorel led Velland's delegation herself."),
      ],
      roster,
    );
    expect(links.map((l) => `${l.a.source}${l.b.source}`)).toEqual(['ab', 'ac', 'bc']);
    // One disagreement: Sorel against the two sources that put Brun at the head.
    expect(disagreements).toHaveLength(1);
    const [d] = disagreements;
    const sides = [
      [d!.a, ...(d!.alsoA ?? [])],
      [d!.b, ...(d!.alsoB ?? [])],
    ].map((side) =>
      side
        .map((p) => p.source)
        .sort()
        .join(''),
    );
    expect(d!.kind).toBe('participants');
    expect(sides.sort()).toEqual(['ab', 'c']);
  });
});
