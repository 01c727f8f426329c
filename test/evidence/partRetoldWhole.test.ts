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
});
