// A ministry's weekly briefing printed with a table of contents: each topic under its heading is
// one turn of the spokesperson the title names, before the labelled questions. Texts invented for
// the test, in the house style of such briefings.
import { describe, expect, it } from 'vitest';
import { briefingSections } from '../../src/evidence/briefingSections.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a weekly briefing's topics under its table of contents", () => {
  it('gives each topic, all its paragraphs, to the spokesman as one turn, headings left out', () => {
    const text = [
      'Briefing by Citadel Spokesman Pavel Surin, Drava, 12 March 2031',
      'Table of contents',
      "1. The President's schedule\n2. The Vell talks\n3. Answers to questions",
      "The President's schedule",
      'On 14 March President Oleg Varin will receive the envoy of Norland.',
      'The Vell talks',
      'We have not received any new text. Not a page.',
      'Second. The map is not agreed, whatever Kessel says.',
      'Answers to questions',
      'Question (Drava Today): Will Torvania sign in April?',
      'Pavel Surin: When there is a text, there will be an answer.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['On 14 March President Oleg Varin will receive the envoy of Norland.', 'surin'],
      [
        'We have not received any new text. Not a page. Second. The map is not agreed, whatever Kessel says.',
        'surin',
      ],
      ['Will Torvania sign in April?', 'journalist'],
      ['When there is a text, there will be an answer.', 'surin'],
    ]);
  });

  it('reads no sections from a head without a table of contents, or with one topic', () => {
    expect(
      briefingSections('Briefing\n\nThe talks\n\nWe have no text.\n\nThe map\n\nIt is open.'),
    ).toBeUndefined();
    expect(briefingSections('Contents\n\n1. The talks\n\nThe talks\n\nWe have no text.')).toBeUndefined();
  });
});
