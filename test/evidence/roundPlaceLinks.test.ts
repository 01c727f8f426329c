// A round of talks whose place its sentence names past the round's own clause: "the leaders
// discussed the talks …, following the first round hosted by Norland in Velmar last week". The place the
// round was read with ties it to another source's undated round there. Invented readouts and
// briefings about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('a round tied by the place it was read with', () => {
  it('links a readout that names the round past its clause with a briefing on the round there', () => {
    const readout = doc(
      'readout',
      'The leaders discussed the talks between Arvenia and Torvania on the Vell river, following the first round hosted by Norland in Velmar last week.',
      'readout',
      '2031-03-12',
    );
    const briefing = doc(
      'briefing',
      'We welcome the positive progress made in the first round of talks in Velmar.',
      'press-conference',
      '2031-03-13',
    );
    expect(eventPairs([readout, briefing])).toEqual(['briefing-readout']);
  });

  it('keeps apart undated rounds read with two places', () => {
    const readout = doc(
      'readout',
      'The leaders discussed the talks between Arvenia and Torvania on the Vell river, following the first round hosted by Norland in Velmar last week.',
      'readout',
      '2031-03-12',
    );
    const briefing = doc(
      'briefing',
      'We welcome the positive progress made in the first round of talks in Ostrava.',
      'press-conference',
      '2031-03-13',
    );
    expect(eventPairs([readout, briefing])).toEqual([]);
  });
});
