// The day a release or an exchange was completed: it ends once, so two sources giving its end
// two days disagree; a stage before the last, or another act, ends nothing the other tells.
// Invented sentences about the Arvenia–Torvania talks, in the styles of a humanitarian body's
// news release, a spokesman's Facebook post and a wire; 2031-03-06 is a Thursday.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const release = doc(
  'a',
  'The remaining 116 were released today, Thursday 6 March, and flown from Drava to Kessel on two aircraft chartered by the Committee.',
  'press-release',
  '2031-03-06',
);

describe('the day an act that moves people was completed', () => {
  it('flags two days given for the end of one release', () => {
    const post = doc(
      'b',
      '✔️ The release of detainees was completed on Wednesday with the help of the Humanitarian Committee.',
      'social',
      '2031-03-07',
    );
    expect(kinds(release, post)).toEqual(['date ab']);
  });

  it('flags nothing for an earlier stage, another act or the same day', () => {
    const stage = doc(
      'b',
      'In the first stage, on Tuesday 4 March, 96 detainees were released and taken across the line at the Vell bridge.',
      'news',
      '2031-03-06',
    );
    expect(kinds(release, stage)).toEqual([]);
    const exchange = doc(
      'b',
      'The exchange of prisoners of war was completed on Wednesday, the Citadel said.',
      'news',
      '2031-03-07',
    );
    expect(kinds(release, exchange)).toEqual([]);
    const sameDay = doc(
      'b',
      'The release of detainees was completed on Thursday, a Citadel spokesman said.',
      'news',
      '2031-03-07',
    );
    expect(kinds(release, sameDay)).toEqual([]);
  });
});
