// Classes of one real event that sources report apart: a venue and its town, a round whose
// sources name different people, one occasion given two dates (a wrong day to flag).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { eventPairs, doc as genreDoc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published: string) => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});
type Doc = ReturnType<typeof doc>;

/** The pairs of sources flagged as giving one event two dates. */
const dateFlags = (docs: Doc[]) => [
  ...new Set(
    linkSources(docs, roster)
      .disagreements.filter((d) => d.kind === 'date')
      .map((d) => [d.a.source, d.b.source].sort().join('-')),
  ),
];

describe('a venue and the town it is in', () => {
  it('links talks held at a venue, its town after a comma, with talks said to be in the town', () => {
    for (const venue of [
      'at the Palais Verre, Osterby,',
      'at Castle Hollin, Osterby,',
      'at the Tower Hall, Osterby,',
    ])
      expect(
        eventPairs([
          doc('a', `The delegations held talks ${venue} from 3 to 5 March 2031.`, '2031-03-05'),
          doc('b', 'The talks in Osterby opened on Monday, 3 March.', '2031-03-04'),
        ]),
      ).toEqual(['a-b']);
  });

  it('still keeps apart meetings in two towns, and takes no name that opens a clause for a town', () => {
    expect(
      eventPairs([
        doc('a', 'The delegations met at the Palais Verre, Osterby, on 3 March 2031.', '2031-03-04'),
        doc('b', 'The delegations met in Lindau on 3 March 2031.', '2031-03-04'),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'The delegations met in Osterby, Dahl said, on 3 March 2031.', '2031-03-04'),
        doc('b', 'The delegations met at the Dahl Centre in Lindau on 3 March 2031.', '2031-03-04'),
      ]),
    ).toEqual([]);
  });
});

describe('a round of talks, whoever each source names at it', () => {
  it('links two reports of one round that name different members of the delegations', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'Foreign Minister Ingrid Solberg, who chaired the round, said at the end of the first round of talks in Osterby on 5 March 2031 that progress was real.',
          '2031-03-05',
        ),
        doc(
          'b',
          'The first round of talks, opened by President Oleg Varin, was held in Osterby from 3 to 5 March 2031.',
          '2031-03-06',
        ),
      ]),
    ).toEqual(['a-b']);
  });

  it('still keeps apart two meetings with different people on one day', () => {
    expect(
      eventPairs([
        doc('a', 'President Mira Kostal met Henrik Dahl in Osterby on Tuesday.', '2031-03-05'),
        doc('b', 'President Oleg Varin met Ingrid Solberg in Osterby on Tuesday.', '2031-03-05'),
      ]),
    ).toEqual([]);
  });
});

describe('one occasion two sources date a few days apart', () => {
  it('links a numbered round whose opening day two sources give apart, and flags the two dates', () => {
    const docs = [
      doc('a', 'The first round of talks was held in Osterby on 3 March 2031.', '2031-03-04'),
      doc('b', 'The first round, which opened on 4 March, ended without a text.', '2031-03-07'),
    ];
    expect(eventPairs(docs)).toEqual(['a-b']);
    expect(dateFlags(docs)).toEqual(['a-b']);
  });

  it('links a signing of one accord by the same people dated a day apart, and flags the two dates', () => {
    const docs = [
      doc(
        'a',
        'President Oleg Varin and President Mira Kostal signed the Drava Accord in Osterby on 4 March 2031.',
        '2031-03-04',
      ),
      doc('b', 'Kostal and Varin signed the Drava Accord on 5 March 2031, officials said.', '2031-03-06'),
    ];
    expect(eventPairs(docs)).toEqual(['a-b']);
    expect(dateFlags(docs)).toEqual(['a-b']);
  });

  it('links two signings of one named text a day apart, though one names nobody who signed', () => {
    const docs = [
      doc('a', 'Today the two governments signed the Drava Water Accord in a ceremony.', '2031-03-04'),
      doc(
        'b',
        'Kostal and Varin signed the Drava Water Accord on 5 March 2031, officials said.',
        '2031-03-06',
      ),
      doc(
        'c',
        'Today the two governments signed the Osterby Fisheries Protocol in a ceremony.',
        '2031-03-05',
      ),
    ];
    expect(eventPairs(docs)).toEqual(['a-b']);
  });

  it('keeps apart calls and meetings of the same people on days apart: those recur', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'President Mira Kostal spoke by phone with President Oleg Varin on 3 March 2031.',
          '2031-03-04',
        ),
        doc(
          'b',
          'President Mira Kostal spoke by phone with President Oleg Varin on 5 March 2031.',
          '2031-03-06',
        ),
      ]),
    ).toEqual([]);
  });

  it('keeps apart rounds numbered alike but weeks apart, and a round dated by a call the sentence names', () => {
    expect(
      eventPairs([
        doc('a', 'The first round of talks opened in Osterby on 3 March 2031.', '2031-03-03'),
        doc('b', 'The first round of talks opened in Osterby on 24 March 2031.', '2031-03-24'),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'The delegations held talks in Osterby from 3 to 5 March 2031.', '2031-03-05'),
        doc(
          'b',
          'President Mira Kostal had prepared the Osterby round in a telephone call with Dahl on Sunday.',
          '2031-03-10',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('the second of two calls one sentence reports', () => {
  it('is read with its own people, a multiword naming of the first ("spoken by telephone") counted once', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'The Minister recalled that Henrik Dahl had spoken by telephone with President Oleg Varin on Monday, and that Dahl had spoken with President Mira Kostal the day after.',
          '2031-03-06',
        ),
        doc('b', 'Henrik Dahl will hold a phone call with President Mira Kostal tomorrow.', '2031-03-03'),
      ]),
    ).toEqual(['a-b']);
  });
});

