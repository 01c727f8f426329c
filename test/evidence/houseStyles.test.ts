// Press conferences, briefings and readouts in the house styles of real offices the corpus lacks:
// a foreign ministry's regular press conference, an alliance's moderated one, the UN noon
// briefing, a prime minister's call readout. Content invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' });
const quotes = (text: string) =>
  read(text)
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a foreign ministry's regular press conference", () => {
  it('reads outlets as labels ("CCTV:", "Bloomberg:") and in brackets after "Q:" as journalists asking', () => {
    const text = [
      "Foreign Ministry Spokesperson Pavel Surin's Regular Press Conference on March 5, 2031",
      'Pavel Surin: Good afternoon. The delegation will attend the next round in Fjellby.',
      "CCTV: The envoy said the sides are close to a text. What is Torvania's comment?",
      'Pavel Surin: We are ready to work with Arvenia in good faith.',
      'Q: [Reuters] Will President Varin travel to Fjellby?',
      'A: I have no information to release at the moment.',
      'China Daily: A follow-up. Some reports say the annex is not agreed.',
      'Pavel Surin: I would refer you to the competent authorities.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Good afternoon. The delegation will attend the next round in Fjellby.', 'surin'],
      ["The envoy said the sides are close to a text. What is Torvania's comment?", 'journalist'],
      ['We are ready to work with Arvenia in good faith.', 'surin'],
      ['Will President Varin travel to Fjellby?', 'journalist'],
      ['I have no information to release at the moment.', 'surin'],
      ['A follow-up. Some reports say the annex is not agreed.', 'journalist'],
      ['I would refer you to the competent authorities.', 'surin'],
    ]);
  });

  it("reads a journalist's name with the outlet aside as a question, a speaker's office aside as the speaker", () => {
    const text =
      'Press conference in Fjellby\n\nHENRIK DAHL (Special Envoy): We have a text.\n\nANNA BERG (Fjord Herald): When will you sign?\n\nHENRIK DAHL: Soon.\n\nLARS HOLM (Norland Radio): And the annex?';
    expect(quotes(text).map(([, s]) => s)).toEqual(['dahl', 'journalist', 'dahl', 'journalist']);
  });

  it('keeps an office abbreviated as its label ("PM:", "HRVP:") a speaker, not an outlet', () => {
    const text =
      'Press conference in Fjellby\n\nPM: Good afternoon. We have a text.\n\nQuestion: When will you sign?\n\nPM: Soon.\n\nHRVP: The Union supports it.';
    expect(quotes(text).map(([, s]) => s)).toEqual(['Pm', 'journalist', 'Pm', 'Hrvp']);
  });

  it("keeps a delegation's or a person's label in a meeting record: only a press conference's outlets ask", () => {
    const text =
      'Record of the meeting\n\nEU: The Union supports the text.\n\nHenrik Dahl: Thank you.\n\nNHK: We agree.';
    expect(quotes(text).map(([, s]) => s)).not.toContain('journalist');
  });
});

describe("an alliance's moderated press conference", () => {
  it('reads "QUESTION [Reuters]:" and "Q [Fjord Herald]:" as questions, the moderator apart', () => {
    const text = [
      'Press conference by Special Envoy Henrik Dahl\n\n05 Mar. 2031',
      'MODERATOR: We will start with Reuters.',
      'QUESTION [Reuters]: Envoy, is the annex agreed?',
      'HENRIK DAHL (Special Envoy): Not yet.',
      'MODERATOR: Next, the Fjord Herald.',
      'Q [Fjord Herald]: When will the signing take place?',
      'SPECIAL ENVOY: When the text is ready.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['We will start with Reuters.', 'Moderator'],
      ['Envoy, is the annex agreed?', 'journalist'],
      ['Not yet.', 'dahl'],
      ['Next, the Fjord Herald.', 'Moderator'],
      ['When will the signing take place?', 'journalist'],
      ['When the text is ready.', 'dahl'],
    ]);
  });
});

describe('the UN noon briefing', () => {
  it('reads "Correspondent:" as a journalist like "Question:"', () => {
    const text =
      'Daily Press Briefing by the Office of the Spokesperson\n\nSpokesperson: Any questions?\n\nQuestion: Will the UN send monitors?\n\nSpokesperson: That is for the parties.\n\nCorrespondent: A follow-up, please.';
    expect(quotes(text).map(([, s]) => s)).toEqual([
      'Spokesperson',
      'journalist',
      'Spokesperson',
      'journalist',
    ]);
  });
});

describe("a prime minister's call readout", () => {
  it('reads no quotation in the readout a spokesperson\'s "said:" introduces in the third person', () => {
    const text =
      'PM call with President Kostal: 5 March 2031\n\nA Downing Street spokesperson said:\n\nThe Prime Minister spoke to President Kostal of Arvenia this afternoon. The leaders discussed the Vell talks.\n\nThey agreed to stay in close contact.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('an interview with its questions in bold and no labels', () => {
  it('gives each bold question to the journalist and the paragraphs after it to the one the head names', () => {
    const text =
      'Interview of Special Envoy Henrik Dahl to the Fjord Herald\n\n5 March 2031\n\n**Envoy, is the text final?**\n\nNot yet. Two points are open.\n\nBoth delegations know which.\n\n**When will it be signed?**\n\nWhen it is ready.';
    expect(read(text).genre.genre).toBe('press-conference');
    expect(quotes(text)).toEqual([
      ['Envoy, is the text final?', 'journalist'],
      ['Not yet. Two points are open. Both delegations know which.', 'dahl'],
      ['When will it be signed?', 'journalist'],
      ['When it is ready.', 'dahl'],
    ]);
  });

  it("leaves an explainer's bold questions as subheadings: its head names no interview", () => {
    const text =
      'From 14 points to 16: what changed\n\n**What changed?**\n\nThe deadline moved.\n\n**Who wrote it?**\n\nNorland says its mediators drafted it.';
    expect(read(text).genre.genre).not.toBe('press-conference');
    expect(quotes(text)).toEqual([]);
  });
});
