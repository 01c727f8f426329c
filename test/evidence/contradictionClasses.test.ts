// The classes of pairs that look contradictory and are not: what a source asks, proposes or
// offers is not what it asserts; a count of the sides is no count at stake; two deadlines of
// two things, or one relative deadline read from two sources' days; two records of a speaker
// on two occasions that say the same. Each beside the case it must still flag. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { oneRelativeDeadline } from '../../src/evidence/deadlines.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { sameUnit } from '../../src/evidence/sameFigure.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('contradictions only between what sources assert', () => {
  it('takes no premise of a journalist’s question for a claim', () => {
    const briefing = [
      'MODERATOR: Good morning.',
      'QUESTION: Several reports said President Oleg Varin headed the Torvanian delegation. Can you confirm?',
      'MR. SURIN: I can confirm that we will say more tomorrow.',
    ].join('\n\n');
    const news = 'The Torvanian delegation was headed by spokesman Pavel Surin, officials said.';
    expect(kinds(doc('a', briefing, 'press-conference'), doc('b', news))).toEqual([]);
    // The same words as the source's own are flagged.
    const said = 'Several reports said President Oleg Varin headed the Torvanian delegation.';
    expect(kinds(doc('a', said), doc('b', news))).toEqual(['participants ab']);
  });

  it('takes a party’s proposal or offer for its position, not for the figure agreed', () => {
    const agreed = 'Heavy weapons will be withdrawn 15 kilometres from the line of contact.';
    expect(
      kinds(
        doc('a', 'Arvenia proposed that heavy weapons be withdrawn 25 kilometres from the line of contact.'),
        doc('b', agreed),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', 'Heavy weapons were withdrawn 25 kilometres from the line of contact.'),
        doc('b', agreed),
      ),
    ).toEqual(['number ab']);
  });

  it('takes the terms "under the proposal" for the text\'s, which two figures contradict', () => {
    const other = 'The mediation draft widens the buffer zone to 20 kilometres on either side of the river.';
    expect(
      kinds(
        doc('a', 'Under the proposal, the buffer zone would run 14 kilometres on either side of the river.'),
        doc('b', other),
      ),
    ).toEqual(['number ab']);
    // A party's proposal is still its position; so is what a text proposes, which may be another text.
    for (const text of [
      "Under Arvenia's proposal, the buffer zone would run 14 kilometres on either side of the river.",
      'The leaked draft proposed a buffer zone of 14 kilometres on either side of the river.',
    ])
      expect(kinds(doc('a', text), doc('b', other))).toEqual([]);
  });

  it('keeps "under the proposal" whose author follows for that author\'s position', () => {
    // Two parties' proposals with two widths are two positions, not one text told two ways.
    const pair = (a: string, b: string) =>
      kinds(
        doc(
          'a',
          `Under the proposal ${a}, the buffer zone would run 12 kilometres on either side of the river.`,
        ),
        doc(
          'b',
          `Under the proposal ${b}, the buffer zone would run 4 kilometres on either side of the river.`,
        ),
      );
    expect(pair('from Torvania', 'from Arvenia')).toEqual([]);
    expect(pair('tabled by Torvania', 'of Arvenia')).toEqual([]);
    // With no author named, both tell the one text on the table.
    expect(pair('now on the table', 'now on the table')).toEqual(['number ab']);
  });

  it('takes an offer given as the last word for a limit that a larger figure contradicts', () => {
    const agreed = 'Arvenia shall receive 400 million cubic metres of Vell water a year.';
    expect(
      kinds(
        doc('a', 'Torvania has offered 350 million cubic metres of Vell water a year.'),
        doc('b', agreed),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          'Torvania has offered 350 million cubic metres of Vell water a year and would not go further.',
        ),
        doc('b', agreed),
      ),
    ).toEqual(['number ab']);
  });

  it('flags no figure against a source that gives both figures itself', () => {
    expect(
      kinds(
        doc('a', 'The pullback was first set at 25 kilometres; the figure retained is 15 kilometres.'),
        doc('b', 'The pullback of heavy weapons from the line will be 15 kilometres.'),
      ),
    ).toEqual([]);
  });

  it('keeps counts of one noun of two kinds apart, by the words that say which', () => {
    const count = (t: string) => quantities(t)[0]!;
    const [gauging, framework, plan, document, bare] = [
      count('two gauging points downstream'),
      count('the twenty-point framework'),
      count('a 20-point plan'),
      count('the 22-point document'),
      count('the twenty points one by one'),
    ];
    expect(sameUnit(gauging, framework)).toBe(false);
    // A plan, a framework and a document are one text; a count that says no kind may be of any.
    expect(sameUnit(plan, document)).toBe(true);
    expect(sameUnit(framework, bare)).toBe(true);
    expect(
      kinds(
        doc('a', 'The data will cover two gauging points below the Vell dam.'),
        doc('b', 'The twenty-point framework was accepted, and the delegations argued over the Vell dam.'),
      ),
    ).toEqual([]);
  });

  it('counts no sides or parties', () => {
    expect(quantities('the joint statement the three sides issued on Friday')).toEqual([]);
    expect(quantities('talks between the two parties')).toEqual([]);
    expect(quantities('three joint measurement stations')).toMatchObject([{ value: 3, unit: 'station' }]);
  });
});

