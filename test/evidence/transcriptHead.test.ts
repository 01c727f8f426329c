// A transcript's head above its first turn: an interview's headline in marks is the interviewee's
// words; a programme's or an episode's title in marks is nobody's. Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a transcript's head", () => {
  it("gives a weekly's headline in marks, over its standfirst, to the minister it interviews", () => {
    const text = [
      'DIE WOCHE | Ausland',
      'Norland Foreign Minister Ingrid Solberg',
      '"Nobody owns the annex, and nobody will"',
      'The minister on the Vell talks, the map and the monitors. Interview conducted by Jan Roth.',
      'DIE WOCHE: Minister, who wrote the annex?',
      'Solberg: The mediators, with both sides in the room.',
      'DIE WOCHE: Torvania says it was you.',
      'Solberg: Torvania is mistaken. Nobody owns the annex.',
      'DIE WOCHE: Thank you for this interview.',
      'MORE ON THE TOPIC\nVell talks: The map that nobody drew\nCommentary: Norland should step back',
    ].join('\n\n');
    const read = quotes(text);
    expect(read[0]).toEqual(['Nobody owns the annex, and nobody will', 'solberg']);
    expect(read.at(-1)).toEqual(['Thank you for this interview.', 'journalist']);
    expect(read.map(([, s]) => s)).toEqual([
      'solberg',
      'journalist',
      'solberg',
      'journalist',
      'solberg',
      'journalist',
    ]);
  });

  it("gives a business daily's headline to the one its dash answers are from", () => {
    const text = [
      'KESSEL BUSINESS',
      'Politics | 02.03.2031',
      '"We will not sign a text of orders"',
      'Citadel spokesman Pavel Surin told Kessel Business about the Vell talks. Interviewed by Ilya Gromov',
      'KESSEL BUSINESS: Has Torvania received the new text?',
      '- Yes, on Friday, through the envoy.',
      'KESSEL BUSINESS: Will you sign it?',
      '- We will not sign a text of orders.',
      'KESSEL BUSINESS: And the deadline?',
      '- There is none.',
    ].join('\n\n');
    expect(quotes(text)[0]).toEqual(['We will not sign a text of orders', 'surin']);
  });

  it("drops a podcast episode's title and a radio programme's name in marks", () => {
    const episode = [
      'The Vell Brief – Episode 40: "One river, two maps"',
      'Recorded 2 March 2031.',
      '[00:00:03] ANNA LUND: Hello and welcome. With me are Per Holm and Eva Brandt.',
      '[00:00:20] PER HOLM: Thanks, Anna.',
      '[00:00:22] EVA BRANDT: Glad to be here.',
      '[00:00:30] ANNA LUND: Per, what is on the table?',
      '[00:00:34] PER HOLM: A twelve-point text, and a map nobody has signed.',
    ].join('\n\n');
    expect(quotes(episode).map(([w]) => w)).not.toContain('One river, two maps');
    const radio = [
      'President Mira Kostal\'s interview on the "Kessel Morning" programme of Arvenian Radio',
      'Edit Halmos: Good morning, Madam President.',
      'Good morning.',
      'Edit Halmos: Is the accord close?',
      'It is closer than it was.',
      'Edit Halmos: Thank you.',
      'Thank you.',
    ].join('\n\n');
    expect(quotes(radio).map(([w]) => w)).not.toContain('Kessel Morning');
  });

  it("drops a panel programme's title line, where several guests answer", () => {
    const text = [
      'THE SUNDAY ROUND',
      '"A river between two capitals"',
      'Broadcast 2 March 2031',
      'HOST ANNA LUND: Welcome. Per Holm, Eva Brandt, thank you both for coming.',
      'PER HOLM: Thank you.',
      'EVA BRANDT: Glad to be here.',
      'ANNA LUND: Is the accord close?',
      'PER HOLM: Closer than it was.',
      'EVA BRANDT: Not as close as Kessel says.',
    ].join('\n\n');
    expect(quotes(text).map(([w]) => w)).not.toContain('A river between two capitals');
  });
});
