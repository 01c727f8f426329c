// Records that set the speaker's label alone on its line over the words, with no colon: the
// Westminster Hansard's style ("The Secretary of State for … (Name)", "Name (Constituency) (Party)",
// then the name alone when the same member rises again). Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { detectGenre } from '../../src/evidence/genre.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('a debate copied from Hansard, each label alone on its line', () => {
  const debate = [
    'Vell River Accord',
    'Volume 830: debated on Tuesday 4 March 2031',
    '12:31',
    'The Secretary of State for Foreign Affairs (Ingrid Solberg)\nWith permission, Mr Speaker, I will make a statement on the Vell River accord. It was signed on Monday in Fjellby.',
    'It gives both banks the same quota.',
    '12:40',
    'Taras Melnyk (Kessel South) (Lab)\nI thank the Foreign Secretary for advance sight of her statement. Who wrote the annex?',
    '12:42',
    'Ingrid Solberg\nThe annex was drafted by the mediator, and we were consulted.',
    'Mr Speaker\nOrder. We must move on.',
  ].join('\n\n');

  it('is a meeting record', () => {
    expect(detectGenre(debate).genre).toBe('meeting-transcript');
  });

  it('reads each turn, over its paragraphs, and not the time stamps between them', () => {
    expect(quotes(debate)).toEqual([
      [
        'With permission, Mr Speaker, I will make a statement on the Vell River accord. It was signed on Monday in Fjellby. It gives both banks the same quota.',
        'solberg',
      ],
      ['I thank the Foreign Secretary for advance sight of her statement. Who wrote the annex?', 'melnyk'],
      ['The annex was drafted by the mediator, and we were consulted.', 'solberg'],
      ['Order. We must move on.', 'Mr Speaker'],
    ]);
  });

  it('reads a label set as a paragraph of its own, the words in the next', () => {
    const text = [
      'Fisheries (Vell River)',
      'Volume 831: debated on Thursday 6 March 2031',
      'The Minister of State, Foreign Office (Mr Dahl)',
      'The quota holds for one season. We will review it in the autumn.',
      'Taras Melnyk (Kessel South) (Lab)',
      'Will the Minister publish the annex before the review?',
      'Henrik Dahl',
      'I will place a copy in the Library of the House.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['The quota holds for one season. We will review it in the autumn.', 'dahl'],
      ['Will the Minister publish the annex before the review?', 'melnyk'],
      ['I will place a copy in the Library of the House.', 'dahl'],
    ]);
  });
});

describe('lines that only look like a label alone on its line', () => {
  it('leaves a news report with a caption naming its agency a news report', () => {
    const text = [
      'Fjellby signs the accord',
      'Ingrid Solberg (AFP)',
      'The foreign minister signed the Vell River accord on Monday, officials said.',
      'Taras Melnyk, the chief of staff, called it "a fair text".',
    ].join('\n\n');
    expect(detectGenre(text).genre).toBe('news');
    expect(quotes(text)).toEqual([['a fair text', 'melnyk']]);
  });

  it('leaves a list of delegates, a name and a party a line, no record', () => {
    const text = [
      'Delegations to the Vell River talks',
      'Ingrid Solberg (Fjellby) (Con)\nHenrik Dahl (Fjellby) (Lab)\nTaras Melnyk (Kessel) (Ind)',
      'The talks open on Monday in Fjellby, the ministry said.',
    ].join('\n\n');
    expect(detectGenre(text).genre).not.toBe('meeting-transcript');
  });
});
