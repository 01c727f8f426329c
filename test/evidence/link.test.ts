import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { type Disagreement, linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { contentWords } from '../../src/evidence/words.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published = '2031-03-05') => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});
/** The sources on each side of one flag: its own passage and those beside it, sides in order. */
const sidesOf = (d: Disagreement) =>
  [
    [d.a, ...(d.alsoA ?? [])],
    [d.b, ...(d.alsoB ?? [])],
  ]
    .map((side) =>
      side
        .map((p) => p.source)
        .sort()
        .join(''),
    )
    .sort();

describe('links across sources', () => {
  it('links two counts of one thing and flags them, with both passages and both sources', () => {
    const { groups, disagreements } = linkSources(
      [
        doc('a', 'The revised draft on the Vell river runs to 12 articles, officials in Drava said.'),
        doc('b', 'The revised Vell river draft now has 14 articles.'),
      ],
      roster,
    );
    expect(groups.map((g) => g.map((p) => p.source))).toEqual([['a', 'b']]);
    expect(disagreements.map((d) => [d.kind, d.a.source, d.a.text, d.b.source, d.b.text])).toEqual([
      [
        'number',
        'a',
        'The revised draft on the Vell river runs to 12 articles, officials in Drava said.',
        'b',
        'The revised Vell river draft now has 14 articles.',
      ],
    ]);
  });

  it('flags final against not final, and one quotation given to two speakers', () => {
    const { disagreements } = linkSources(
      [
        doc(
          'a',
          'The delegations finalized the annex on water quotas. "The river belongs to both banks," Dahl said.',
        ),
        doc(
          'b',
          'The annex on water quotas is not final, Surin said. "The river belongs to both banks," Varin said.',
        ),
      ],
      roster,
    );
    expect(disagreements.map((d) => d.kind).sort()).toEqual(['attribution', 'status']);
  });

  it('does not link passages that share only common words', () => {
    const { groups } = linkSources(
      [doc('a', 'Dahl met Varin in Drava on Tuesday.'), doc('b', 'Kostal will travel to Kessel next month.')],
      roster,
    );
    expect(groups).toEqual([]);
  });

  it('links statuses of one subject, not of what the same person said about another', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'Dahl stressed that the water annex is still a draft and needs more work.'),
        doc('b', 'The water annex had been agreed by both parties on Friday.'),
        doc('c', 'Dahl stressed that the port fees are final.'),
      ],
      roster,
    );
    expect(disagreements.map((d) => [d.kind, d.a.source, d.b.source])).toEqual([['status', 'a', 'b']]);
  });

  it('keeps a short status sentence and reads "it" through the sentences before', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'There is no agreement on the line.'),
        doc('b', 'The delegations agreed on the ceasefire line in the northern sector.'),
        doc(
          'c',
          'The envoy spoke about the northern line for an hour. For us it is done. I do not agree that it is finished.',
        ),
      ],
      roster,
    );
    // One disagreement, both sources that say "open" on one side of it.
    expect(disagreements.map((d) => [d.kind, ...sidesOf(d)])).toEqual([['status', 'ac', 'b']]);
  });

  it('takes a visit and the meeting it was for, one day and one named person, as one event', () => {
    const { groups } = linkSources(
      [
        doc('a', 'Henrik Dahl will travel to Kessel on Friday to brief the cabinet.', '2031-03-05'),
        doc(
          'b',
          'The Arvenian prime minister received Henrik Dahl in Kessel on Friday, officials said.',
          '2031-03-08',
        ),
      ],
      roster,
    );
    expect(groups.some(([x, y]) => x!.kind === 'event' && y!.kind === 'event')).toBe(true);
  });

  it("links a short line that puts someone at an event's place on its day to that event", () => {
    const { groups } = linkSources(
      [
        doc('a', 'Delegations of Arvenia and Torvania opened talks in Fjellby on Thursday.', '2031-03-07'),
        doc('b', 'Our team is in Fjellby today. Thank you all for your patience.', '2031-03-06'),
      ],
      roster,
    );
    expect(groups.map(([x, y]) => [x!.kind, y!.text])).toContainEqual([
      'event',
      'Our team is in Fjellby today.',
    ]);
  });

  it('does not take two meetings of one day for one when one names nobody and they share no word', () => {
    const { groups } = linkSources(
      [
        doc('a', 'The third round is scheduled for Thursday in Fjellby, Henrik Dahl said.'),
        doc('b', 'Separately, the committee will convene on Thursday.'),
      ],
      roster,
    );
    expect(groups).toEqual([]);
  });

  it('flags one planned round announced for two days, not talks that ran over two days', () => {
    const planned = linkSources(
      [
        doc('a', 'The third round of talks will be held in Fjellby on 12 March 2031.'),
        doc('b', 'The third round of talks is scheduled for 13 March 2031, in Fjellby.'),
        doc('c', 'The second round of talks will be held in Fjellby on 13 March 2031.'),
      ],
      roster,
    );
    expect(new Set(planned.disagreements.map((d) => `${d.kind} ${d.a.source} ${d.b.source}`))).toEqual(
      new Set(['date a b']),
    );
    expect(planned.disagreements.some((d) => d.a.kind === 'event' && d.b.kind === 'event')).toBe(true);
    const past = linkSources(
      [
        doc('a', 'The delegations held talks in Fjellby on 3 March 2031 on the river annex.'),
        doc('b', 'The delegations ended talks in Fjellby on 4 March 2031 on the river annex.'),
      ],
      roster,
    );
    expect(past.disagreements.filter((d) => d.a.kind === 'event' && d.b.kind === 'event')).toEqual([]);
  });

  it('does not link two sentences alike only in whom they name', () => {
    const { groups } = linkSources(
      [
        doc('a', 'Norland special envoy Henrik Dahl and Torvania negotiator Oleg Varin inspected the dam.'),
        doc(
          'b',
          'Norland special envoy Henrik Dahl thanked Torvania negotiator Oleg Varin for his patience.',
        ),
      ],
      roster,
    );
    expect(groups).toEqual([]);
  });

  it('reads one count in two units and scales, keeps a rate per second apart, and a count of another year', () => {
    const { groups, disagreements } = linkSources(
      [
        doc('a', 'Arvenia wants a share of 400 million cubic metres of water a year from the Vell.'),
        doc('b', 'Arvenia shall receive 0.4 billion m³ of water from the Vell per year.'),
        doc('c', 'Torvania has offered Arvenia 350 million cubic metres of Vell water a year.'),
        doc('d', 'Arvenia asks for a minimum flow of 120 m³/s of Vell water at the border.'),
        doc(
          'e',
          'An earlier accord, signed in 1998, gave Arvenia 500 million cubic metres of Vell water a year.',
        ),
      ],
      roster,
    );
    const linked = groups.map((g) => g.map((p) => p.source).join(''));
    expect(linked).toEqual(expect.arrayContaining(['ab', 'ac', 'bc']));
    expect(linked.filter((l) => /[de]/.test(l))).toEqual([]);
    // A demand and an offer are two parties' positions, not two statements of the figure.
    expect(disagreements).toEqual([]);
  });

  it('reads "not yet final" and "still needed work" as open against "has been finalised"', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'The annex on dry-season flow has been finalised.'),
        doc('b', 'The dry-season annex is not yet final, Varin said.'),
        doc('c', 'Torvania said on Friday that the annex on dry-season flow still needed work.'),
      ],
      roster,
    );
    expect(disagreements.map((d) => [d.kind, ...sidesOf(d)])).toEqual([['status', 'a', 'bc']]);
  });

  it('links an event to a sentence of another source that retells it with no event read from it', () => {
    const { links } = linkSources(
      [
        doc(
          'a',
          'President Mira Kostal and President Oleg Varin spoke by telephone on Monday.',
          '2031-03-04',
        ),
        doc('b', 'President Varin has repeated what he told President Kostal by phone: the river is shared.'),
        doc('c', 'President Varin thanked President Kostal for the river data.'),
      ],
      roster,
    );
    expect(links.map((l) => [l.a.source, l.b.source, l.reason])).toEqual([
      ['a', 'b', 'reports the same call in other words'],
    ]);
  });

  it('takes talks held over a span of days and a source dating them by another day of it as one event', () => {
    const { links, disagreements } = linkSources(
      [
        doc('a', 'The delegations held expert talks in Fjellby on 3 and 4 March 2031 on the river annex.'),
        doc('b', 'The expert talks in Fjellby ended yesterday and were useful, Dahl said.', '2031-03-05'),
      ],
      roster,
    );
    expect(links.some((l) => l.a.kind === 'event' && l.b.kind === 'event')).toBe(true);
    expect(disagreements).toEqual([]);
  });

  it('folds negotiation words said several ways into one family', () => {
    const fold = (text: string) => [...contentWords(text)].sort();
    expect(fold('telephone conversation annual accord underwrite')).toEqual(
      fold('phone call yearly agreement guarantee'),
    );
  });
});

