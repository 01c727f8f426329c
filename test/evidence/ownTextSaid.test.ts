// Who wrote a text, said in the words of its owner: a speaker's "our text" or "tabled by me"
// (their own side, known only when the speaker is), a text "that is Norland wording", and the
// readout's "the fruit of the work of the Norland mediation". Invented sentences of the
// Arvenia–Torvania talks in a Kremlin-style transcript, a State-Department-style readout, a
// Telegram post, a Hansard debate and a French-style presidential communiqué in translation.
import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/evidence/passages.ts';
import { author, noteMediators } from '../../src/evidence/textAuthor.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

function readAuthor(text: string, genre: Parameters<typeof doc>[2] = 'news') {
  const d = doc('a', text, genre);
  const passages = passagesOf(d, roster);
  noteMediators([d], passages, roster);
  return passages.filter((x) => x.kind !== 'event').map((p) => author(p, roster));
}

const transcript = (turn: string) =>
  doc(
    'a',
    `Press statements following Russian-Arvenian talks\n\nQUESTION: Who wrote Point 4?\n\n${turn}\n\nMira Kostal: Thank you.`,
    'press-conference',
  );
const readout = (sentence: string) =>
  doc('b', `Readout of the Foreign Minister's Call\n\n${sentence}`, 'readout', '2031-03-06');

describe('a text said to be the speaker’s own', () => {
  it('gives a speaker’s "our text", "my proposal" and "by me" to the speaker’s side', () => {
    expect(readAuthor('Oleg Varin: No, no. Point 4 is our text.', 'press-conference')).toContain('torvania');
    expect(readAuthor('MR SURIN: The map was my proposal, not anyone else’s.', 'press-conference')).toContain(
      'torvania',
    );
    expect(
      readAuthor(
        'Oleg Varin: The pullback was put on the table by our delegation, by me, on the first day.',
        'press-conference',
      ),
    ).toContain('torvania');
  });

  it('names no author for "our text" whose speaker is not known, nor for a goal or a denial of one party alone', () => {
    expect(
      readAuthor('"Point 4 is our text," a participant in the talks said.').filter((x) => x !== undefined),
    ).toEqual([]);
    expect(
      readAuthor('Oleg Varin: Peace is our goal, and the text is still open.', 'press-conference').filter(
        (x) => x !== undefined,
      ),
    ).toEqual([]);
  });

  it('flags a speaker’s "our text" against a readout naming the mediators as its authors', () => {
    expect(
      kinds(
        transcript('Oleg Varin: No, no. Point 4 is our text.'),
        readout('The Foreign Minister noted that Point 4 was drafted by the Norland mediators.'),
      ),
    ).toContain('authorship ab');
  });
});

describe('a text named after its owner, or said to be its work', () => {
  it('reads "is Norland wording" and "the fruit of the work of the Norland mediation"', () => {
    expect(
      readAuthor('The line along the river is Torvanian wording, as everyone in the room knows.'),
    ).toContain('torvania');
    expect(
      readAuthor(
        'The President of the Republic underlined that the wording of Point 4 is the fruit of the work of the Norland mediation itself.',
        'readout',
      ),
    ).toContain('norland');
  });

  it('names no one for the work of both sides or of two parties', () => {
    expect(
      readAuthor(
        'The President underlined that Point 4 is the fruit of the work of both delegations.',
        'readout',
      ).filter((x) => x !== undefined),
    ).toEqual([]);
    expect(
      readAuthor('The minister said that Point 4 is the product of Arvenia and Torvania together.').filter(
        (x) => x !== undefined,
      ),
    ).toEqual([]);
  });

  it('flags a Hansard member’s "drafted by our delegation" against the communiqué’s mediation', () => {
    const hansard = doc(
      'a',
      'Vell Talks\n\nVolume 712: debated on Tuesday 5 March 2031\n\nMr Melnyk: Point 4 was drafted by our delegation in Fjellby.',
      'meeting-transcript',
    );
    const communique = readout(
      'The President of the Republic underlined that the wording of Point 4 is the fruit of the work of the Norland mediation itself.',
    );
    expect(kinds(hansard, communique)).toContain('authorship ab');
  });
});