describe('deadlines', () => {
  const pass = (text: string) => ({ text }) as Passage;

  it('reads one span from a starting point as one deadline, two spans as two', () => {
    const a = pass('The first data sets will be exchanged within ten days of this statement.');
    expect(
      oneRelativeDeadline(
        a,
        pass('The first data will be exchanged within ten days of the end of this round.'),
      ),
    ).toBe(true);
    expect(
      oneRelativeDeadline(a, pass('The first data will be exchanged within two weeks of the round.')),
    ).toBe(false);
    expect(oneRelativeDeadline(a, pass('The first data will be exchanged by 20 March.'))).toBe(false);
    // The span written in digits or in words is one span.
    expect(oneRelativeDeadline(a, pass('First data within 10 days of the statement.'))).toBe(true);
  });

  it('reads "within a week" as the span of seven days, as a briefing or an interview says it', () => {
    const week = pass('Torvania will give its answer on the transit annex within a week.');
    expect(
      oneRelativeDeadline(week, pass('Torvania will respond on the transit annex within seven days.')),
    ).toBe(true);
    expect(oneRelativeDeadline(week, pass('The delegations agreed to send comments within one week.'))).toBe(
      true,
    );
    expect(oneRelativeDeadline(week, pass('Torvania will respond on the annex within ten days.'))).toBe(
      false,
    );
    expect(oneRelativeDeadline(week, pass('The talks were held for one day in Fjellby.'))).toBe(false);
  });

  it('takes a step planned ahead of a deadline, or a condition after the date, for no part of what is due', () => {
    const release = doc('a', 'Arvenia and Torvania agreed to free all detained fishermen within 30 days.');
    const ahead = doc(
      'b',
      'Varin said the last seventeen fishermen would be handed over at the Lorne bridge within 72 hours, ahead of the 30 April deadline.',
    );
    expect(kinds(release, ahead)).toEqual([]);
    // A day given as the deadline's own is that deadline, however it is worded.
    const own = doc(
      'a',
      'The pullback of heavy weapons from the Vell valley was to be completed ahead of the 31 March deadline.',
    );
    const other = doc('b', 'Torvanian units are to complete the pullback of heavy weapons by April 15.');
    expect(kinds(own, other)).toContain('date ab');
    const lists = doc(
      'a',
      'The Parties agreed to exchange full lists of prisoners through the Union by 12 March.',
    );
    const phase = doc('b', 'The second phase can take place by 31 May if the Union finishes its interviews.');
    expect(kinds(lists, phase)).toEqual([]);
    const moved = doc(
      'b',
      'The Parties agreed to exchange full lists of prisoners through the Union by 20 March.',
    );
    expect(kinds(lists, moved)).toContain('date ab');
  });

  it('takes what a span is counted from for its start, not for what is due', () => {
    const signing = doc(
      'a',
      'The Presidents agreed that the accord should be signed no later than 15 April.',
    );
    for (const after of [
      'The first barges would sail within ten days of signature, the statement said.',
      'The port will receive the first barges within ten days of the accord’s signature.',
      'Gauges will be installed within thirty days after ratification.',
    ])
      expect(kinds(signing, doc('b', after)), after).toEqual([]);
    const other = doc('b', 'The Presidents agreed that the accord should be signed no later than 30 April.');
    expect(kinds(signing, other)).toContain('date ab');
  });

  it('takes a span counted from a condition for no day to set against another', () => {
    // A joint statement's day, and a record's and a briefing's spans run from a breach, not from their dates.
    const due = doc(
      'a',
      'The Parties shall report every breach of the ceasefire on the Vell line to the Commission by 20 March.',
      'joint-statement',
      '2031-03-05',
    );
    for (const text of [
      'If either side breaches the ceasefire on the Vell line, the Commission must receive a report within 24 hours.',
      'Should a breach of the ceasefire on the Vell line occur, the Parties report it to the Commission within two days.',
    ])
      expect(kinds(due, doc('b', text, 'meeting-transcript', '2031-03-14')), text).toEqual([]);
    // Without the condition, a span from the source's day is a day it gives ("every breach" would
    // count it from each breach: standingPeriods.ts).
    const plain = doc(
      'c',
      'The Parties shall report the breaches of the ceasefire on the Vell line to the Commission within two days.',
      'press-release',
      '2031-03-14',
    );
    expect(kinds(due, plain)).toEqual(['date ac']);
  });

  it('flags two days for one thing due, not two things due on two days', () => {
    const data = 'Torvania will hand over its first river data to Arvenia no later than 20 March.';
    const other = doc(
      'b',
      'Torvania will withdraw its heavy weapons from the Vell valley no later than 31 March.',
    );
    const same = doc('c', 'Torvania will hand over the first river data to Arvenia no later than 16 March.');
    const found = kinds(doc('a', data), other, same);
    expect(found).toContain('date ac');
    expect(found.filter((k) => k.includes('b'))).toEqual([]);
  });

  it('flags two days for one act due, however differently the sources word the rest', () => {
    const pairs: [string, string][] = [
      [
        'All detained fishermen, 212 persons in total, shall be released no later than 18 April.',
        'The remaining men will be released by the deadline agreed in Norland, which is April 10.',
      ],
      [
        'Arvenia will submit the accord to its parliament for ratification before 30 June.',
        'Both parliaments must ratify the accord by 31 May, the government said.',
      ],
      [
        'Both Parties will withdraw heavy weapons from the Vell valley no later than 31 March.',
        'Torvanian units are to complete the pullback of heavy weapons by April 15, a defence source said.',
      ],
      [
        'Torvania will hand over its gauge records no later than 20 March.',
        'The gauge records are to be delivered to Arvenia by 16 March, the ministry said.',
      ],
    ];
    for (const [x, y] of pairs) expect(kinds(doc('a', x), doc('b', y))).toContain('date ab');
  });

  it('takes one act on two things for two deadlines', () => {
    const data = 'The parties will exchange their river data for the last five seasons by 12 April.';
    const lists = 'The parties will exchange lists of prisoners by 24 March.';
    expect(kinds(doc('a', data), doc('b', lists))).toEqual([]);
    const accord = 'Arvenia will sign the water accord no later than 30 April.';
    const protocol = 'Torvania is to sign the fisheries protocol by 15 May.';
    expect(kinds(doc('a', accord), doc('b', protocol))).toEqual([]);
  });
});