describe('a trip told in the present tense', () => {
  it('is to the coming weekday it names, and links to the talks held there that day', () => {
    expect(
      eventPairs([
        doc('a', 'Our delegation, led by Ingrid Solberg, heads to Osterby on Wednesday.', '2031-03-03'),
        doc('b', 'The delegations held talks in Osterby from 5 to 7 March 2031.', '2031-03-07'),
      ]),
    ).toEqual(['a-b']);
  });
});

describe('a trip and a meeting each linked to a third report', () => {
  it('are one event when the trip falls on a day of the meeting and names no other place', () => {
    const docs = [
      doc('a', 'Our delegation, led by Ingrid Solberg, heads to Osterby on Wednesday.', '2031-03-03'),
      doc('b', 'The delegations held talks in Osterby from 5 to 7 March 2031.', '2031-03-07'),
      doc('c', 'Three days of talks ended here this afternoon.', '2031-03-07'),
    ];
    expect(eventPairs(docs)).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('stay apart when the trip is to another place', () => {
    const docs = [
      doc('a', 'Ingrid Solberg travels to Lindau on Wednesday.', '2031-03-03'),
      doc('b', 'The delegations held talks in Osterby from 5 to 7 March 2031.', '2031-03-07'),
      doc('c', 'Three days of talks ended here this afternoon.', '2031-03-07'),
    ];
    expect(eventPairs(docs)).not.toContain('a-c');
  });
});

describe('two undated reports each linked to a dated third', () => {
  // One dated end is enough: the trip and the meeting above are joined through a third report.
  it('are not joined through it: nothing but the third ties them', () => {
    const docs = [
      doc('a', 'A further round of negotiations got under way in Osterby, the envoy said.', '2031-03-09'),
      doc('b', 'The second round of talks was held in Osterby on 5 and 6 March 2031.', '2031-03-07'),
      doc(
        'c',
        'The delegations met again in Osterby, where both sides were described as cautious.',
        '2031-03-09',
      ),
    ];
    expect(eventPairs(docs)).toEqual(['a-b', 'b-c']);
  });
});

describe('a signing, whoever each source names at it', () => {
  it('links a ceremony told with appositions and witnesses to a report naming the signatories alone', () => {
    for (const first of [
      'Today, at the Palais Verre, the President of Arvenia, Mira Kostal, and the President of Torvania, Oleg Varin, signed the Drava Accord, in the presence of Henrik Dahl.',
      'Today, in the presence of Special Envoy Henrik Dahl, President Oleg Varin signed the Drava Accord.',
      'President Mira Kostal signed the Drava Accord today, with Ingrid Solberg beside her.',
    ])
      expect(
        eventPairs([
          doc('a', first, '2031-03-04'),
          doc('b', 'This afternoon President Varin and President Kostal signed the accord.', '2031-03-04'),
        ]),
      ).toEqual(['a-b']);
  });

  it('still keeps apart signings of two named texts, and meetings of one day with different people', () => {
    expect(
      eventPairs([
        doc('a', 'President Mira Kostal signed the Drava Accord in Osterby today.', '2031-03-04'),
        doc('b', 'President Oleg Varin signed the Lindau Protocol in Osterby today.', '2031-03-04'),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'Today, at the Palais Verre, President Mira Kostal, met Henrik Dahl.', '2031-03-04'),
        doc('b', 'President Oleg Varin met Ingrid Solberg at the Palais Verre today.', '2031-03-04'),
      ]),
    ).toEqual([]);
  });
});

describe("the leaders' meeting, named by their office or as 'the leaders'", () => {
  it('links "the leaders" or "the summit" to a plan that names two heads of state, and two undated announcements', () => {
    for (const mention of [
      'The leaders agreed in principle to meet in person once the framework is ready.',
      'As for the leaders, I will not put a date on the summit.',
      'The heads of state will meet when there is something to sign.',
    ])
      expect(
        eventPairs([
          genreDoc('a', mention, 'readout', '2031-03-04'),
          genreDoc(
            'b',
            'President Mira Kostal and President Oleg Varin intend to meet in Osterby in May.',
            'readout',
            '2031-04-15',
          ),
          genreDoc('c', 'The leaders will meet once the text is ready, Dahl said.', 'readout', '2031-03-06'),
        ]),
      ).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('keeps apart the leaders and a meeting of one head with an envoy, and a past leaders’ meeting and a coming one', () => {
    expect(
      eventPairs([
        genreDoc(
          'a',
          'The leaders agreed in principle to meet in person once the framework is ready.',
          'readout',
          '2031-03-04',
        ),
        genreDoc(
          'b',
          'President Mira Kostal will meet Henrik Dahl in Osterby in May.',
          'readout',
          '2031-04-15',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        genreDoc(
          'a',
          'The leaders will meet in person once the framework is ready.',
          'readout',
          '2031-03-04',
        ),
        genreDoc('b', 'The leaders have met only once, and said little.', 'readout', '2031-03-06'),
      ]),
    ).toEqual([]);
  });
});

describe('a standing body that meets as itself', () => {
  it('links the sessions of one council on one day, whatever else each report says of it', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'The Union Council, which will guarantee the patrols, meets on 4 March 2031 to discuss its role.',
          '2031-03-02',
        ),
        doc('b', 'The Council will meet in extraordinary session tomorrow.', '2031-03-03'),
        doc(
          'c',
          'The Council met this morning in extraordinary session and approved the fund.',
          '2031-03-04',
        ),
      ]),
    ).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('keeps apart two bodies, or a body and the experts, meeting on one day', () => {
    expect(
      eventPairs([
        doc('a', 'The Union Council meets on 4 March 2031.', '2031-03-02'),
        doc('b', 'The National Assembly meets on 4 March 2031.', '2031-03-02'),
        doc('c', 'The experts of both sides will meet on 4 March 2031.', '2031-03-02'),
      ]),
    ).toEqual([]);
  });
});

describe('a round of talks told by its span, and one told by its opening', () => {
  it('reads the span from the words that dated the round, however long its subject, and "opening" as its start', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'From 3 to 5 March 2031 the delegations of Arvenia, headed by Mira Kostal, and of Torvania, headed by Oleg Varin, held talks in Osterby.',
          '2031-03-05',
        ),
        doc(
          'b',
          'Negotiators from Arvenia and Torvania sat down at one table on 4 March 2031, opening Norland-brokered talks that could end the dispute.',
          '2031-03-04',
        ),
      ]),
    ).toEqual(['a-b']);
  });

  it('takes "Norland-brokered" for who brokered the talks, not where they were held', () => {
    expect(
      eventPairs([
        doc('a', 'The delegations held Norland-brokered talks on 3 March 2031.', '2031-03-04'),
        doc('b', 'The delegations held talks in Osterby on 3 March 2031.', '2031-03-04'),
      ]),
    ).toEqual(['a-b']);
  });
});

