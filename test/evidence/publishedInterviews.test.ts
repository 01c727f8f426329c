// A published interview labels its questions with the publication's own name ("SPIEGEL:",
// "Vell Herald:") and may open under a headline that gives the answer's words after the one who
// said them ('Ada Lind: "We will not sign"'). Texts invented for the test, in real house styles.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a publication's name as the question's label", () => {
  it('gives the questions of a weekly that writes its masthead as the label to the journalist', () => {
    const text = [
      'DER WOCHENSPIEGEL',
      "Interview with Norway's envoy",
      'WOCHENSPIEGEL: Mr. Dahl, is the Vell accord finished?',
      'Dahl: Almost. Two sentences in the annex are still open.',
      'WOCHENSPIEGEL: Which two?',
      'Dahl: I will not say that in a magazine.',
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['journalist', 'dahl', 'journalist', 'dahl']);
  });

  it("gives a newspaper's questions to the journalist when the head calls the text an interview", () => {
    const text = [
      'THE FJELLBY COURIER',
      'Interview',
      'Foreign Minister Ingrid Solberg spoke to the Courier on Tuesday.',
      'Fjellby Courier: Is the accord final?',
      'Solberg: It is agreed in principle.',
      'Fjellby Courier: When will it be signed?',
      'Solberg: On Monday, if the lawyers finish.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Is the accord final?', 'journalist'],
      ['It is agreed in principle.', 'solberg'],
      ['When will it be signed?', 'journalist'],
      ['On Monday, if the lawyers finish.', 'solberg'],
    ]);
  });

  it('keeps a label naming a person who shares a word with the masthead as that person', () => {
    const text = [
      'VARIN WEEKLY',
      'Interview',
      'Varin: We read the text on Monday.',
      'Question: And?',
      'Varin: It needs work.',
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['varin', 'journalist', 'varin']);
  });
});

describe('a headline that gives the words after their speaker', () => {
  it("reads the quotation alone, not the standfirst under it as the speaker's turn", () => {
    const text = [
      'THE FJELLBY COURIER',
      'Interview',
      'Ingrid Solberg: "Nobody owns the annex"',
      'The foreign minister spoke to the Courier in her office on Tuesday. The interview has been edited for length.',
      'Fjellby Courier: Who wrote the annex?',
      'Solberg: The mediator. Nobody owns the annex.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Nobody owns the annex', 'solberg'],
      ['Who wrote the annex?', 'journalist'],
      ['The mediator. Nobody owns the annex.', 'solberg'],
    ]);
  });
});
