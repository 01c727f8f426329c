import { describe, expect, it } from 'vitest';
import { coarseDays, spanOfDays } from '../../src/evidence/eventProfile.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { isFrame } from '../../src/evidence/passages.ts';
import { eventPairs } from './linkedDocs.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published: string) => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});

describe('event linking across sources', () => {
  it('reads datelines, contact footers and greetings as a document frame, not content', () => {
    expect(isFrame('Osterby, 3 March 2031')).toBe(true);
    expect(isFrame('March 3, 2031, Osterby')).toBe(true);
    expect(isFrame('Osterby | Tuesday 3 March 2031')).toBe(true);
    expect(isFrame('OSTERBY, TUESDAY, 3 MAR')).toBe(true);
    expect(isFrame('For further information: press office, Ministry of Foreign Affairs of Norland.')).toBe(
      true,
    );
    expect(isFrame('MR. DAHL: Good morning, and welcome to Osterby.')).toBe(true);
    expect(isFrame('The delegations met in Osterby on 3 March 2031.')).toBe(false);
    expect(isFrame('Our team is in Osterby today.')).toBe(false);
  });

  it('links no dateline or footer to an event or to another footer', () => {
    const { links } = linkSources(
      [
        doc(
          'a',
          'Osterby, 3 March 2031\n\nThe delegations of Arvenia and Torvania concluded two days of talks in Osterby.\n\nFor further information: press office, Ministry of Foreign Affairs of Norland.',
          '2031-03-03',
        ),
        doc(
          'b',
          'Osterby | 3 March 2031\n\nThe envoy thanked both sides.\n\nFor further information: press office, Ministry of Foreign Affairs of Norland.',
          '2031-03-03',
        ),
      ],
      roster,
    );
    expect(links.filter((l) => /Osterby[,|]|further information/.test(l.a.text + l.b.text))).toEqual([]);
  });

  it('links talks over several days that sources date by their first day, their last, or a length', () => {
    const pairs = eventPairs([
      doc(
        'a',
        'The delegations of Arvenia and Torvania held talks in Osterby from 3 to 5 March 2031.',
        '2031-03-05',
      ),
      doc('b', 'The talks in Osterby ended yesterday, a spokesman said.', '2031-03-06'),
      doc('c', 'Talks with Torvania start tomorrow in Osterby.', '2031-03-02'),
      doc('d', 'The delegations have concluded three days of talks here in Osterby.', '2031-03-05'),
    ]);
    expect(pairs).toEqual(['a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d']);
  });

  it('flags no date disagreement between days of one span of talks', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'The delegations held talks in Osterby on 3 and 4 March 2031.', '2031-03-04'),
        doc('b', 'The talks in Osterby ended on 4 March 2031.', '2031-03-05'),
      ],
      roster,
    );
    expect(disagreements.filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('links an anaphoric mention to the one event of its class its time allows', () => {
    const pairs = eventPairs([
      doc(
        'a',
        'On 18 February President Mira Kostal held a telephone conversation with President Oleg Varin.',
        '2031-02-20',
      ),
      doc('b', 'Arvenia sent the figures, as agreed during the leaders’ call last month.', '2031-03-05'),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it('keeps apart an anaphoric mention and a call of two other sides', () => {
    const pairs = eventPairs([
      doc(
        'a',
        'On 18 February Foreign Minister Ingrid Solberg held a telephone conversation with the Union.',
        '2031-02-20',
      ),
      doc(
        'b',
        'Arvenia and Torvania sent the figures, as agreed during the leaders’ call last month.',
        '2031-03-05',
      ),
    ]);
    expect(pairs).toEqual([]);
  });

  it('keeps apart the plenary, the experts’ working session and the dinner of one day', () => {
    const pairs = eventPairs([
      doc('a', 'The first plenary session of the talks opened in Osterby on Monday.', '2031-03-04'),
      doc('b', 'The experts held a working session on the water table on Monday.', '2031-03-04'),
      doc('c', 'Envoy Henrik Dahl hosted a working dinner for both delegations on Monday.', '2031-03-04'),
    ]);
    expect(pairs).toEqual([]);
  });

  it('links the signing of an accord told actively and as a participle, apart from the round of that day', () => {
    const pairs = eventPairs([
      doc(
        'a',
        'President Oleg Varin and Ingrid Solberg signed the Drava Accord in Osterby on Tuesday.',
        '2031-03-04',
      ),
      doc(
        'b',
        'Minister Henrik Dahl today welcomed the Drava Accord, signed in Osterby on Tuesday by President Oleg Varin.',
        '2031-03-06',
      ),
      doc(
        'c',
        'The second round of talks between the delegations closed in Osterby on Tuesday.',
        '2031-03-04',
      ),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it("links a council's decision to its session, read from the decision's own part of the sentence", () => {
    const pairs = eventPairs([
      doc(
        'a',
        'Kostal thanked Dahl for the Drava Accord, signed in Osterby last Tuesday, and for the decision of the Union Council, taken on 2 March, to fund the patrols.',
        '2031-03-10',
      ),
      doc('b', 'The Union Council met in Corbel on 2 March and approved the fund.', '2031-03-03'),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it('does not count who says that an event will be among its people', () => {
    const pairs = eventPairs([
      doc(
        'a',
        'President Oleg Varin confirmed that the first round of talks would open in Drava on 10 March.',
        '2031-03-05',
      ),
      doc(
        'b',
        'Ingrid Solberg and Henrik Dahl opened the first round of talks in Drava on 10 March.',
        '2031-03-10',
      ),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it('keeps apart two calls of one day with different people', () => {
    const pairs = eventPairs([
      doc('a', 'President Mira Kostal spoke by phone with Henrik Dahl on Tuesday.', '2031-03-05'),
      doc('b', 'President Oleg Varin spoke by phone with Ingrid Solberg on Tuesday.', '2031-03-05'),
    ]);
    expect(pairs).toEqual([]);
  });

  it('links one planned round announced as next month, a week of it, or the week of a day', () => {
    const pairs = eventPairs([
      doc('a', 'A second round is planned for next month.', '2031-03-05'),
      doc('b', 'The delegations will reconvene in Osterby in the second week of April.', '2031-03-06'),
      doc('c', 'The next round of talks is set for the week of April 7.', '2031-03-07'),
    ]);
    expect(pairs).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('links two reports each linked to a third as one event, when nothing keeps them apart', () => {
    const pairs = eventPairs([
      doc('a', 'The delegations will reconvene in Osterby on 14 April 2031.', '2031-03-06'),
      doc(
        'b',
        'The delegations held the second round of talks in Osterby on 14 and 15 April 2031.',
        '2031-04-16',
      ),
      doc(
        'c',
        'Envoy Henrik Dahl will visit Arvenia and Torvania to prepare the second round of talks.',
        '2031-03-20',
      ),
    ]);
    expect(pairs).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('does not carry a report through a third into an event its own days keep apart', () => {
    const pairs = eventPairs([
      doc('a', 'The delegations met in Osterby from 3 to 5 March 2031.', '2031-03-06'),
      doc(
        'b',
        'Envoy Henrik Dahl will visit Arvenia and Torvania to prepare the second round of talks.',
        '2031-03-20',
      ),
      doc(
        'c',
        'The delegations held the second round of talks in Osterby on 14 and 15 April 2031.',
        '2031-04-16',
      ),
    ]);
    expect(pairs).not.toContain('a-c');
  });

  it('keeps apart rounds numbered differently and planned events months apart', () => {
    const pairs = eventPairs([
      doc('a', 'The third round of talks will be held in Osterby on 12 April 2031.', '2031-03-05'),
      doc('b', 'The second round of talks will be held in Osterby on 12 April 2031.', '2031-03-05'),
      doc('c', 'A round of talks is planned for next month.', '2031-05-20'),
    ]);
    expect(pairs).toEqual([]);
  });

  it("links a record's call said to be a few days old to the call of that week, not to one of the record's day", () => {
    const record = (source: string, text: string, published: string) => ({
      source,
      cleanText: text,
      published,
      claims: extractClaims(text, { roster, published, genre: 'meeting-transcript' }),
    });
    const pairs = eventPairs([
      doc(
        'a',
        'President Mira Kostal spoke by telephone with President Oleg Varin on 3 March 2031.',
        '2031-03-03',
      ),
      record(
        'b',
        'President Varin: I spoke with President Kostal by telephone a few days ago.',
        '2031-03-06',
      ),
      record('c', 'President Varin: I spoke with President Kostal by telephone today.', '2031-03-20'),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it('reads a weekday before a later word of plan as the done act’s, behind the day of writing', () => {
    // 5 March 2031 is a Wednesday; "would" belongs to what the accord does, not to its initialling.
    const pairs = eventPairs([
      doc(
        'a',
        'The delegations of Arvenia and Torvania initialled the accord in Osterby today.',
        '2031-03-05',
      ),
      doc('b', 'The accord initialled in Osterby on Wednesday would open the river to barges.', '2031-03-07'),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it('keeps a weekday after a word of plan on the coming week, not on the one gone by', () => {
    // 5 and 12 March 2031 are Wednesdays: the talks told on the 7th as starting are those of the 12th.
    const pairs = eventPairs([
      doc('a', 'The delegations of Arvenia and Torvania held talks in Osterby today.', '2031-03-05'),
      doc(
        'b',
        'Minister Henrik Dahl set out his priorities for the talks in Osterby starting Wednesday.',
        '2031-03-07',
      ),
      doc('c', 'The delegations of Arvenia and Torvania held talks in Osterby today.', '2031-03-12'),
    ]);
    expect(pairs).toEqual(['b-c']);
  });

  it('reads an occasion told after ", after" as done, though the clause before it plans', () => {
    // 8 and 15 March 2031 are Saturdays: the call the border reopens after is the one gone by.
    const pairs = eventPairs([
      doc(
        'a',
        'President Mira Kostal spoke by telephone with President Oleg Varin on 8 March 2031.',
        '2031-03-08',
      ),
      doc(
        'b',
        'Arvenia will reopen the border crossing, after what its ministry called a long phone call between President Kostal and President Varin on Saturday.',
        '2031-03-12',
      ),
      // A call still planned, with no "after", is the coming Saturday's.
      doc('c', 'President Kostal will hold a phone call with President Varin on Saturday.', '2031-03-12'),
    ]);
    expect(pairs).toEqual(['a-b']);
  });

  it('keeps the exact day of a call said to be a counted number of days old', () => {
    // "two days ago" names one day; it is no loose "few days" that would reach a call of the week before.
    const record = (source: string, text: string, published: string) => ({
      source,
      cleanText: text,
      published,
      claims: extractClaims(text, { roster, published, genre: 'news' }),
    });
    const pairs = eventPairs([
      doc(
        'a',
        'President Mira Kostal spoke by telephone with President Oleg Varin on 1 March 2031.',
        '2031-03-01',
      ),
      record('b', 'President Varin spoke with President Kostal by telephone two days ago.', '2031-03-06'),
      doc(
        'c',
        'President Mira Kostal spoke by telephone with President Oleg Varin on 4 March 2031.',
        '2031-03-04',
      ),
    ]);
    expect(pairs).toEqual(['b-c']);
    expect(coarseDays('we spoke with him by phone two days ago', '2031-12-05', false)).toBeUndefined();
  });

  it('reads the days a coarse expression allows', () => {
    expect(coarseDays('A second round is planned for next month.', '2031-12-05', true)?.days).toEqual([
      '2032-01-01',
      '2032-01-31',
    ]);
    expect(coarseDays('the second round, expected early next year', '2031-12-05', true)?.days).toEqual([
      '2032-01-01',
      '2032-04-30',
    ]);
    expect(coarseDays('set for the week of January 12', '2031-12-05', true)?.days).toEqual([
      '2032-01-12',
      '2032-01-18',
    ]);
    expect(coarseDays('in the second week of January', '2031-12-05', true)?.days).toEqual([
      '2032-01-08',
      '2032-01-14',
    ]);
    expect(coarseDays('as agreed during the call last month', '2031-12-05', false)?.days).toEqual([
      '2031-11-01',
      '2031-11-30',
    ]);
    expect(coarseDays('we spoke with him by phone a few days ago', '2031-12-05', false)?.days).toEqual([
      '2031-11-28',
      '2031-12-04',
    ]);
    expect(coarseDays('its council approved the fund earlier this month', '2031-12-15', false)?.days).toEqual(
      ['2031-12-01', '2031-12-14'],
    );
    expect(coarseDays('we talked at the beginning of the month', '2031-12-15', false)?.days).toEqual([
      '2031-12-01',
      '2031-12-10',
    ]);
    // A month beside its day is a day, and a name that starts like a month is no month.
    expect(coarseDays('the talks in Marivel on 3 December', '2031-12-05', false)).toBeUndefined();
    expect(coarseDays('a decisive meeting on the twelfth of December', '2031-12-05', true)).toBeUndefined();
  });

  it('reads the days a span of talks covers from its range, its length and its end or start', () => {
    expect(spanOfDays('held talks from 1 to 3 December', '2031-12-01', 'round', false)).toEqual([
      '2031-12-01',
      '2031-12-03',
    ]);
    expect(spanOfDays('concluded three days of talks here', '2031-12-03', 'round', false)).toEqual([
      '2031-12-01',
      '2031-12-03',
    ]);
    expect(spanOfDays('will open and is expected to last three days', '2031-12-01', 'round', true)).toEqual([
      '2031-12-01',
      '2031-12-03',
    ]);
    expect(spanOfDays('the round, which ended yesterday', '2031-12-03', 'round', false)).toEqual([
      '2031-12-01',
      '2031-12-03',
    ]);
    // "Two days after" and "within ten days" are no length; a single meeting is one day.
    expect(spanOfDays('two days after the round closed', '2031-12-03', undefined, false)).toEqual([
      '2031-12-03',
      '2031-12-03',
    ]);
    expect(spanOfDays('met this morning', '2031-12-03', undefined, false)).toEqual([
      '2031-12-03',
      '2031-12-03',
    ]);
  });

  it('reads a possessive opening a sentence as whose meeting it is, not where it is held', () => {
    const pairs = eventPairs([
      doc('a', 'Melnyk is due to meet Dahl in Osterby on Wednesday.', '2031-03-02'),
      doc('b', 'Her meeting with Dahl is on Wednesday 5 March.', '2031-03-02'),
      doc('c', 'Their meeting with Varin is on Wednesday 5 March.', '2031-03-02'),
    ]);
    // Who meets says which meeting: the one with Varin is another.
    expect(pairs).toEqual(['a-b']);
  });
});
