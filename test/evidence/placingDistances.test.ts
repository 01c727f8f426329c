// A distance that says where something lies is no size of a thing: set against a zone's width
// it is another thing measured. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { offTwoLines, placesSomething } from '../../src/evidence/placingDistances.ts';
import { doc, kinds } from './linkedDocs.ts';

const places = (text: string) => {
  const p = { text, quantities: quantities(text) } as Passage;
  return placesSomething(p, p.quantities[0]!);
};

const apart = (ta: string, tb: string) => {
  const [a, b] = [ta, tb].map((text) => ({ text, quantities: quantities(text) }) as Passage);
  return offTwoLines(a!, a!.quantities[0]!, b!, b!.quantities[0]!);
};

describe('a distance that places something', () => {
  it('reads a distance told with a bearing or from a place', () => {
    expect(places('The copper mine lies some 45 kilometres north-east of Fjellby.')).toBe(true);
    expect(places('The weir stands 12 km upstream of the crossing.')).toBe(true);
    expect(places('The hamlet sits 3 km from the border.')).toBe(true);
  });

  it('reads distances off two edges, and a band against a zone, as two measures', () => {
    const edge = 'No warship may enter within 10 nautical miles of the zone’s outer edge.';
    const coast = 'Small boats keep access within 4 nautical miles of either coast.';
    const zone = 'The joint zone is 30 nautical miles wide.';
    const side = 'A zone of 10 nautical miles on each side of the line.';
    const fromLine = 'Each side pulls its guns back to 10 nautical miles from the line.';
    expect(apart(edge, coast)).toBe(true);
    expect(apart(edge, zone)).toBe(true);
    // A distance from a line is one side of a zone along it.
    expect(apart(fromLine, side)).toBe(false);
    expect(apart(fromLine, zone)).toBe(false);
  });

  it('reads a width or a length as no place', () => {
    expect(places('A buffer zone of 15 kilometres on each side of the line.')).toBe(false);
    expect(places('The 40-kilometre road to the airport must be cleared.')).toBe(false);
  });

  it('raises no number flag between bands off two lines, nor between such a band and a zone', () => {
    const band = doc(
      'a',
      'The draft bars warships from the waters within 10 nautical miles of the joint zone’s outer edge.',
    );
    const coast = doc(
      'b',
      'The draft lets small boats fish the waters within 4 nautical miles of either coast, whatever the joint zone.',
    );
    const zone = doc('c', 'The draft draws a joint zone 30 nautical miles wide around the Vell bank.');
    expect(kinds(band, coast, zone).filter((k) => k.startsWith('number'))).toEqual([]);
    // Two distances off one edge still disagree.
    const edge = doc(
      'd',
      'The draft bars warships from the waters within 14 nautical miles of the joint zone’s outer edge.',
    );
    expect(kinds(band, edge).filter((k) => k.startsWith('number'))).toEqual(['number ad']);
    // So do a distance within which and one away from the same line.
    const within = doc('e', 'The accord allows no artillery within 15 kilometres of the river line.');
    const away = doc('f', 'Under the accord the artillery will pull back 20 kilometres from the river line.');
    expect(kinds(within, away).filter((k) => k.startsWith('number'))).toEqual(['number ef']);
  });

  it('raises no number flag between where a mine lies and a zone width', () => {
    const zone = doc('a', 'The draft sets a buffer zone of 15 kilometres along the Arvenian border.');
    const mine = doc('b', 'The disputed copper mine lies some 45 kilometres north of the Arvenian border.');
    expect(kinds(zone, mine).filter((k) => k.startsWith('number'))).toEqual([]);
  });
});
