// Conventions of press-conference and meeting records, each in two or three house styles: remarks
// whose answers only the questions label, a journalist labelled by name and outlet, the note that
// ends a record, a recording's time codes and a surname standing for a full name, and a presiding
// office kept as the label writes it. Texts invented for the test, about the negotiation of
// test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, type Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

const quotes = (text: string, genre: Genre = detectGenre(text).genre) =>
  extractClaims(text, { roster, genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe('remarks whose questions alone are labelled', () => {
  it("gives a council president's unlabelled answers to the one the title names", () => {
    const text = [
      'Council of the Union',
      'Remarks by Foreign Minister Ingrid Solberg following the meeting of the Council',
      'Check against delivery',
      'Good evening. We discussed the Vell river talks at length today.',
      'Question: Minister, is the text agreed?',
      'Not yet. There is a text, and the parties are working on it.',
      'Question: When will monitors deploy?',
      'Within ten days of signature.',
      'Press contacts',
      'Ada Rowe, Press officer, +99 2 000 00 00',
    ].join('\n\n');
    expect(detectGenre(text).genre).toBe('press-conference');
    expect(quotes(text)).toEqual([
      ['Good evening. We discussed the Vell river talks at length today.', 'solberg'],
      ['Minister, is the text agreed?', 'journalist'],
      ['Not yet. There is a text, and the parties are working on it.', 'solberg'],
      ['When will monitors deploy?', 'journalist'],
      ['Within ten days of signature.', 'solberg'],
    ]);
  });

  it("reads a head of state's remarks before departure with bare Q labels alike", () => {
    const text = [
      'Remarks by President Mira Kostal before departure',
      'Q: Madam President, will you sign on Friday?',
      'We will sign when the text is ready.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Madam President, will you sign on Friday?', 'journalist'],
      ['We will sign when the text is ready.', 'kostal'],
    ]);
  });

  it('leaves a page of questions and answers with no speaker in its title as it was', () => {
    const text = [
      'The Vell river accord: what we know',
      'Question: What does the accord say?',
      'It sets a quota for each bank.',
    ].join('\n\n');
    expect(detectGenre(text).genre).not.toBe('press-conference');
  });
});

describe('a journalist labelled by name and outlet', () => {
  it("reads a ministry briefing's \"Name, Outlet:\" as a journalist's question, an office after a comma as the speaker's", () => {
    const text = [
      'Transcript of Special Briefing by Foreign Secretary on the visit to Norland',
      'Official Spokesperson, Mr Taras Melnyk: Good evening, and welcome. We will take questions.',
      'Anna Berg, Fjord Broadcasting: Sir, has the deadline slipped?',
      'Lena Holt, Vell Daily: Was Torvania present at the talks?',
      'Foreign Secretary, Mr Henrik Dahl: The date is for the parties to announce.',
    ].join('\n\n');
    expect(quotes(text, 'press-conference')).toEqual([
      ['Good evening, and welcome. We will take questions.', 'melnyk'],
      ['Sir, has the deadline slipped?', 'journalist'],
      ['Was Torvania present at the talks?', 'journalist'],
      ['The date is for the parties to announce.', 'dahl'],
    ]);
  });
});

describe('the note that ends a record', () => {
  it('ends the last turn at "(Concluded)", the place and date under it no one\'s words', () => {
    const text = [
      'Briefing by the Official Spokesperson',
      'Official Spokesperson, Mr Taras Melnyk: Thank you all for joining us this evening.',
      '(Concluded)',
      'Fjellby\nMarch 4, 2031',
    ].join('\n\n');
    expect(quotes(text, 'press-conference')).toEqual([
      ['Thank you all for joining us this evening.', 'melnyk'],
    ]);
  });

  it('reads no turn after "[END OF TRANSCRIPT]", and a rule between sections ends nothing', () => {
    const ended = [
      'HENRIK DAHL: Thank you for having me.',
      'ANNA BERG: Thank you, Henrik.',
      '[END OF TRANSCRIPT]',
      'Subscribe: Fjord Podcasts | RSS',
    ].join('\n\n');
    expect(quotes(ended, 'meeting-transcript').map(([w]) => w)).toEqual([
      'Thank you for having me.',
      'Thank you, Henrik.',
    ]);
    const ruled = [
      'President Kostal met the special envoy.',
      '* * *',
      'Mira Kostal: Welcome to the capital.',
      'Henrik Dahl: Thank you, Madam President.',
    ].join('\n\n');
    expect(quotes(ruled, 'meeting-transcript')).toEqual([
      ['Welcome to the capital.', 'kostal'],
      ['Thank you, Madam President.', 'dahl'],
    ]);
  });
});

describe("a recording's transcript", () => {
  it('leaves out the time codes over each label and at turn ends, and a note in square brackets', () => {
    const text = [
      'TRANSCRIPT',
      '[00:00:04]\nANNA BERG: Welcome to the programme. With me is Lena Holt.',
      '[00:00:31]\nLENA HOLT: Thanks, Anna. Good to be here.',
      '[00:01:10]\nBERG: [laughs] Could the deadline slip again? [00:01:14]',
      '[00:01:15]\nHOLT: It could.',
    ].join('\n\n');
    expect(quotes(text, 'meeting-transcript')).toEqual([
      ['Welcome to the programme. With me is Lena Holt.', 'Anna Berg'],
      ['Thanks, Anna. Good to be here.', 'Lena Holt'],
      ['Could the deadline slip again?', 'Anna Berg'],
      ['It could.', 'Lena Holt'],
    ]);
  });

  it("keeps an editor's gloss in square brackets as part of the words", () => {
    const text = 'R.V.: Were you there?\n\nA.T.: I was not [literally: "my chair was elsewhere"].';
    expect(quotes(text, 'meeting-transcript').at(-1)?.[0]).toBe(
      'I was not [literally: "my chair was elsewhere"].',
    );
  });
});

describe('a presiding office as the label writes it', () => {
  it('keeps "President. –", "Mr Speaker:" and "The PRESIDENT:" as written when no roster person holds them', () => {
    const assembly = [
      'President. – The next item is the debate on the Vell river.',
      'Anna Berg, on behalf of the Greens Group. – Madam President, the text is not final.',
    ].join('\n\n');
    expect(quotes(assembly, 'meeting-transcript')[0]).toEqual([
      'The next item is the debate on the Vell river.',
      'President',
    ]);
    const commons =
      'Mr Speaker: Order. Statement, the Foreign Secretary.\n\nLena Holt (Fjellby North): Will she give way?';
    expect(quotes(commons, 'meeting-transcript')[0]).toEqual([
      'Order. Statement, the Foreign Secretary.',
      'Mr Speaker',
    ]);
    const council = [
      'President: Mr. Rowe ........ (Norland)',
      'The PRESIDENT: I give the floor to the representative of Arvenia.',
      'The representative of Arvenia (Ms. Berg): Arvenia supports the text.',
    ].join('\n\n');
    expect(quotes(council, 'meeting-transcript')[0]).toEqual([
      'I give the floor to the representative of Arvenia.',
      'The President',
    ]);
  });
});
