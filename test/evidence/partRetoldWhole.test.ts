// One person's words that a part of the text is agreed, retold by another source as the whole text
// agreed: two renderings of what that person said that cannot both be right. Invented lines of the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const part = doc(
  'a',
  '"The chapter on river flow is agreed," Mira Kostal said on Monday.',
  'news',
  '2031-03-05',
);

describe('a part agreed, retold as the whole', () => {
  it('flags the whole text agreed given to the person who said a part is', () => {
    const retold = doc(
      'b',
      'On Tuesday Mira Kostal declared that "the whole text is agreed", a claim Torvania rejected within hours.',
      'news',
      '2031-03-07',
    );
    expect(kinds(part, retold)).toContain('quote ab');
  });

  it('leaves the maxim, and the whole given to another person', () => {
    const maxim = doc(
      'b',
      'On Tuesday Mira Kostal repeated that nothing is agreed until everything is agreed.',
      'news',
      '2031-03-07',
    );
    expect(kinds(part, maxim)).not.toContain('quote ab');
    const other = doc(
      'b',
      'On Tuesday Pavel Surin declared that "the whole text is agreed", a claim Arvenia rejected within hours.',
      'news',
      '2031-03-07',
    );
    expect(kinds(part, other)).not.toContain('quote ab');
  });

  it('leaves the whole denied or doubted anywhere in its clause', () => {
    for (const said of [
      '"I have never once said that the whole text was agreed," Mira Kostal told reporters on Tuesday.',
      'On Tuesday Mira Kostal dismissed claims that the whole text was agreed.',
      'On Tuesday Mira Kostal said it was premature to say that everything is agreed.',
    ])
      expect(kinds(part, doc('b', said, 'news', '2031-03-06'))).not.toContain('quote ab');
  });

  it('leaves the whole said by someone unnamed of a sentence that names the person only as asked about', () => {
    const official = doc(
      'b',
      "Asked about Mira Kostal's hopeful remarks, a Torvanian official said on Tuesday that the whole text was agreed.",
      'news',
      '2031-03-06',
    );
    expect(kinds(part, official)).not.toContain('quote ab');
  });

  it('leaves the whole said weeks after the part: the talks may have moved on', () => {
    const later = doc('b', 'Mira Kostal declared that "the whole text is agreed".', 'news', '2031-04-23');
    expect(kinds(part, later)).not.toContain('quote ab');
  });
});
