// Records whose labels keep a house's longer style or another language's words: a label alone on
// its line with its party aside, said again at each turn of one speaker; an ordinal before an
// office; a courtesy, a compounded office or a question in another language. Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { isRole, turnLabel } from '../../src/evidence/genre.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('a label alone on its line, said again at each turn', () => {
  const exchange = [
    'Vell River: Quota Talks',
    'Volume 77: debated on Monday 3 March 2031',
    'Baroness Quill (Con)\nMy Lords, has the Minister seen the new quota table?',
    'Lord Harrow of Eastby (Lab)\nMy Lords, I have seen it and I have sent it to the committee.',
    'Baroness Quill (Con)\nMy Lords, will he publish it before the vote?',
    'Lord Harrow of Eastby (Lab)\nMy Lords, I will publish it on Friday.',
  ].join('\n\n');

  it('keeps every turn apart: the repeated label line is structure, not a duplicate', () => {
    expect(quotes(exchange).map(([words, who]) => [words?.slice(0, 30), who])).toEqual([
      ['My Lords, has the Minister see', 'Quill'],
      ['My Lords, I have seen it and I', 'Harrow'],
      ['My Lords, will he publish it b', 'Quill'],
      ['My Lords, I will publish it on', 'Harrow'],
    ]);
  });

  it('still drops a repeated paragraph that is a sentence', () => {
    const page = [
      'Quota talks resume in Fjellby',
      'Ingrid Solberg said the table was final and would be published on Friday.',
      'Ingrid Solberg said the table was final and would be published on Friday.',
    ].join('\n\n');
    const clean = processDocument(new TextEncoder().encode(page), 'page.txt', { roster }).cleanText;
    expect(clean.match(/would be published/g)).toHaveLength(1);
  });

  it('still drops a page’s repeated title-cased boilerplate, and keeps a repeated label', () => {
    const page = [
      'Quota talks resume in Fjellby',
      'Sign Up For Our Morning Briefing Today',
      'Ingrid Solberg said the table was final.',
      'Post This Story On Your Feed (Opens In A New Tab)',
      'Sign Up For Our Morning Briefing Today',
      'Post This Story On Your Feed (Opens In A New Tab)',
      'Ada Lind (Coast)',
      'Ada Lind (Coast)',
      'The Minister For Fisheries (Per Holm):',
      'The Minister For Fisheries (Per Holm):',
    ].join('\n\n');
    const clean = processDocument(new TextEncoder().encode(page), 'page.txt', { roster }).cleanText;
    expect(clean.match(/Morning Briefing/g)).toHaveLength(1);
    expect(clean.match(/Opens In A New Tab/g)).toHaveLength(1);
    expect(clean.match(/Ada Lind \(Coast\)/g)).toHaveLength(2);
    expect(clean.match(/Minister For Fisheries/g)).toHaveLength(2);
  });
});

describe('offices and courtesies of other languages in labels', () => {
  it('reads an ordinal before an office as part of the office', () => {
    expect(turnLabel('The Third Deputy Speaker:\nMr Holm, your follow-up.')?.name).toBe(
      'The Third Deputy Speaker',
    );
  });

  it('drops a courtesy, a compounded office or a presiding office of another language from the name', () => {
    const record = [
      'SHRI ARUN VELLA (Coast): Sir, will the quota table be laid on the table of the House?',
      'Statsminister Eva Rask: It will be laid on Friday.',
      'Puhemies Kari Salo: Kiitos. The question is concluded.',
      'SHRI ARUN VELLA: Sir, and the annex?',
    ].join('\n\n');
    expect(quotes(record).map(([, who]) => who)).toEqual([
      'Arun Vella',
      'Eva Rask',
      'Kari Salo',
      'Arun Vella',
    ]);
  });

  it('gives a presiding office of another language to the chair the head names', () => {
    const record = [
      'Møte onsdag 3. mars 2031',
      'President: Ada Berglund',
      'Presidenten: Vi går til spørretimen. The first question.',
      'Per Vang (H): Will the quota table be published?',
      'Statsminister Eva Rask: It will be published on Friday.',
      'Presidenten: Spørretimen er omme.',
    ].join('\n\n');
    expect(quotes(record).map(([, who]) => who)).toEqual([
      'Ada Berglund',
      'Per Vang',
      'Eva Rask',
      'Ada Berglund',
    ]);
  });

  it('keeps a name that only contains an office’s letters', () => {
    for (const word of ['Ministeri', 'Administer', 'Presidio', 'Kirsten']) expect(isRole(word)).toBe(false);
  });

  it('reads a question label in another language as a question', () => {
    expect(turnLabel('Vraag: Is the table final?')?.question).toBe(true);
    expect(turnLabel('Spørsmål: Will it be signed?')?.question).toBe(true);
    expect(turnLabel('Vrede: Is the table final?')?.question).toBe(false);
  });
});

describe('a reply copied from a platform', () => {
  it('is the reply header’s author’s, not the line naming whom it answers', () => {
    const page = [
      'Ada Berglund\n@adaberglund\n\nThe quota table is final. We publish it on Friday.\n\n9:14 AM · Mar 3, 2031',
      'Replies',
      'Per Vang @pervang · Mar 3\nReplying to @adaberglund\nPublish the annex too, please.',
      'Kari Holm @kariholm · Mar 3\nReplying to @adaberglund\nFriday is too late for the fishermen.',
    ].join('\n\n');
    const who = quotes(page).map(([, w]) => w);
    expect(who).toContain('Per Vang');
    expect(who).toContain('Kari Holm');
    expect(who).not.toContain('Replying to');
  });
});
