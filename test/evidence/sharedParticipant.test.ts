// Leaders call and meet several people a week, and every readout names the leader: two calls
// or meetings that share one participant are two events when each names a counterpart the
// other does not (a roster person or not), and a call named in passing ("about the
// Kostal–Varin call") is another event, not one of the sentence's own people.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, eventPairs, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

/** Every pair of sources linked on any ground, sorted. */
const linked = (...docs: ReturnType<typeof doc>[]) =>
  [...new Set(linkSources(docs, roster).links.map((l) => [l.a.source, l.b.source].sort().join('-')))].sort();

describe('two events that share one participant', () => {
  it('keeps apart two readouts of one leader’s calls with two roster counterparts', () => {
    const a = doc(
      'a',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-04',
    );
    const b = doc('b', 'President Kostal spoke with Foreign Minister Solberg by phone today.', 'readout');
    expect(linked(a, b)).toEqual([]);
    expect(kinds(a, b)).toEqual([]);
  });

  it('keeps apart calls and meetings whose other counterpart is no roster person', () => {
    // A ministry's readout against a gov.uk-style one; then two presidency items on meetings.
    const a = doc(
      'a',
      'Foreign Minister Ingrid Solberg held a telephone conversation with President Varin on Monday.',
      'readout',
    );
    const b = doc(
      'b',
      'The Foreign Minister, Ingrid Solberg, spoke to Chancellor Weber of Ostmark on Tuesday.',
      'readout',
    );
    expect(linked(a, b)).toEqual([]);
    expect(kinds(a, b)).toEqual([]);
    const wire = doc(
      'wire',
      'President Kostal spoke with Chancellor Weber of Ostmark by phone today.',
      'readout',
    );
    const readout = doc(
      'readout',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-04',
    );
    expect(linked(wire, readout)).toEqual([]);
    expect(kinds(wire, readout)).toEqual([]);
    const c = doc('c', 'Special Envoy Dahl met President Varin in Drava on 3 March.', 'news');
    const d = doc('d', 'Special Envoy Dahl met Prime Minister Holm of Ostmark in Drava on 4 March.', 'news');
    expect(kinds(c, d)).toEqual([]);
    expect(eventPairs([c, d])).toEqual([]);
    // A bare office the other's counterpart does not hold: the Prime Minister is not Varin.
    const e = doc(
      'e',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-04',
    );
    const f = doc('f', 'The Prime Minister spoke with President Kostal today.', 'readout');
    expect(kinds(e, f)).toEqual([]);
  });

  it('reads a call named in passing as another event, not as the sentence’s own people', () => {
    const a = doc(
      'a',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-04',
    );
    const b = doc(
      'b',
      'Foreign Minister Solberg spoke with Special Envoy Dahl today about the Kostal–Varin call.',
      'readout',
    );
    expect(eventPairs([a, b])).toEqual([]);
    expect(kinds(a, b)).toEqual([]);
    const c = doc(
      'c',
      'Henrik Dahl had a telephone conversation with Ingrid Solberg following yesterday’s conversation between President Kostal and President Varin.',
      'readout',
    );
    expect(eventPairs([a, c])).toEqual([]);
  });

  it('still links one event its sources date apart, and one counterpart named by office', () => {
    const a = doc('a', 'President Kostal met President Varin in Fjellby on Tuesday.', 'readout');
    const b = doc('b', 'Kostal and Varin met in Fjellby on Wednesday.', 'news');
    expect(linked(a, b)).toEqual(['a-b']);
    expect(kinds(a, b)).toEqual(['date ab']);
    // The other counterpart by the office Varin holds, and by a title and his name.
    const c = doc(
      'c',
      'President Kostal spoke with the President of Torvania by phone on Tuesday.',
      'readout',
    );
    const d = doc(
      'd',
      'Mira Kostal had a telephone conversation with President Oleg Varin on Tuesday.',
      'news',
    );
    expect(eventPairs([c, d])).toEqual(['c-d']);
    const e = doc('e', 'President Kostal spoke with the President by phone on Tuesday.', 'readout');
    expect(eventPairs([e, d])).toEqual(['d-e']);
    // An office with its holder's name in apposition is that holder.
    const f = doc(
      'f',
      'The President of Arvenia, Mira Kostal, held a telephone conversation with the Foreign Minister of the Kingdom of Norland, Ingrid Solberg, on Tuesday.',
      'readout',
    );
    const g = doc('g', 'Ingrid Solberg spoke by phone with President Kostal on Tuesday.', 'news');
    expect(eventPairs([f, g])).toEqual(['f-g']);
  });
});
