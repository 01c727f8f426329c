// A list under a sentence whose subject is a text ("The River Paper sets out four demands:") sums
// up the text's contents in the writer's words: no item is anyone's quotation. The same list under
// a person's "set out:" is that person's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'release.txt', 60);

describe('a list a text introduces', () => {
  it("is the text's contents, no one's words", () => {
    const release = [
      'PRESS RELEASE',
      '',
      'The growers today sent the mediator their own paper on the Vell river.',
      '',
      'The Riverbank Paper sets out four demands:',
      '1. No dam works between April and June.',
      '2. A gauge on each bank, read by both sides.',
      '3. A seat for the growers on the joint commission.',
      '',
      'Ingrid Solberg said: "We have answered a text with a text."',
    ].join('\n');
    expect(quotes(release)).toEqual([['solberg', 'We have answered a text with a text.']]);
  });

  it("is a person's words when the person gives it", () => {
    const release = [
      'PRESS RELEASE',
      '',
      'Ingrid Solberg listed the growers’ demands. She said:',
      '1. No dam works between April and June.',
      '2. A gauge on each bank, read by both sides.',
    ].join('\n');
    expect(quotes(release).map(([who]) => who)).toEqual(['solberg', 'solberg']);
  });

  it('is the words of the source who summarised it for the paper', () => {
    const story = [
      'VELL TIMES',
      '',
      'The main points of the draft, as the mediator, Ingrid Solberg, summarised them for this newspaper:',
      '- a gauge on each bank, read by both sides;',
      '- no dam works between April and June.',
      '',
      'The points of the draft, as summarised in the annex:',
      '- a seat for the growers on the commission;',
    ].join('\n');
    expect(quotes(story)).toEqual([
      ['solberg', 'a gauge on each bank, read by both sides;'],
      ['solberg', 'no dam works between April and June.'],
    ]);
  });
});
