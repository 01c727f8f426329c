// Sentences that use a verb of writing, or "put forward", without naming who wrote a negotiated
// text (tuning sets 11, 12, 13, 19, 21, 22 in real house styles): "before anybody wrote a story
// about it", "a calendar written by others", "somebody in Kessel wrote it", "not written by our
// partners", "the ideas put forward by the Norland side"; and an idea proposed against a clause on
// something else. Each beside a case that must still flag. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const authorship = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  kinds(a, b).filter((k) => k.startsWith('authorship'));
const norlandWrote = doc(
  'b',
  'Foreign Minister Solberg insists the framework was "authored by Norland," the Fjellby daily reported.',
);

describe('a verb of writing that names no author of the text', () => {
  it('reads no author in a story, a calendar or a column written', () => {
    for (const line of [
      'President Kostal’s team was briefed on the framework on March 2 and had the document itself before anybody wrote a story about it.',
      'A senior Torvanian official said Torvania would "not be rushed into a calendar written by others" on the framework.',
      'Melnyk wrote a column about the framework in the Kessel daily on Sunday.',
    ])
      expect(authorship(doc('a', line), norlandWrote)).toEqual([]);
  });

  it('reads no author in "somebody in Kessel wrote it" or "our partners"', () => {
    const wire = doc(
      'a',
      'Surin also said Torvania had never seen the framework before Tuesday and that "somebody in Kessel wrote it and somebody in Brussels printed it."',
    );
    expect(authorship(wire, norlandWrote)).toEqual([]);
    const post = doc(
      'a',
      'Kostal wrote on Facebook: "I want to say it clearly: this framework was not written in Kessel and it was not written by our partners."',
    );
    expect(authorship(post, norlandWrote)).toEqual([]);
  });

  it('still flags a denial that says others wrote it', () => {
    const denial = doc(
      'a',
      'Solberg told reporters the framework "was written by others, not by Norland, and handed to us in Kessel."',
    );
    expect(authorship(denial, norlandWrote)).toEqual(['authorship ab']);
  });

  it('still reads the author a sentence names', () => {
    for (const line of [
      'Surin said that "Arvenia wrote the framework and Brussels printed it."',
      'A senior Torvanian official said the framework was written by Arvenia.',
      'Melnyk wrote the framework in Kessel, the daily reported.',
      'A senior Torvanian official said Arvenia wrote the post-war framework.',
    ])
      expect(authorship(doc('a', line), norlandWrote)).toEqual(['authorship ab']);
  });
});

describe('ideas put forward', () => {
  const clause = doc(
    'b',
    'The aide said that point seven, on the zone around the Vell dam, "is our wording, proposed by the Torvanian side in February".',
  );
  it('takes ideas in general for no text, and an idea for no clause on another thing', () => {
    const ideas = doc(
      'a',
      'The President stressed that the ideas put forward by the Arvenian side are subject to further study.',
    );
    expect(authorship(ideas, clause)).toEqual([]);
    const pause = doc(
      'a',
      'President Kostal put forward the idea of a mutual 30-day pause in strikes on energy facilities.',
    );
    expect(authorship(pause, clause)).toEqual([]);
  });
  it('still flags two authors of one idea', () => {
    const zone = doc(
      'a',
      'The idea of a thirty-kilometre zone free of heavy weapons was put on the table by the Torvanian delegation, by me, in the morning session.',
    );
    const article = doc(
      'b',
      'Article 6, which requires both sides to pull heavy weapons back from a 30-km zone around the dam, is agreed and was drafted by Arvenia, Melnyk said.',
    );
    expect(authorship(zone, article)).toEqual(['authorship ab']);
  });
});
