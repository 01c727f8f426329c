// "Compact" among the names of an accord a signing names (eventTriggers.ts AGREEMENT): health,
// migration and association accords are called compacts. Sentences invented for the test; read as
// written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('the signing of a compact', () => {
  it('reads the signing of a compact as a meeting on its day', () => {
    expect(
      events('DRAVA, March 5 (Wire) - The signing of the compact has been moved to 20 March.', 'news'),
    ).toEqual([['meeting', '2031-03-20']]);
    expect(events('Drava and Kostal will sign the Fjellby Compact in Kessel on 20 March.', 'news')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
  });

  it('reads no signing in "compact" the adjective', () => {
    expect(
      events(
        'DRAVA, March 5 (Wire) - The mediators signed off on a compact timetable for the talks in Kessel.',
        'news',
      ).map(([kind]) => kind),
    ).not.toContain('meeting');
  });
});
