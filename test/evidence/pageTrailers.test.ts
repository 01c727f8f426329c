// What a page sets under a record's last turn ends the turn: the copyright notice, a rule over the
// page's footer, a stage line saying the briefing ended, a transcription tool's long credit. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const lastTurn = (trailer: string[]) =>
  extractClaims(
    [
      'Press briefing by the spokesperson, 4 May',
      '',
      'Question: Is the second round still on for Monday?',
      '',
      'Spokesperson: It is. The delegations arrive on Sunday.',
      '',
      'Spokesperson: That is all for today.',
      '',
      ...trailer,
    ].join('\n'),
    { roster, genre: 'press-conference' },
  )
    .filter((c): c is Quote => c.kind === 'quote')
    .at(-1)?.data.words;

describe("a page's trailer under the last turn", () => {
  it.each([
    [
      [
        '(The briefing ended at 16:05)',
        '',
        'Copyright (c) Ministry of Foreign Affairs. All rights reserved.',
      ],
    ],
    [['Copyright © 2031 Norland Radio. All rights reserved.']],
    [['---', '', 'Comments (14) · Share']],
    [
      [
        '[00:14:02] [Music]',
        '',
        'Transcribed by an automatic service. Transcripts may contain errors; edit this one on the service page.',
      ],
    ],
    [['This transcript was exported on 4 May 2031 - view the latest version on the service.']],
    [['— End of excerpt. The full recording is available to members of the workspace. —']],
    [['End of extract.']],
    [['This transcript was generated automatically; check it against the audio.']],
    [['Recording stopped.']],
    [
      [
        'Scribewell transcripts may contain errors. Visit scribewell.com to order a reviewed copy.',
        '',
        'Share | Copy link',
      ],
    ],
  ])('ends the turn: %j', (trailer) => {
    expect(lastTurn(trailer)).toBe('That is all for today.');
  });

  it("keeps the speaker's words that go on after a plain stage direction", () => {
    expect(lastTurn(['(Laughter.)', '', 'And see you next week.'])).toMatch(
      /^That is all for today\..*And see you next week\.$/,
    );
  });

  it("keeps a speaker's own word that the figures may contain errors", () => {
    expect(lastTurn(['Our transcripts may contain errors, and we will correct them on Monday.'])).toMatch(
      /correct them on Monday\.$/,
    );
  });
});

// What a speaker says in a trailer's or a stage line's words is still the turn's.
const answer = (paragraphs: string[]) =>
  extractClaims(
    ['Press briefing by the spokesperson, 9 June', 'Question: Where do the talks stand?', ...paragraphs].join(
      '\n\n',
    ),
    { roster, genre: 'press-conference' },
  )
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.data.words);

describe("a speaker's own line that reads like a page's", () => {
  it('keeps an answer going past a sentence on how the call or the debate ended', () => {
    const [, words] = answer([
      'Spokesperson: Slowly.',
      'The debate closed late last night with no vote on the border annex, as we feared.',
      'The next round opens in July.',
    ]);
    expect(words).toMatch(/as we feared\. The next round opens in July\.$/);
  });

  it('still ends the turn on a stage line saying when the briefing ended', () => {
    expect(answer(['Spokesperson: Slowly.', 'The briefing ended at 11:20 a.m.', 'Share this page'])).toEqual([
      'Where do the talks stand?',
      'Slowly.',
    ]);
  });

  it("keeps the record going past a speaker's sentence on a file's making or an extract's end", () => {
    const said = answer([
      'Spokesperson: We have seen the memo.',
      'The file was created in the Citadel in early spring, weeks before the round opened.',
      'Question: Will the round go on?',
      'Spokesperson: It will.',
    ]);
    expect(said[1]).toMatch(/weeks before the round opened\.$/);
    expect(said.at(-1)).toBe('It will.');
    const extract = answer([
      'Spokesperson: I quote their reply.',
      'End of excerpt. There was nothing more in it, and that worries us.',
      'Question: Will the round go on?',
      'Spokesperson: It will.',
    ]);
    expect(extract[1]).toMatch(/that worries us\.$/);
    expect(extract.at(-1)).toBe('It will.');
  });

  it('keeps an answer whose sentence ends on all rights reserved', () => {
    const [, words] = answer([
      'Spokesperson: We have filed our reply.',
      'The ministry accepted the award under protest and with all rights reserved.',
      'Our counsel will speak to it next week.',
    ]);
    expect(words).toMatch(/Our counsel will speak to it next week\.$/);
  });

  it('keeps an answer going past a rule between its parts, and not into a footer under one', () => {
    const [, words] = answer([
      'Spokesperson: Two points. The crossings reopen on Monday.',
      '___',
      'And the observers stay until the vote.',
      'Question: Thank you.',
    ]);
    expect(words).toMatch(/^Two points\..*And the observers stay until the vote\.$/);
    expect(answer(['Spokesperson: Slowly.', '___', 'Subscribe · Print · Share'])).toEqual([
      'Where do the talks stand?',
      'Slowly.',
    ]);
  });
});
