// "Compact" among the names of an accord a signing names (accordNames.ts): health, migration and
// association accords are called compacts. Sentences invented for the test; read as written on
// Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('the signing of a compact', () => {
  it('reads the signing of a compact as a meeting on its day', () => {
    expect(events('Arvenia and Torvania are to sign the compact in Fjellby on 20 March.', 'news')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('Drava and Kostal will sign the Fjellby Compact in Kessel on 20 March.', 'news')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
  });

  it('reads no signing in "compact" before a noun, an adjective or half of a compound', () => {
    expect(events('Kostal will sign the compact disc edition of her memoir on 20 March.', 'news')).toEqual(
      [],
    );
  });
});
