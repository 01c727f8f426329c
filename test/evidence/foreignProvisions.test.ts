// A point of a speaker's own argument and an article of another named instrument are no provision
// of the negotiated text: neither is read as its numbered provision nor linked to the draft's.
// Invented sentences about the Arvenia–Torvania talks: a press-conference transcript, a Hansard-
// style debate, a ministry comment, a wire story and a think-tank note.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { provisionNumbers } from '../../src/evidence/provisionNumbers.ts';
import type { ProvisionRef } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

const numbers = (text: string) => [
  ...provisionNumbers({ source: 'a', span: [0, text.length], text, kind: 'sentence' } as Passage),
];
const draft: ProvisionRef[] = [1, 2, 3, 5, 51].map((n) => ({
  number: `${n}.`,
  path: `art${n}`,
  text: '',
  topics: [],
}));
/** The draft provisions the sentence's numbered mentions are linked to. */
const linked = (text: string) =>
  extractClaims(text, { roster, published: '2031-03-05', genre: 'news', provisions: draft })
    .filter((c) => c.kind === 'mention' && /^point /.test(String((c.data as { id: string }).id)))
    .flatMap((c) => (c.data as { provisions: string[] }).provisions);

describe("a point of one's own argument", () => {
  it('is no provision of the text', () => {
    expect(numbers('DAHL: The first point I would make is that the guns must fall silent first.')).toEqual(
      [],
    );
    expect(numbers("Ms Kostal: The second point that I'd like to stress is the dam.")).toEqual([]);
    expect(numbers('MR. SURIN: And the third point to make here is simple: no talks under fire.')).toEqual(
      [],
    );
    expect(
      numbers('The Minister: My point 2 is about the prisoners, and my point 3 about the river.'),
    ).toEqual([]);
    expect(linked('SOLBERG: My point 2 is about the prisoners.')).toEqual([]);
  });

  it("still reads the text's own points", () => {
    expect(numbers('The ninth point provides for a pullback of ten kilometres.')).toEqual([9]);
    expect(numbers('The second point we agreed on covers the dam.')).toEqual([2]);
    expect(numbers('Arvenia objects to point 3 of the framework.')).toEqual([3]);
    expect(linked('Arvenia objects to point 3 of the framework.')).toEqual(['art3']);
  });
});

describe("another instrument's article", () => {
  it("is not the draft's", () => {
    expect(numbers("NATO's Article 5 is not on the table, the Citadel said.")).toEqual([]);
    expect(numbers('Article 5 of the Washington Treaty has been invoked once.')).toEqual([]);
    expect(numbers('Arvenia cited Article 51 of the UN Charter.')).toEqual([]);
    expect(numbers("The Union's Article 42 binds its members, a diplomat noted.")).toEqual([]);
    expect(numbers('Kessel wants Article 5-style guarantees from the Union.')).toEqual([]);
    expect(numbers('Article 8 of the Rome Statute defines the crime.')).toEqual([]);
    expect(linked("NATO's Article 5 is not on the table, the Citadel said.")).toEqual([]);
    expect(linked('Article 5 of the Washington Treaty has been invoked once.')).toEqual([]);
    expect(linked('Arvenia cited Article 51 of the UN Charter.')).toEqual([]);
  });

  it("still reads the draft's own articles", () => {
    expect(numbers('Article 5 of the draft covers the dam.')).toEqual([5]);
    expect(numbers('Article 5 of the Draft Fjellby Treaty covers the dam.')).toEqual([5]);
    expect(numbers("Torvania's negotiators rejected Article 5 outright.")).toEqual([5]);
    expect(linked('Article 5 of the draft covers the dam.')).toEqual(['art5']);
  });
});
