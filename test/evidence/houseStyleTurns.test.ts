// Turn labels and record lines of house styles the engine had not read: a legislature's printed
// hearing ("The CHAIRMAN.", "Senator RUIZ."), a podium briefing's questions cut off and resumed,
// a federal press conference in translation, Hansard's and a parliament's lines between turns.
// Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe("a legislature's labels closed by a full stop", () => {
  it('reads a Senate hearing, its chair by office and its members by title and surname in capitals', () => {
    const hearing = [
      'THE VELL RIVER TALKS\n\nHEARING BEFORE THE COMMITTEE ON FOREIGN RELATIONS\n\nMARCH 4, 2031',
      'The committee met, pursuant to notice, at 10:02 a.m., Hon. Carl Weston, chairman of the committee, presiding.',
      'The CHAIRMAN. This hearing will come to order.',
      'Senator RUIZ. Thank you, Mr. Chairman. The quota deal is fragile.',
      'Mr. DAHL. If I may, Senator, the monitors deploy in June.',
      'Senator RUIZ. Is that a yes?',
    ].join('\n\n');
    expect(detectGenre(hearing).genre).toBe('meeting-transcript');
    expect(quotes(hearing)).toEqual([
      ['This hearing will come to order.', 'Carl Weston'],
      ['Thank you, Mr. Chairman. The quota deal is fragile.', 'Ruiz'],
      ['If I may, Senator, the monitors deploy in June.', 'dahl'],
      ['Is that a yes?', 'Ruiz'],
    ]);
  });

  it('reads a House hearing and a floor debate: offices before the surname, a state after it', () => {
    const house = [
      'Chairwoman OKAFOR. The committee will come to order.',
      'Mr. LUND of Texas. Madam Chair, I yield myself five minutes.',
      'Assistant Secretary PRYCE. President Kostal says she needs another week.',
      'Ms. JACKSON LEE. I yield back.',
    ].join('\n\n');
    expect(quotes(house).map(([w]) => w)).toEqual([
      'The committee will come to order.',
      'Madam Chair, I yield myself five minutes.',
      'President Kostal says she needs another week.',
      'I yield back.',
    ]);
    const floor = [
      'The PRESIDING OFFICER. The Senator from Ohio.',
      'Mr. McCAIN. Mr. President, Torvania has not honored the quota.',
      'The SPEAKER pro tempore. The question is on the motion.',
    ].join('\n\n');
    expect(quotes(floor).map(([w]) => w)).toEqual([
      'The Senator from Ohio.',
      'Mr. President, Torvania has not honored the quota.',
      'The question is on the motion.',
    ]);
  });

  it('takes no sentence of prose for such a label', () => {
    for (const prose of [
      'Mr. Dahl said the talks would resume. Nothing else was agreed.',
      'The EU. That is where the money comes from, the envoy said.',
      'Senator Ruiz. Thank you, she said to the reporters in the hallway.',
      'The NATO summit. Leaders met in Fjellby.',
    ])
      expect(turnLabel(prose)).toBeUndefined();
  });
});

describe("the record's own lines between turns", () => {
  it('ends a turn on a heading in capitals, and gives a prepared statement to the one its heading names', () => {
    const hearing = [
      'The CHAIRMAN. We welcome our witness.',
      'Senator RUIZ. Thank you. I will be brief.',
      'STATEMENT OF HON. DANA HALE, ASSISTANT SECRETARY OF STATE, WASHINGTON, DC',
      'Secretary HALE. Thank you for the invitation. We back the monitors.',
      '[The prepared statement of Secretary Hale follows:]',
      'Prepared Statement of Hon. Dana Hale',
      'Mr. Chairman, the United States supports the mediation.',
      'The CHAIRMAN. Without objection, the letter will be entered into the record.',
      '[The information referred to follows:]',
      'The monitoring mission will cost $40 million.',
      'The CHAIRMAN. The hearing is adjourned.',
      '[Whereupon, at 11:48 a.m., the hearing was adjourned.]',
    ].join('\n\n');
    expect(quotes(hearing).map(([w, s]) => [w, s === 'Dana Hale' ? s : '·'])).toEqual([
      ['We welcome our witness.', '·'],
      ['Thank you. I will be brief.', '·'],
      ['Thank you for the invitation. We back the monitors.', 'Dana Hale'],
      ['Mr. Chairman, the United States supports the mediation.', 'Dana Hale'],
      ['Without objection, the letter will be entered into the record.', '·'],
      ['The hearing is adjourned.', '·'],
    ]);
  });

  it("reads on over Hansard's column marks, and ends a turn where members rise uncalled", () => {
    const debate = [
      'The Minister of State, Foreign Office (Ms Helen Carr): I welcome the agreement.',
      'Column 413',
      'The quota is 40%.',
      'Mr Owen Tate (Northfleet) (LD): Will the Minister give way?',
      'Ms Carr: I have given way enough.',
      'Several hon. Members rose—',
      'Madam Deputy Speaker (Dame Alice Reed): Order. We must move on.',
    ].join('\n\n');
    expect(quotes(debate).map(([w]) => w)).toEqual([
      'I welcome the agreement. Column 413 The quota is 40%.',
      'Will the Minister give way?',
      'I have given way enough.',
      'Order. We must move on.',
    ]);
  });

  it("ends the presiding turn where a parliament's record notes the sitting suspended, and at the new chair's heading", () => {
    const plenary = [
      'President. – The next item is the Vell river agreement.',
      'Anna Berger, on behalf of the PPE Group. – Madam President, the monitors must go in June.',
      'President. – The debate is closed.',
      '(The sitting was suspended at 12.05 and resumed at 15.00)',
      'Roberta Martini said later that the vote would be close.',
      'President. – The sitting is resumed.',
      'IN THE CHAIR: ROBERTA MARTINI',
      'Vice-President',
      'President. – The next item is question time.',
    ].join('\n\n');
    expect(quotes(plenary).map(([w]) => w)).toEqual([
      'The next item is the Vell river agreement.',
      'Madam President, the monitors must go in June.',
      'The debate is closed.',
      'The sitting is resumed.',
      'The next item is question time.',
    ]);
  });

  it('keeps a speaker going over a note of the room, and over a paragraph in capitals that ends a sentence', () => {
    const briefing = [
      'MS. ELLERY: We will take questions. (Laughter.)',
      '(Applause.)',
      'AND I MEAN IT.',
      'Q: Will the President call President Varin?',
      'MS. ELLERY: Not today.',
    ].join('\n\n');
    expect(quotes(briefing)[0]![0]).toBe('We will take questions. (Laughter.) (Applause.) AND I MEAN IT.');
  });
});

