// A page's day in its header fields and sign-off, in the ways houses write it: a news agency's
// section and stamp, a ministry's day beside the page's tools, a presidency's labelled day in the
// year-first order, an external service's place, day, time and id, a communiqué's sign-off, and a
// copied post's age under its capture note. Documents invented for the test.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { fieldsDate } from '../../src/evidence/headerFields.ts';
import { postAgeDate } from '../../src/evidence/postAge.ts';

const published = (text: string) => cleanDocument(text, 'doc.txt', { keepTitle: true }).meta;

describe('a line of header fields', () => {
  it("reads an agency's section and stamp, though the line is dropped as navigation", () => {
    const wire =
      'Politics | 02.06.2031, 09:14\n\nTalks in Harlow end without a deal\n\nThe two delegations left Harlow on 30 May after a week of talks.';
    expect(published(wire)).toMatchObject({ date: '2031-06-02', dateFrom: 'dateline' });
    const economy =
      'Economy · 17.11.2030 18:02\n\nThe ministers met in Orsk on Monday. A second round is due on 1 December 2030.';
    expect(published(economy).date).toBe('2030-11-17');
  });

  it("reads a ministry's day beside the page's tools", () => {
    const page =
      "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KELDA\n\nHome > Press > Spokesperson's Remarks\n\nRemarks on the second round\n\n03/06/2031   Print   Email   Share\n\nThe second round was held on 28 May 2031. We expect the next one on 20 June 2031.";
    expect(published(page).date).toBe('2031-06-03');
  });

  it("reads a presidency's labelled day written year first, with dots or slashes", () => {
    const briefing =
      'Briefings\n\nBriefing by the Spokesperson on the call with the President of Ostrel\n\nDate 2031.06.04\nCategory Press Briefings\n\nThe two presidents spoke for an hour this morning. They will meet on 20 June 2031.';
    expect(published(briefing).date).toBe('2031-06-04');
    expect(published('Posted: 2031/06/04 14:20 (GMT+9)\n\nThe two presidents spoke today.').date).toBe(
      '2031-06-04',
    );
    expect(published('Registered 2031. 6. 4.\n\nThe two presidents spoke today.').date).toBe('2031-06-04');
  });

  it("reads an external service's place, day, time and document id", () => {
    const statement =
      'NORDIC UNION\nExternal Action Service\n\nKelda: Statement by the High Representative on the Harlow talks\n\nOsterby, 05/06/2031 - 11:40, UNIQUE ID: 310605_2\n\n1. The Union takes note of the talks held in Harlow on 30 May 2031.';
    expect(published(statement).date).toBe('2031-06-05');
  });

  it("reads a council record's day with the hour it sat, without its minutes", () => {
    const record =
      'Security Council\nEighty-sixth year\n\n10412th meeting\nThursday, 12 June 2031, 3 p.m.\nNew York\n\nThe President: The meeting on 2 June was adjourned.';
    expect(published(record)).toMatchObject({ date: '2031-06-12', dateFrom: 'dateline' });
    expect(fieldsDate('12 June 2031 at 10 am')).toBe('2031-06-12');
  });

  it("leaves an edit's stamp, a heading with a sentence's words and a range of days", () => {
    expect(fieldsDate('Updated 06.06.2031 10:00')).toBeUndefined();
    expect(fieldsDate('Talks resume 06.06.2031')).toBeUndefined();
    expect(fieldsDate('Deadline Extended To 14 June 2031')).toBeUndefined();
    expect(fieldsDate('Vote Set For 2031/06/20')).toBeUndefined();
    expect(fieldsDate('Sent 14 June 2031')).toBe('2031-06-14');
    expect(fieldsDate('Second round, Harlow, 5–6 June 2031')).toBeUndefined();
    expect(fieldsDate('https://example.org/2031/06/06/talks')).toBeUndefined();
    expect(fieldsDate('Harlow, 6 June 2031')).toBe('2031-06-06');
  });
});

describe("a release's sign-off", () => {
  it('dates a communiqué that signs off with its place and day, in a translated order too', () => {
    const communique =
      'MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF SANTELMO\n\nCOMMUNIQUÉ No. 42\n\n1. That on 2 of June of 2031 the Republic presented its proposal.\n\n2. That the parties must reply by 15 of June.\n\nSan Telmo, 3 of June of 2031.\n\nOFFICE OF PRESS AND COMMUNICATIONS';
    expect(published(communique).date).toBe('2031-06-03');
    const note =
      'Note verbale\n\nThe Embassy presents its compliments and has the honour to convey the reply of the Government, received on 1 June 2031.\n\nValmont, 4 June 2031\n\nEnds';
    expect(published(note).date).toBe('2031-06-04');
  });
});

describe("a copied post's age under its capture note", () => {
  it("counts the post's day back from the capture by its age", () => {
    expect(postAgeDate(['[Captured 10 June 2031]', 'Ada Lind', 'Envoy', '3d · Edited ·'])).toBe('2031-06-07');
    expect(postAgeDate(['Retrieved 10 June 2031', 'Ada Lind', '1w •'])).toBe('2031-06-03');
    expect(postAgeDate(['Screenshot taken 10/06/2031', 'Ada Lind', '5 hrs ago'])).toBe('2031-06-10');
    expect(postAgeDate(['Screenshot taken 10 June 2031', 'Ada Lind', 'Yesterday at 19:02 ·'])).toBe(
      '2031-06-09',
    );
    expect(postAgeDate(['Ada Lind', '3d ·'])).toBeUndefined();
  });

  it('never takes the capture day itself for the post', () => {
    const post =
      '[Captured 10 June 2031]\n\nAda Lind\nEnvoy of Kelda\n\nYesterday in Harlow we initialled the text.';
    // Only as the last resort, the newest day the text writes, and trusted as little.
    expect(published(post)).toMatchObject({ dateFrom: 'text' });
    expect(published(`[Captured 10 June 2031]\n\nAda Lind\n\n2d ·\n\nWe initialled the text.`).date).toBe(
      '2031-06-08',
    );
  });
});
