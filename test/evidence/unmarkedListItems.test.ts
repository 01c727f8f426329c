// A list copied from a page without its marks: after a speaker's colon, each item a line of its own
// opening in lower case and closed by a semicolon, the last by a stop. Near misses: a paragraph in
// lower case after a colon that is a sentence run on, and the story's paragraph after the list.
// Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const story = (items: string[]) =>
  [
    'Envoy lists conditions for the third round',
    '',
    'FJELLBY, March 4 (Wire) - The talks on the Vell river resumed on Tuesday.',
    '',
    'Mira Kostal set out her conditions:',
    '',
    ...items.flatMap((item) => [item, '']),
    'The delegations meet again on Friday.',
  ].join('\n');

describe('a list under a speaker’s colon, its marks lost', () => {
  it('reads each item in lower case, closed by its semicolon, as the speaker’s words', () => {
    const read = quotesRead(
      story([
        '    a weekly count of the water drawn at each dam;',
        '    a joint patrol of the upper river;',
        '    the release of the detained fishermen.',
      ]),
      'wire.txt',
      30,
    );
    expect(read).toEqual([
      ['kostal', 'a weekly count of the water dr'],
      ['kostal', 'a joint patrol of the upper ri'],
      ['kostal', 'the release of the detained fi'],
    ]);
  });

  it('reads no sentence run on in lower case after the colon as a list', () => {
    expect(quotesRead(story(['which the other side has not yet answered.']), 'wire.txt', 30)).toEqual([]);
  });
});
