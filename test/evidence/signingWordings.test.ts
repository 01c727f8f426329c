// A signing still to come, told in words the signing triggers did not read: the verb in the third
// person ("signs first on 2 April"), the accord "will be signed", the signing that "goes ahead", and
// the signing whose day a relative clause gives ("its signing, which is now planned for 11 May").
// Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a signing to come', () => {
  it('is a meeting on its day, whichever of these wordings tells it', () => {
    expect(events('Torvania signs first on 2 April, then Arvenia.', 'news')).toEqual([
      ['meeting', '2031-04-02'],
    ]);
    expect(events('The framework will be signed in Fjellby on 2 April.', 'press-conference')).toEqual([
      ['meeting', '2031-04-02'],
    ]);
    expect(events('Officials said the signing goes ahead on 3 April.', 'news')).toEqual([
      ['meeting', '2031-04-03'],
    ]);
    expect(
      events(
        'The ministry objected to the accord and its signing, which is now planned for 20 March in Fjellby.',
        'press-release',
      ),
    ).toEqual([['meeting', '2031-03-20']]);
  });

  it('is not read in signs that are things, nor in a signing no day or plan is given', () => {
    expect(events('New road signs in Fjellby went up on 2 April.', 'news')).toEqual([]);
    // The order of signatures, on no day nor place of its own, is no occasion.
    expect(events('The parties settled that Torvania signs first, Arvenia second.', 'readout')).toEqual([]);
    expect(events('The signing, which nobody had planned for, surprised the delegations.', 'news')).toEqual(
      [],
    );
  });
});
