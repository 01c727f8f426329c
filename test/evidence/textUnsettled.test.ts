// The negotiated text said unsettled or settled without being the subject of "is agreed": "there
// is no agreed text yet", "nothing in the text is final", "the framework remains a working
// document", "the two parties agreed the final text", and a bare "it's agreed" after a question
// about the deal. A part, a framework for talks, a plan to meet, a partnership that is "close"
// and a text agreed weeks after it was said open are no such claim or no contradiction.
// Invented lines about the Arvenia–Torvania talks in readout, transcript, post and wire styles.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/evidence/status.ts';
import { wholeTextValue } from '../../src/evidence/wholeText.ts';
import { doc, kinds } from './linkedDocs.ts';

const status = (text: string) => statusOf({ text, words: new Set(['text']) } as never)?.value;

describe('the whole text said unsettled or settled in other words', () => {
  it('reads no agreed text, nothing of it final, a working document, the parties agreeing it', () => {
    expect(wholeTextValue('But there is no agreed text yet.')).toBe('open');
    expect(wholeTextValue('The Ministry stresses that there is no agreed text of any peace agreement.')).toBe(
      'open',
    );
    expect(wholeTextValue('Not everything was agreed, and there is no question of any final text yet.')).toBe(
      'open',
    );
    expect(wholeTextValue('Minister Varin stressed that nothing in the Fjellby text is final.')).toBe('open');
    expect(
      wholeTextValue('The updated framework remains a working document, no provision of it is final.'),
    ).toBe('open');
    expect(wholeTextValue('The document remains only a basis for further work, the Citadel said.')).toBe(
      'open',
    );
    expect(
      wholeTextValue(
        'After three days in Fjellby, the two parties agreed the final text of the Framework on Sunday.',
      ),
    ).toBe('final');
    expect(
      wholeTextValue('Our team and the Torvanian delegation AGREED on the updated 12-point framework.'),
    ).toBe('final');
  });

  it('reads no state of the whole text in a part, a framework for talks or a plan to meet', () => {
    expect(wholeTextValue('There is no agreed text on the Vell corridor yet.')).toBeUndefined();
    expect(wholeTextValue('The parties agreed the text of Article 6.')).toBeUndefined();
    expect(wholeTextValue('The two delegations agreed on the framework for the next round.')).toBeUndefined();
    expect(wholeTextValue('The ministers agreed the plan to meet again in May.')).toBeUndefined();
  });

  it('reads no agreeing where the parties did not agree it, are asked whether they did, or agreed a clause on it', () => {
    // A readout's denial, a wire's question, a Hansard answer's clause about the text.
    expect(
      wholeTextValue('We have not agreed the final text, the Torvanian delegation said.'),
    ).toBeUndefined();
    expect(wholeTextValue('The two delegations never agreed on the framework.')).toBeUndefined();
    expect(
      wholeTextValue('It remains unclear whether the parties agreed the text on Friday.'),
    ).toBeUndefined();
    expect(
      wholeTextValue('The parties agreed the document should be revised before any signing.'),
    ).toBeUndefined();
    // Was read final: the clause after "agreed" says the text is not.
    expect(wholeTextValue('The parties agreed the text is not yet final.')).toBe('open');
    expect(wholeTextValue('On Tuesday the two parties agreed the final text of the Framework.')).toBe(
      'final',
    );
  });

  it('reads "not a done deal", "everything except two points" and "we are very close" as open', () => {
    expect(status('It is not a done deal.')).toBe('open');
    expect(status('Everything except two points has been settled.')).toBe('open');
    expect(status('We are very close.')).toBe('open');
    expect(status('Nothing in the Fjellby text is final.')).toBe('open');
    expect(status('No provision of it is final.')).toBe('open');
    expect(status('We are close partners of Arvenia.')).toBeUndefined();
  });
});

describe('two sources on the text’s state in other words', () => {
  it('flags a press gaggle’s bare "it’s agreed" after a question on the deal against a post', () => {
    const gaggle = doc(
      'a',
      'Q: Is there a deal or not?\n\nMR. DAHL: Look, it’s agreed, basically. The lawyers are looking at it.',
      'press-conference',
      '2031-03-09',
    );
    const post = doc('b', 'Pavel Surin\n\nBut there is no agreed text yet. 🇹🇻', 'social', '2031-03-08');
    expect(kinds(gaggle, post)).toEqual(['status ab']);
  });

  it('flags a mediator’s readout of the final text agreed against a ministry’s "no agreed text"', () => {
    const readout = doc(
      'a',
      'Under the auspices of Norland, the two parties agreed the final text of the Vell Framework in Fjellby today.',
      'readout',
      '2031-03-10',
    );
    const ministry = doc(
      'b',
      'The Ministry of Foreign Affairs of Torvania emphasises that there is no agreed text of any accord.',
      'press-release',
      '2031-03-11',
    );
    expect(kinds(readout, ministry)).toEqual(['status ab']);
  });

  it('does not flag a text said unsettled weeks before it was agreed', () => {
    const early = doc(
      'a',
      'KESSEL, Feb 2 (Tessin Wire) - Arvenia said nothing in the Fjellby text is final.',
      'news',
      '2031-02-02',
    );
    const late = doc(
      'b',
      'Under the auspices of Norland, the two parties agreed the final text of the Vell Framework in Fjellby today.',
      'readout',
      '2031-03-10',
    );
    expect(kinds(early, late)).toEqual([]);
  });
});