describe('a sentence that names the event’s place and day in passing', () => {
  it('does not place anyone at the event when it gives in full another day it is about', () => {
    const { links } = linkSources(
      [
        doc('a', 'The delegations held talks in Osterby from 3 to 5 March 2031.', '2031-03-05'),
        doc(
          'b',
          'KESSEL, 9 April 2031 — Forty detainees returned home today, in the exchange agreed in Osterby on 5 March.',
          '2031-04-09',
        ),
      ],
      roster,
    );
    expect(links.filter((l) => l.reason.startsWith('puts someone'))).toEqual([]);
  });
});

describe('one call between two people that two sources date a day apart', () => {
  it('links the readout’s call of today to the news’ call of the next day, and flags the two dates', () => {
    const docs = [
      doc(
        'a',
        'President Mira Kostal held a telephone conversation today with President Oleg Varin.',
        '2031-03-02',
      ),
      doc('b', 'The breakthrough came after Kostal telephoned Varin on 3 March.', '2031-03-10'),
    ];
    expect(eventPairs(docs)).toEqual(['a-b']);
    expect(dateFlags(docs)).toEqual(['a-b']);
  });

  it('keeps apart calls when a source tells of two between them, or the calls share one person only', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'President Mira Kostal held a telephone conversation today with President Oleg Varin.',
          '2031-03-02',
        ),
        doc(
          'b',
          'The breakthrough came after Kostal telephoned Varin on 3 March, and the two spoke again by phone on 5 March.',
          '2031-03-10',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'President Mira Kostal spoke by phone with Henrik Dahl today.', '2031-03-02'),
        doc('b', 'The breakthrough came after Kostal telephoned Varin on 3 March.', '2031-03-10'),
      ]),
    ).toEqual([]);
  });
});

