// Interviews that label their questions (the paper's initials or name, "Question:") and open each
// answer with a dash, as Ukrainian and Russian papers print them in translation. Texts invented for
// the test, in those house styles.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('labelled questions and answers opened by a dash', () => {
  it("gives an em-dash answer under a paper's initials to the one the headline names", () => {
    const text = [
      'Fjellby Pravda',
      'Interview',
      'Taras Melnyk: "The annex was written in one night"',
      'Olha Marchuk — Tuesday, 4 March 2031',
      'The chief of staff received us in his office on Monday evening.',
      'FP: When did you first read the annex?',
      '— On Sunday, late, like everyone. Nobody sent it to us before.',
      'FP: The envoy says you had it a week earlier.',
      '— He is mistaken. A briefing is not a text.',
      'FP: Will Arvenia sign in April?',
      '— Only if the map is in it.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['The annex was written in one night', 'melnyk'],
      ['When did you first read the annex?', 'journalist'],
      ['On Sunday, late, like everyone. Nobody sent it to us before.', 'melnyk'],
      ['The envoy says you had it a week earlier.', 'journalist'],
      ['He is mistaken. A briefing is not a text.', 'melnyk'],
      ['Will Arvenia sign in April?', 'journalist'],
      ['Only if the map is in it.', 'melnyk'],
    ]);
  });

  it("reads a business daily's hyphen answers under its masthead's label, and the pair before the first label", () => {
    const text = [
      'VEDOMOSTI NORD',
      'Politics | 02.03.2031',
      'Citadel spokesman Pavel Surin told Vedomosti Nord about the Vell talks and the annex',
      'Interviewed by Ilya Gromov',
      '- People say you wrote the annex yourselves. Is that so?\n- No. We saw it on paper, like everyone else.',
      'VEDOMOSTI NORD: Has Torvania received the new text?',
      '- Yes, on Friday, through the envoy.',
      'VEDOMOSTI NORD: And the deadline?',
      '- There is no deadline for a good text.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['People say you wrote the annex yourselves. Is that so?', 'journalist'],
      ['No. We saw it on paper, like everyone else.', 'surin'],
      ['Has Torvania received the new text?', 'journalist'],
      ['Yes, on Friday, through the envoy.', 'surin'],
      ['And the deadline?', 'journalist'],
      ['There is no deadline for a good text.', 'surin'],
    ]);
  });

  it('gives a "Question:" turn its own words and the en-dash answer under it, over several paragraphs', () => {
    const text = [
      'Interview of Foreign Minister Ingrid Solberg to the Kessel Daily',
      'Question: Is the Vell accord finished?',
      '– Almost. Two sentences in the annex are still open.\n\nAnd they are the hard ones.',
      'Question: Who holds them up?',
      '– Nobody holds anything up. Lawyers read slowly.',
      'Question: When will you sign?',
      '– When it is finished, and not a day before.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Is the Vell accord finished?', 'journalist'],
      ['Almost. Two sentences in the annex are still open. And they are the hard ones.', 'solberg'],
      ['Who holds them up?', 'journalist'],
      ['Nobody holds anything up. Lawyers read slowly.', 'solberg'],
      ['When will you sign?', 'journalist'],
      ['When it is finished, and not a day before.', 'solberg'],
    ]);
  });

  it("leaves a speaker's own list of points set off by dashes inside the speaker's turn", () => {
    const text = [
      'Press conference of President Mira Kostal',
      'Question: What is still open?',
      'KOSTAL: Three things.\n– the map;\n– the monitors;\n– the date.',
      'Question: And the annex?',
      'KOSTAL: It is closed.',
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['journalist', 'kostal', 'journalist', 'kostal']);
  });
});
