// A sitting of a round of talks and the round, told by two sources (sessionOfRound.ts). Invented
// sentences about the Arvenia–Torvania talks; published 2031-06-20.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const ROUND = 'Arvenia and Torvania met for a round of talks in Kessel from 9 to 11 June.';
const linked = (sitting: string) =>
  linkSources(
    [doc('a', sitting, 'news', '2031-06-20'), doc('b', ROUND, 'readout', '2031-06-20')],
    roster,
  ).links.some((l) => l.reason === 'one event');

describe('a sitting of a round and the round', () => {
  it('links a sitting on one of the round’s days at its place', () => {
    expect(linked('Two observers from Drava sat in on the closing session in Kessel on 11 June.')).toBe(true);
  });

  it('leaves a sitting on another day, in another town, or a meal', () => {
    expect(linked('Two observers from Drava sat in on the closing session in Kessel on 14 June.')).toBe(
      false,
    );
    expect(linked('Two observers from Drava sat in on the closing session in Fjellby on 11 June.')).toBe(
      false,
    );
    expect(linked('Two observers from Drava came to the dinner in Kessel on 10 June.')).toBe(false);
  });

  it('leaves a session held for a purpose of its own, and a sitting that names no place', () => {
    expect(linked('Dahl ran a training session for reporters in Kessel on 10 June.')).toBe(false);
    expect(linked('Norland held a session on its own budget on 10 June.')).toBe(false);
    expect(linked('Torvania walked out of the session on 10 June.')).toBe(false);
  });
});
