// Who wrote which text: the mediator's revised text and a bloc's counter-proposal are two texts,
// each with its authorship disputed in the same words ("it was written in Drava"). Who wrote the
// one is no claim about the other; two sources on one of them still link, and a text whose authors
// are the guarantor and the mediator in turn is still one text.
// Invented sentences about the Arvenia–Torvania talks (Norland mediates, the Union guarantees).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { oneText } from '../../src/evidence/textAuthor.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const authorship = (a: string, b: string) =>
  linkSources([doc('a', a, 'news', '2031-03-12'), doc('b', b, 'news', '2031-03-13')], roster).links.filter(
    (l) => l.reason.startsWith('who wrote it'),
  ).length > 0;

describe('the authors of two texts', () => {
  it('keeps a counter-proposal’s authors apart from the revised text’s (Council conclusions, wire)', () => {
    expect(
      authorship(
        'The Council adopted the seven-point counter-proposal prepared by the Union’s legal service and asked that it be transmitted to the mediator.',
        'FJELLBY, March 13 (Reuters) - The revised text was drafted by the Norland mediation team alone, a spokesman for the Foreign Ministry said on Thursday.',
      ),
    ).toBe(false);
    expect(
      authorship(
        'Diplomats in Brussels said the Union’s paper was drafted in Drava and only stamped by the Council.',
        'The mediators’ text, Kessel insists, was written in Fjellby by Norland’s own team.',
      ),
    ).toBe(false);
  });

  it('reads the text an "it" stands for in the sentences before it (a wire story, a channel post)', () => {
    expect(
      authorship(
        'Arvenian officials were dismissive of the rival paper adopted by the Union on Tuesday.\n\nIt was written in Drava, one of them told AFP, and nobody in Brussels pretends otherwise.',
        'Minister Solberg repeated that the revised text had been drafted by the Norland mediation team and by nobody else.',
      ),
    ).toBe(false);
    expect(
      authorship(
        '⚡️ The plan of the neighbours is out. It was written in Drava, not in Brussels, our sources say.',
        'A Foreign Ministry spokesperson said the revised framework was prepared by Norland’s envoys.',
      ),
    ).toBe(false);
  });

  it('still links two accounts of who wrote one text', () => {
    expect(
      authorship(
        'The Council adopted the seven-point counter-proposal prepared by the Union’s legal service.',
        'Two diplomats told the Guardian that the counter-proposal was written in Drava.',
      ),
    ).toBe(true);
    expect(
      authorship(
        'The revised text was drafted by the Norland mediation team, the Foreign Ministry said.',
        'Torvania says the revised text was written in Kessel and handed to the mediators.',
      ),
    ).toBe(true);
  });

  it('links a text the guarantor and the mediator are each said to have drafted', () => {
    expect(
      authorship(
        'The framework was drafted by the Union’s secretariat, not by Norland, according to a Council note.',
        'Minister Solberg said the framework was drafted by Norland.',
      ),
    ).toBe(true);
  });
});

// One passage per sentence: whether two sentences on who wrote a text may be on one text.
const sentence = (source: string, text: string) => passagesOf(doc(source, text), roster)[0]!;
const onOneText = (a: string, b: string) => oneText(sentence('a', a), sentence('b', b));

describe('who wrote a part and who wrote the whole text', () => {
  it('keeps the author of one article apart from the text named as a whole (readout, wire)', () => {
    const article = 'Two diplomats said Article 4 was drafted in Kessel by Torvanian lawyers.';
    expect(onOneText('The Foreign Minister said it is the Norland mediators’ text.', article)).toBe(false);
    expect(
      onOneText(
        'A spokesman said the plan had been written by Norland’s envoys.',
        'Officials insist that Annex II was prepared by the Union’s legal service.',
      ),
    ).toBe(false);
  });

  it('still takes two accounts of one article, or of the whole text, for one text', () => {
    expect(
      onOneText(
        'Two diplomats said Article 4 was drafted in Kessel by Torvanian lawyers.',
        'Arvenia maintains that Article 4 was written by the Norland mediators.',
      ),
    ).toBe(true);
    expect(
      onOneText(
        'A spokesman said the plan had been written by Norland’s envoys.',
        'Torvania says the 12-point plan was drafted in Kessel.',
      ),
    ).toBe(true);
  });
});

describe('a part only mentioned beside the whole text', () => {
  it('takes the whole text drafted "with its annex" and the whole text bare for one text', () => {
    expect(
      onOneText(
        'The framework was written by the Norland mediators, an aide said.',
        'The framework, together with its annex, was written by Torvanian lawyers, a diplomat said.',
      ),
    ).toBe(true);
    expect(
      onOneText(
        'The framework was written by the Norland mediators, an aide said.',
        'A newspaper column on this article of faith said the framework was written by Torvanian lawyers.',
      ),
    ).toBe(true);
  });

  it('still keeps a part named as what was written apart from the whole', () => {
    expect(
      onOneText(
        'The framework was written by the Norland mediators, an aide said.',
        'Diplomats said the water clause was written by Torvanian lawyers.',
      ),
    ).toBe(false);
    expect(
      onOneText(
        'The framework was written by the Norland mediators, an aide said.',
        'Article 6, one envoy said, had been written by Torvanian lawyers.',
      ),
    ).toBe(false);
    expect(
      onOneText(
        'The framework was written by the Norland mediators, an aide said.',
        'Article 6 is the Torvanian clause, drafted in Kessel.',
      ),
    ).toBe(false);
  });
});