describe('claims across sources, said in other words', () => {
  it('reads a refusal said as "would not accept", "rejected" and "not on the table" as one', () => {
    const fold = (text: string) => [...meaningWords(text)];
    expect(fold('Torvania would not accept it')).toContain('reject');
    expect(fold('the dam is not on the table')).toContain('reject');
    const { links } = linkSources(
      [
        doc('a', 'Torvania will not accept a joint authority over the Vell dam, Surin said.'),
        doc('b', 'Torvania rejected an Arvenian proposal to place the Vell dam under a joint authority.'),
        doc('c', 'Torvania rejected the Union tariff schedule for grain.'),
      ],
      roster,
    );
    expect(links.map((l) => l.a.source + l.b.source)).toEqual(['ab']);
  });

  it('links two counts of one thing said in other units and flags only a different count', () => {
    const { links, disagreements } = linkSources(
      [
        doc('a', 'The interconnector under the Vell will carry 1,200 megawatts from next year.'),
        doc('b', 'Officials said the Vell interconnector would carry 1.2 GW.'),
        doc('c', 'Drava expects the Vell interconnector to carry 900 megawatts.'),
      ],
      roster,
    );
    expect(links.map((l) => l.a.source + l.b.source).sort()).toEqual(['ab', 'ac', 'bc']);
    expect(disagreements.map((d) => [d.kind, ...sidesOf(d)])).toEqual([['number', 'ab', 'c']]);
  });

  it('keeps a count of last year apart from the count promised now', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'Torvania promised a minimum of 1.2 billion cubic metres of Vell water a year.'),
        doc('b', 'Last summer, barely 0.8 billion cubic metres of Vell water a year reached Arvenia.'),
      ],
      roster,
    );
    expect(disagreements).toEqual([]);
  });

  it('does not link alike sentences about two different parties', () => {
    const { links } = linkSources(
      [
        doc('a', 'Mira Kostal led her country’s team in Fjellby.'),
        doc('b', 'Oleg Varin, Torvania’s president, leads his country’s team in Fjellby.'),
      ],
      roster,
    );
    expect(links).toEqual([]);
  });

  it('reads two heads of delegation in one sentence and flags another head of one of them', () => {
    const { disagreements } = linkSources(
      [
        doc(
          'a',
          'The delegations of Arvenia, led by President Mira Kostal, and of Torvania, led by President Oleg Varin, met in Fjellby.',
        ),
        doc('b', 'Torvania’s delegation was headed by spokesman Pavel Surin.'),
      ],
      roster,
    );
    expect(disagreements.map((d) => [d.kind, d.reason])).toEqual([
      ['participants', "varin vs surin at the head of torvania's delegation"],
    ]);
  });

  it('flags one person said to have taken part and not to have', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'Foreign Minister Ingrid Solberg attended the Fjellby round as an observer.'),
        doc('b', 'Ingrid Solberg did not attend the Fjellby round in March.'),
      ],
      roster,
    );
    expect(disagreements.map((d) => d.kind)).toEqual(['participants']);
  });

  it('takes "not final" and "final" weeks apart as a text that moved on, days apart as a contradiction', () => {
    const statuses = (later: string) =>
      linkSources(
        [
          doc('a', 'The river annex is not yet final.', '2031-03-05'),
          doc('b', 'The delegations approved the final text of the river annex.', later),
        ],
        roster,
      ).disagreements.map((d) => d.kind);
    expect(statuses('2031-03-07')).toEqual(['status']);
    expect(statuses('2031-04-20')).toEqual([]);
  });

  it('skips titles and greetings, which documents of one genre share', () => {
    const { links } = linkSources(
      [
        doc('a', 'Vell river talks — record of the morning session (unofficial)\n\nGood morning, everyone.'),
        doc('b', 'Vell river talks — record of the first session (unofficial)\n\nGood morning, and welcome.'),
      ],
      roster,
    );
    expect(links).toEqual([]);
  });
});
