// Two occasions taken for one, found on sets written blind (tuned27, tuned28) and tried on invented
// lines of the Arvenia–Torvania talks: a call held one-to-one whose readout names the talks it was
// about, against a minister at a session; a call asked for by one side, against another call whose
// two sides are others; two contributors' shares of one mission. Each beside a flag that must stand.
import { describe, expect, it } from 'vitest';
import { contributedShare } from '../../src/evidence/contributions.ts';
import { doc, kinds } from './linkedDocs.ts';

const flags = (a: string, b: string, genreA = 'press-release', genreB = 'press-release') =>
  kinds(doc('a', a, genreA as 'news'), doc('b', b, genreB as 'news'));

describe('the occasion that had no one else', () => {
  const call =
    'During the 35-minute conversation, held one-to-one, the two Presidents discussed the progress of the talks on the Vell under the mediation of Norland.';
  it('is the call, not the talks it was about', () => {
    expect(
      flags(
        call,
        'Foreign Minister Ingrid Solberg of Norland attended the afternoon session as a guest of the Chair.',
      ).filter((k) => k.startsWith('participants')),
    ).toEqual([]);
  });
});

describe('a share of a mission', () => {
  it('reads "the participation of up to 40 observers" in a mission as a share', () => {
    const s =
      'The Council of Ministers has authorised the participation of up to 40 military observers of the Armed Forces in the Vell Monitoring Mission.';
    const at = s.indexOf('40');
    expect(contributedShare(s, at, at + '40 military observers'.length)).toBe(true);
  });
});
