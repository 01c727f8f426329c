// A line that ends in a colon introduces what follows ("The Council adopted the following
// conclusions at its meeting on 18 March:"): it is the body's first sentence, not a title the
// body's next event would take the place of. Pages invented for the test, in the styles of council
// conclusions, a ministry release and a joint communiqué; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { EventClaim } from './eventsOf.ts';
import { roster } from './roster.ts';

const eventsOf = (text: string, genre: Genre) =>
  extractClaims(text, { roster, genre, published: '2031-03-05' })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((c) => [c.data.eventKind, c.data.date ?? null, c.text.slice(0, 40)]);

describe('a line that ends in a colon', () => {
  it('keeps the sitting it names as its own event, apart from the round an item recalls', () => {
    expect(
      eventsOf(
        'Council of the Union\nPress release\n\nOsterby settlement: Council adopts conclusions and presents its counter-proposal\n\nThe Council adopted the following conclusions at its meeting on 5 March 2031:\n\n1. The Council welcomes the round of talks held in Osterby from 2 to 3 March 2031.\n\n2. The Council takes note of the revised text that emerged from the Osterby round.',
        'press-release',
      ),
    ).toEqual([
      ['meeting', '2031-03-05', 'The Council adopted the following conclu'],
      ['talks', '2031-03-02', 'The Council welcomes the round of talks '],
    ]);
    expect(
      eventsOf(
        'Ministry of Foreign Affairs\n\nMinisters meet in Drava\n\nAt their meeting in Drava on 3 March 2031, the ministers agreed as follows:\n\n- to hold the next round of talks in Kessel in April;\n\n- to meet again in May.',
        'press-release',
      )[0],
    ).toEqual(['meeting', '2031-03-03', 'At their meeting in Drava on 3 March 203']);
  });
});