describe("a briefing's questions and a federal press conference's labels", () => {
  it('reads a question that resumes on a dash or an ellipsis after the answer cut in', () => {
    const briefing = [
      'MS. ELLERY: Go ahead, Kelly.',
      'Q Jane, one more —',
      'MS. ELLERY: Go ahead.',
      'Q — on the quota itself. Is 40 percent the number?',
      'MS. ELLERY: That is for the parties.',
      'Q. ... and the monitors?',
      'MS. ELLERY: June.',
    ].join('\n\n');
    expect(
      quotes(briefing)
        .filter(([, s]) => s === 'journalist')
        .map(([w]) => w),
    ).toEqual([
      'Jane, one more —',
      '— on the quota itself. Is 40 percent the number?',
      '... and the monitors?',
    ]);
    // A line that opens on "Q" and a dash in prose is no question of a record.
    expect(turnLabel('Q-ships were used in both wars.')).toBeUndefined();
  });

  it("reads a government spokesperson's office as no part of the name, and a follow-up as a question", () => {
    const conference = [
      'Government press conference of 7 March 2031',
      'Speakers: Deputy Government Spokesperson Lena Vogt; Anna Kraus (Federal Foreign Office)',
      'Deputy Government Spokesperson Vogt: Good afternoon. The Chancellor spoke with President Kostal.',
      'Question (Berg): Did the Chancellor also speak to President Varin?',
      'Vogt: Not yesterday.',
      'Additional question: Is a call planned?',
      'Kraus (Federal Foreign Office): I have nothing to add.',
      'Follow-up question (Schulte): Will monitors go?',
      'Foreign Ministry Spokesperson Kraus: We are ready in principle.',
    ].join('\n\n');
    expect(quotes(conference)).toEqual([
      ['Good afternoon. The Chancellor spoke with President Kostal.', 'Lena Vogt'],
      ['Did the Chancellor also speak to President Varin?', 'journalist'],
      ['Not yesterday.', 'Lena Vogt'],
      ['Is a call planned?', 'journalist'],
      ['I have nothing to add.', 'Anna Kraus'],
      ['Will monitors go?', 'journalist'],
      ['We are ready in principle.', 'Anna Kraus'],
    ]);
  });

  it('gives a surname label the full name of the title that introduces the briefing', () => {
    const briefing = [
      'PRESS BRIEFING BY PRESS SECRETARY JANE ELLERY',
      'MS. ELLERY: Good afternoon.',
      'Q Is there a deadline?',
      'MS. ELLERY: Not today.',
    ].join('\n\n');
    expect(quotes(briefing).map(([, s]) => s)).toEqual(['Jane Ellery', 'journalist', 'Jane Ellery']);
  });
});

describe("a parliament's dash labels whose name opens with a T", () => {
  it('reads "Tove Lund, President-in-Office of the Council. –" as a turn, as it reads any other name', () => {
    const debate = [
      'President. – We now hear the Council.',
      'Tove Lund, President-in-Office of the Council. – Madam President, the Council will address the Vell accord tomorrow.',
      'Theo Brandt, on behalf of the Greens Group. – Madam President, the map is not a detail.',
      'President. – The debate is closed.',
    ].join('\n\n');
    expect(quotes(debate)).toEqual([
      ['We now hear the Council.', 'President'],
      ['Madam President, the Council will address the Vell accord tomorrow.', 'Tove Lund'],
      ['Madam President, the map is not a detail.', 'Theo Brandt'],
      ['The debate is closed.', 'President'],
    ]);
  });
});