describe('a meeting put in a building by one source and in a town by another', () => {
  it('links them (the building may be in the town), a meeting one "looks forward to" as planned, and flags the two days', () => {
    const docs = [
      doc(
        'a',
        'The experts of both sides will meet in Osterby on 23 March 2031 to prepare the annexes.',
        '2031-03-10',
      ),
      doc(
        'b',
        'The experts of both sides will meet at the Secretariat on 24 March 2031 to prepare the annexes.',
        '2031-03-12',
      ),
      doc(
        'c',
        'The Union looks forward to the meeting of the experts in Osterby on 23 March 2031.',
        '2031-03-15',
      ),
    ];
    expect(eventPairs(docs)).toEqual(['a-b', 'a-c', 'b-c']);
    expect(dateFlags(docs)).toContain('a-b');
  });

  it('still keeps apart meetings of one day in two buildings', () => {
    expect(
      eventPairs([
        doc('a', 'The experts of both sides met at the Secretariat on 23 March 2031.', '2031-03-24'),
        doc('b', 'The experts of both sides met at the Palais Verre on 23 March 2031.', '2031-03-24'),
      ]),
    ).toEqual([]);
  });
});

describe('one deadline restated by several sources, on two days', () => {
  it('links deadlines of one act: held people "home by" a day are released by it; a withdrawal is from a place', () => {
    const pairs: [string, string][] = [
      [
        'The remaining men will be released by the deadline agreed in Osterby, which is April 10.',
        'One result that matters: all detained fishermen go home by 18 April.',
      ],
      [
        'The memorandum commits the two governments to free every prisoner still held by the end of March.',
        'All remaining detainees home by 15 April.',
      ],
      [
        'Torvanian units are to complete their pullback from the Vell line by April 15, a source said.',
        'The envoy stressed the March 31 deadline for the withdrawal of heavy equipment from the Vell district.',
      ],
    ];
    for (const [x, y] of pairs)
      expect(eventPairs([doc('a', x, '2031-03-10'), doc('b', y, '2031-03-12')])).toEqual(['a-b']);
  });

  it('keeps apart withdrawals of other forces from one place, and signings that only take place in one town', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'Ministers are expected to sign the protocol by March 31 at a ceremony in Osterby.',
          '2031-03-10',
        ),
        doc(
          'b',
          'Harbour chiefs from Osterby will put their signatures to operating rules before 15 April.',
          '2031-03-12',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc(
          'a',
          'Torvanian units are to complete their pullback of troops from the Vell line by April 15.',
          '2031-03-10',
        ),
        doc(
          'b',
          'The deadline for the withdrawal of heavy weapons from the Vell district is 31 March.',
          '2031-03-12',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('a round whose sources give two opening days', () => {
  it('links the round and flags the two openings, though the days each gives overlap', () => {
    const docs = [
      doc(
        'a',
        'From 3 to 5 March 2031 the delegations of Arvenia, headed by Mira Kostal, and of Torvania, headed by Oleg Varin, held talks in Osterby.',
        '2031-03-05',
      ),
      doc(
        'b',
        'Negotiators from Arvenia and Torvania sat down at one table on 4 March 2031, opening Norland-brokered talks that could end the dispute.',
        '2031-03-04',
      ),
    ];
    expect(eventPairs(docs)).toEqual(['a-b']);
    expect(dateFlags(docs)).toEqual(['a-b']);
  });

  it('flags nothing where the openings agree, or one source gives no opening', () => {
    expect(
      dateFlags([
        doc('a', 'From 3 to 5 March 2031 the delegations held talks in Osterby.', '2031-03-05'),
        doc('b', 'The talks opened in Osterby on 3 March 2031.', '2031-03-03'),
        doc('c', 'The delegations concluded three days of talks in Osterby on 5 March 2031.', '2031-03-05'),
      ]),
    ).toEqual([]);
  });
});

describe('a deadline told as a span from an undated day, and the day others give it', () => {
  it('links a limit "within ten days of the end of this round" to the same limit given a day', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'On data, I propose that the first data sets be exchanged within ten days of the end of this round.',
          '2031-03-05',
        ),
        doc(
          'b',
          'Torvania will hand over its first data sets on the Vell river no later than 20 March.',
          '2031-03-12',
        ),
      ]),
    ).toEqual(['a-b']);
  });

  it('keeps it apart from a limit on another thing told beside the same words', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'On data, I propose that the first data sets be exchanged within ten days of the end of this round.',
          '2031-03-05',
        ),
        doc(
          'b',
          'The round ended with the first data sets on the table, and the pullback of heavy weapons from the Vell line, completed before the March 31 deadline, was confirmed.',
          '2031-04-15',
        ),
      ]),
    ).toEqual([]);
  });
});