describe('two quotations of one speaker', () => {
  const turns = (words: string, day: string) =>
    doc(
      `t${day}`,
      `MODERATOR: Welcome.\n\nMR. SURIN: ${words}\n\nMODERATOR: Thank you.`,
      'press-conference',
      day,
    );

  it('takes two records of two occasions that say the same for one position said twice', () => {
    const found = kinds(
      turns('The Union is ready to act as guarantor of the river accord.', '2031-03-05'),
      turns('The Union has agreed to act as guarantor of the river accord.', '2031-03-09'),
    );
    expect(found.filter((k) => k.startsWith('quote'))).toEqual([]);
  });

  it('flags two records where one denies what the other says', () => {
    const found = kinds(
      turns('The Union will act as guarantor of the river accord.', '2031-03-05'),
      turns('The Union will not act as guarantor of the river accord.', '2031-03-09'),
    );
    expect(found.filter((k) => k.startsWith('quote'))).toHaveLength(1);
  });

  it('flags two renderings of one quotation in reports, as a reader must know which is verbatim', () => {
    const found = kinds(
      doc('a', 'Surin told reporters: "We did not come here to lose the river accord."'),
      doc('b', 'Surin said: "We have not come to lose the river accord, and we will not lose it now."'),
    );
    expect(found.filter((k) => k.startsWith('quote'))).toHaveLength(1);
  });
});

