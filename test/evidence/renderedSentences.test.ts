// One sentence of one speaker's in two renderings (renderings.ts): translators swap whole
// phrases ("put our signature on" for "sign", "unable to" for "cannot", "let us see" for
// "read"), so two translations share few words as written and must still be linked. Invented
// lines of the Arvenia–Torvania talks in the house styles that quote one remark twice: a
// Kremlin-style transcript and a Telegram channel, a State-Department-style readout and a wire,
// a Hansard debate and a presidency's page.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { speakerKey } from '../../src/evidence/quoteFlags.ts';
import { oneSentenceRendered } from '../../src/evidence/renderings.ts';
import { doc, readoutQuoting, wireQuoting } from './linkedDocs.ts';
import { roster } from './roster.ts';

const RENDERED = 'one sentence in other words';
const reasons = (...docs: ReturnType<typeof doc>[]) => linkSources(docs, roster).links.map((l) => l.reason);
/** Whether some quotation of each document renders one sentence (alike words may link them first). */
const rendersOne = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) => {
  const quotes = (d: ReturnType<typeof doc>) => passagesOf(d, roster).filter((p) => p.kind === 'quote');
  return quotes(a).some((x) => quotes(b).some((y) => oneSentenceRendered(x, y, roster, speakerKey)));
};

const transcript = (words: string) =>
  doc(
    'a',
    `Press statements following Russian-style talks\n\n[Translated from Torvanian]\n\nOleg Varin: ${words}\n\nMira Kostal: Thank you.`,
    'press-conference',
    '2031-03-05',
  );
const channel = (words: string, published = '2031-03-06') =>
  doc('b', `Citadel Press Service\n\n[06.03.2031 09:12]\n\nPresident Varin: "${words}"`, 'social', published);
const [readout, wire] = [readoutQuoting, wireQuoting];

describe('one sentence in two renderings', () => {
  it('links two translations that word the verb, the object and the negation their own way', () => {
    expect(
      reasons(
        readout('we will sign nothing that nobody has shown us'),
        wire('We will not put our name to a text no one has let us see'),
      ),
    ).toContain(RENDERED);
    expect(
      rendersOne(
        transcript('We are not going to sign a paper that the people of the valley are unable to read.'),
        channel('We will not put our signature on a document the inhabitants of the valley cannot read.'),
      ),
    ).toBe(true);
  });

  it('links a short fragment quoted from the longer rendering', () => {
    expect(
      reasons(
        transcript('We are not going to sign a paper that nobody has read.'),
        wire('a document that no one has seen', 'Varin'),
      ),
    ).toContain(RENDERED);
  });

  it('does not link two speakers, two polarities, months apart, or sentences sharing a topic only', () => {
    // Another speaker's words in the same phrases.
    expect(
      rendersOne(
        readout('we will sign nothing that nobody has shown us'),
        wire('We will not put our name to a text no one has let us see', 'Varin'),
      ),
    ).toBe(false);
    // One affirms what the other denies: no rendering of it.
    expect(
      rendersOne(
        readout('we will sign the paper that everybody has been shown'),
        wire('We will not put our name to a text no one has let us see'),
      ),
    ).toBe(false);
    // The same words months later are the line said again.
    expect(
      rendersOne(
        readout('we will sign nothing that nobody has shown us'),
        wire('We will not put our name to a text no one has let us see', 'Kostal', '2031-07-06'),
      ),
    ).toBe(false);
    // Two sentences of one speaker about the text and its signature, a Hansard turn and a page.
    const hansard = doc(
      'a',
      'Vell Talks\n\nVolume 712: debated on Tuesday 5 March 2031\n\nMr Melnyk: The text will be sent to the President for signature once the Assembly has voted.',
      'meeting-transcript',
      '2031-03-05',
    );
    const page = doc(
      'b',
      'President of Arvenia\n\n6 March 2031\n\n"This morning I signed the text in Kessel," Melnyk said.',
      'press-release',
      '2031-03-06',
    );
    expect(rendersOne(hansard, page)).toBe(false);
  });

  it('does not take a journalist’s question for a rendering of the answer', () => {
    const briefing = doc(
      'a',
      'Press briefing by the Ministry Spokesperson\n\nQUESTION: Kessel says it will not sign a paper nobody has read?\n\nMR SURIN: We have nothing to add.',
      'press-conference',
      '2031-03-05',
    );
    expect(rendersOne(briefing, wire('We will not put our name to a text no one has read'))).toBe(false);
  });

  it('takes a short sentence rendered whole for one sentence, but not one that adds a word', () => {
    expect(
      rendersOne(transcript('The annex is agreed, largely.'), channel('The annex is fully agreed.')),
    ).toBe(true);
    expect(rendersOne(transcript('The annex is agreed.'), channel('The annex is agreed and signed.'))).toBe(
      false,
    );
  });
});
