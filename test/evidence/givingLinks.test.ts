// Money a donor promises, and the vocabulary of a pause and of the parties' answers, as
// sources word them differently: a readout's "contribution", a joint statement's "pledge by
// Arvenia of", a channel post's "donate". Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const linked = (a: string, b: string) =>
  linkSources([doc('a', a, 'readout'), doc('b', b, 'joint-statement')], roster);

describe('a pledge and its giver', () => {
  it('links a contribution with the pledge by its donor of another sum, and flags the two sums', () => {
    const { links, disagreements } = linked(
      'The Minister said that Arvenia has decided to extend a contribution of 20 million euros for mine clearance along the Vell.',
      'The ministers welcomed the pledge by Arvenia of EUR 25 million for mine clearance and invited other partners to contribute.',
    );
    expect(links.map((l) => l.reason)).toEqual(['one count of eur']);
    expect(disagreements.map((d) => d.kind)).toEqual(['number']);
  });

  it('does not link a loan from one donor with a pledge by another for another purpose', () => {
    const { links } = linked(
      'The Union announced a loan from the Union of 30 million euros for rebuilding the port of Drava.',
      'The ministers welcomed the pledge by Arvenia of EUR 25 million for mine clearance along the Vell.',
    );
    expect(links).toEqual([]);
  });
});

describe('negotiation vocabulary read as one meaning', () => {
  it('reads a halt, a pause and refraining as one; a response, a reply and an answer as one', () => {
    for (const [a, b] of [
      ['a 30-day halt to strikes', 'the pause on strikes'],
      ['refraining from strikes', 'a moratorium on strikes'],
      ['the responses of the parties', 'a reply from the parties'],
      ['both sides must answer', 'both sides must respond'],
      ['a pledge of aid', 'a contribution of aid'],
    ])
      expect([...meaningWords(a!)].filter((w) => meaningWords(b!).has(w)).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a strike and its halt apart, and a deadline apart from the answer it asks for', () => {
    expect(meaningWords('a halt').has('attack')).toBe(false);
    expect(meaningWords('the reply').has('deadline')).toBe(false);
  });
});