describe('one flag per disagreement', () => {
  it('flags once, the sources’ own earliest statements standing for the sides, the rest beside them', () => {
    const found = linkSources(
      [
        doc(
          'quoted',
          'Kostal said: "Torvania will release a minimum of 1.2 billion cubic metres of Vell water a year."',
          'news',
          '2031-03-04',
        ),
        doc(
          'own',
          'Torvania will release a minimum of 1.2 billion cubic metres of Vell water a year.',
          'news',
          '2031-03-06',
        ),
        doc(
          'later',
          'Torvania will release a minimum of 1.2 billion cubic metres of Vell water a year, officials said.',
          'news',
          '2031-03-08',
        ),
        doc(
          'odd',
          'The agreed minimum release of Vell water is 1 billion cubic metres a year.',
          'news',
          '2031-03-10',
        ),
      ],
      roster,
    ).disagreements;
    expect(found).toHaveLength(1);
    const [d] = found;
    const [one, many] = d!.a.source === 'odd' ? [d!.a, d!.b] : [d!.b, d!.a];
    expect([one.source, many.source]).toEqual(['odd', 'own']);
    const beside = [...(d!.alsoA ?? []), ...(d!.alsoB ?? [])].map((p) => p.source).sort();
    expect(beside).toEqual(['later', 'quoted']);
  });
});

describe('one accord signed on two days', () => {
  const on14 = (text: string) => doc('a', text, 'news', '2031-04-14');
  const on15 = (text: string) => doc('b', text, 'news', '2031-04-16');

  it('flags the same people’s signing of one accord dated a day or two apart', () => {
    const pairs: [string, string][] = [
      [
        'President Kostal and President Varin signed the Vell River Accord in Fjellby this afternoon.',
        'Mira Kostal and Oleg Varin signed the Vell River Accord at the Old Customs House in Fjellby on 15 April, ending a long dispute over water quotas and fishing rights.',
      ],
      [
        'Today President Solberg witnessed the signature of the accord by President Kostal and President Varin.',
        'The treaty was signed by President Varin and President Kostal on Wednesday, 15 April.',
      ],
    ];
    for (const [x, y] of pairs) expect(kinds(on14(x), on15(y))).toContain('date ab');
  });

  it('takes others signing the accord on another day, or a signing weeks later, for no contradiction', () => {
    const done = on14('President Kostal and President Varin signed the Vell River Accord in Fjellby today.');
    const weeks = doc(
      'b',
      'Mira Kostal and Oleg Varin signed a fisheries protocol on 2 May.',
      'news',
      '2031-05-03',
    );
    expect(kinds(done, weeks)).toEqual([]);
    const guarantor = on15(
      'Foreign Minister Ingrid Solberg signed the accord for Norland as guarantor on 15 April.',
    );
    expect(kinds(done, guarantor)).toEqual([]);
  });
});

describe('all held people free, or some still held', () => {
  const at = (source: string, text: string, published: string, genre: Parameters<typeof doc>[2] = 'news') =>
    doc(source, text, genre, published);

  it('flags all said free against a count still held at about that time, however each is worded', () => {
    const free = [
      'The Parties note with satisfaction that all persons detained in connection with the Vell valley have been released.',
      'My information is that all 212 are home.',
      'Officials said no fishermen remain in detention on either side.',
      'None of the fishermen remain in custody, the Union said.',
    ];
    const held = [
      'The ministry notes that 17 Arvenian fishermen remain in detention in Torvania.',
      'President Kostal was told that the last seventeen fishermen would be handed over at the border within 72 hours.',
      'According to the ministry, some 40 detained crew members are still held in Drava.',
      'Seventeen prisoners have yet to be released, the ministry said.',
    ];
    for (const x of free)
      for (const y of held)
        expect(kinds(at('a', x, '2031-04-14'), at('b', y, '2031-04-18'))).toEqual(['status ab']);
  });
});

describe('a thing reported working, and later not yet working', () => {
  it('flags one thing, however each source names it, said working and then never switched on', () => {
    const pairs: [string, string][] = [
      [
        'The line has been working since Saturday.',
        'Officials said the coast-guard hotline has yet to be switched on.',
      ],
      [
        'The three measurement stations are now operational.',
        'The measurement stations are not yet in operation, the Union said.',
      ],
      [
        'The direct line between the two coast guards began operating on Monday.',
        'The hotline is not yet working, officials admitted.',
      ],
      ['The hotline went live on Monday.', 'The hotline has never worked, the ministry said.'],
      ['The monitoring stations came into operation in May.', 'The monitoring stations remain inactive.'],
    ];
    for (const [x, y] of pairs)
      expect(kinds(doc('a', x, 'news', '2031-03-24'), doc('b', y, 'news', '2031-04-06'))).toEqual([
        'status ab',
      ]);
  });
});
