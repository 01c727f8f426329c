// Claim linking by the general signals: an amount one source gives without its unit, a
// count that points back ("three of them"), a count's year, a meeting's procedure, who
// wrote a text. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { spans } from '../../src/evidence/timeSpans.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published = '2031-03-05') => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});
const link = (a: string, b: string) => linkSources([doc('a', a), doc('b', b)], roster);

describe('claim links by general signals', () => {
  it('links an amount one source gives without its unit to the same value with one, not to last summer’s count', () => {
    const { links, disagreements } = link(
      'Torvania will release a minimum of 2.4 billion cubic metres of water a year from the Osk reservoir.',
      'Last summer barely 1.1 billion cubic metres reached Arvenia, against the 2.4 billion Torvania now promises as a yearly minimum.',
    );
    expect(links.map((l) => l.reason)).toEqual(['one amount of 2.4 billion cubic metres']);
    expect(disagreements).toEqual([]);
  });

  it('reads "three of them" as a count of the plural before it', () => {
    expect(
      quantities('The Union will run the gauging stations — three of them — and report monthly.'),
    ).toMatchObject([{ value: 3, unit: 'station' }]);
    const { disagreements } = link(
      'The Union will run the gauging stations on the Osk — three of them — and report monthly.',
      'The Union will operate four gauging stations on the Osk.',
    );
    expect(disagreements.map((d) => d.kind)).toEqual(['number']);
  });

  it('does not take a name after a number for what it counts', () => {
    expect(quantities('the 2.4 billion Torvania now promises')).toMatchObject([{ value: 2.4e9, unit: '' }]);
  });

  it('reads no meaning in a record’s procedure: who has the floor, thanks to the chair', () => {
    expect([...meaningWords('The representative of Torvania (Mr. Varin): Thank you, Chair.')]).toEqual([
      'torvania',
      'varin',
    ]);
    expect([...meaningWords('I give the floor to the delegation of Torvania.')]).toEqual([
      'delegation',
      'torvania',
    ]);
    // A floor that is a minimum stays one.
    expect(meaningWords('Two billion cubic metres is a floor.').has('minimum')).toBe(true);
  });

  it('reads who wrote a text from a sentence that says so, not from a text named by its owner', () => {
    const named = link(
      'On the river, Norland’s text speaks of a zone of 15 kilometres.',
      'The framework on the river was drafted by Arvenia’s experts.',
    );
    expect(named.disagreements).toEqual([]);
    const said = link(
      'It is Arvenia’s own draft, whatever Norland says about the river framework.',
      'The river framework was drafted by Norland’s experts.',
    );
    expect(said.disagreements.map((d) => d.kind)).toEqual(['authorship']);
  });

  it('does not link two counts of one noun through a word of time', () => {
    const { links } = link(
      'The data will cover two gauging points downstream for the past twelve months.',
      'The twenty-point framework was drafted after talks over five months.',
    );
    expect(links).toEqual([]);
  });

  it('does not link two distances through the word of their unit alone', () => {
    const { links, disagreements } = link(
      'Arvenia proposed that the zone reach 25 kilometres inland.',
      'Torvania wants patrols limited to 15 kilometres of the coast.',
    );
    expect(links).toEqual([]);
    expect(disagreements).toEqual([]);
  });
});

const linkOn = (a: string, dayA: string, b: string, dayB: string) =>
  linkSources([doc('a', a, dayA), doc('b', b, dayB)], roster);
const reasons = (a: string, b: string) => link(a, b).links.map((l) => l.reason);

describe('one count or measure in other words', () => {
  it('reads a count given per side as a share, not the total', () => {
    for (const s of [
      'One hundred and forty persons from each side will be freed.',
      'Each side released 140 people.',
      'They will free 140 prisoners on either side.',
    ])
      expect(quantities(s)[0]).toMatchObject({ value: 140, rate: 'side' });
    expect(quantities('In all, 280 detainees returned home.')[0]?.rate).toBeUndefined();
    // A part of a plural after it is counted in it: "forty of the detainees", "of our citizens".
    expect(quantities('One hundred and forty of our citizens came home.')).toMatchObject([
      { value: 140, unit: 'person' },
    ]);
    expect(quantities('Forty of the detainees were freed.')).toMatchObject([{ value: 40, unit: 'prisoner' }]);
    // A total and a share per side are two counts however alike the words.
    expect(
      reasons(
        'The first phase of the exchange will cover 100 detainees from each side.',
        'In the first phase of the exchange, 280 detainees returned home.',
      ).filter((r) => r.startsWith('one count')),
    ).toEqual([]);
  });

  it('links a count of people to the same count of a kind of people', () => {
    for (const [a, b] of [
      [
        'One hundred and forty persons from each side will be freed by Friday.',
        'On Monday 140 detainees from each side crossed the bridge.',
      ],
      [
        'Some 250 people will be flown out of the port town on Tuesday.',
        'The convoy that left at dawn carried 250 civilians.',
      ],
      [
        'The northern side says that it holds 412 persons in its camps.',
        'A list of 412 prisoners was handed over to the Red Crescent.',
      ],
      [
        'The coast guard detained 212 persons at sea this spring.',
        'Relatives of the 212 sailors gathered outside the port.',
      ],
    ])
      expect(reasons(a!, b!).some((r) => r.startsWith('one count of'))).toBe(true);
    // Not another figure, not a count of things, not any handful of people.
    for (const [a, b] of [
      [
        'One hundred and forty persons from each side will be freed by Friday.',
        'On Monday 160 detainees from each side crossed the bridge.',
      ],
      ['Some 250 people will be flown out.', 'The convoy carried 250 tonnes.'],
      ['Five persons were named.', 'Five prisoners were moved.'],
      ['They hold 412 persons from each side.', 'A list of 412 prisoners was handed over.'],
    ])
      expect(reasons(a!, b!)).toEqual([]);
  });

  it('links two figures of people of one kind when a word besides says which', () => {
    expect(
      reasons(
        'The first phase of the exchange will cover no fewer than 100 detainees from each side.',
        'The first phase of the exchange covers 140 persons from each side.',
      ).some((r) => r.startsWith('one count of')),
    ).toBe(true);
    // A share per side is not the total, nor are two figures with only "side" in common.
    expect(
      reasons(
        'The first phase of the exchange will cover 100 detainees from each side.',
        'The first phase of the exchange covered 280 persons.',
      ).filter((r) => r.startsWith('one count')),
    ).toEqual([]);
    expect(
      reasons('Each side freed 100 detainees on Monday.', 'Each side holds 400 persons, the monitors say.'),
    ).toEqual([]);
  });

  it('links a count of people by a word of no kind to the kind the other names', () => {
    expect(
      reasons(
        'Thirty-one Arvenian fishermen remain in Torvanian custody, the ministry says.',
        'Torvania confirmed that 26 individuals remain in its custody.',
      ).some((r) => r.startsWith('one count of')),
    ).toBe(true);
    // Nothing besides the people themselves: any two groups.
    expect(
      reasons('Thirty-one fishermen were rescued.', 'Some 26 individuals signed the letter.').filter((r) =>
        r.startsWith('one count'),
      ),
    ).toEqual([]);
    // People of two nations are two groups.
    expect(
      reasons(
        'Thirty-one Arvenian fishermen remain in custody, the ministry says.',
        'The ministry says 26 Torvanian crew members remain in custody.',
      ).filter((r) => r.startsWith('one count')),
    ).toEqual([]);
  });

  it('does not link measures of two things the texts name', () => {
    for (const [a, b] of [
      [
        'The ceasefire line runs for 212 kilometres.',
        'Heavy weapons leave a zone of five kilometres along the line.',
      ],
      ['The 212-km line is mapped.', 'A ten-kilometre zone along the line is free of weapons.'],
      [
        'The pipeline runs for 300 kilometres.',
        'Patrols keep a corridor of 20 kilometres along the pipeline.',
      ],
    ])
      expect(link(a!, b!).links).toEqual([]);
    // One thing named twice, or a width on each side of a line, is one measure.
    for (const [a, b] of [
      [
        'A ten-kilometre zone along the line is free of weapons.',
        'The demilitarised zone of fifteen kilometres along the line is agreed.',
      ],
      [
        'Tasks will be set for a buffer of five kilometres on each side of the line.',
        'The buffer zone of ten kilometres along the line is agreed.',
      ],
      ['The ceasefire line runs for 212 kilometres.', 'Engineers have now mapped the whole 212-km line.'],
    ])
      expect(link(a!, b!).links.length).toBeGreaterThan(0);
  });

  it('takes two sources weeks apart across a new year to speak of one time', () => {
    const a = 'The line itself would run for some 212 kilometres.';
    const b = 'The parties establish a ceasefire line of 212 kilometres.';
    expect(linkOn(a, '2031-12-20', b, '2032-01-15').links.length).toBe(1);
    expect(linkOn(a, '2030-03-20', b, '2032-01-15').links).toEqual([]);
  });

  it('does not link the counters under two posts', () => {
    expect(
      link('214 Replies 1.1K Reposts 3.4K Likes', '312 replies · 540 reposts · 1,904 likes').links,
    ).toEqual([]);
  });
});

describe('who heads a delegation, in other words', () => {
  const heads = (a: string, b: string) => reasons(a, b).filter((r) => r.startsWith('who heads'));
  const surin =
    'Pavel Surin, head of the Torvanian delegation at the talks, arrived with Oleg Varin on Monday.';
  it('reads the head from "headed by", "head of the delegation", "led by X and Y", "under X"', () => {
    for (const other of [
      'The Torvanian delegation will be headed by Pavel Surin, the Citadel spokesman.',
      'The text was negotiated by the Torvanian delegation under Pavel Surin over two rounds.',
    ])
      expect(link(surin, other).links).toHaveLength(1);
    expect(
      heads(
        'The delegations, led by Arvenian President Mira Kostal and Torvanian President Oleg Varin, met in private.',
        'Oleg Varin, head of the Torvanian delegation, spoke first at the opening session.',
      ),
    ).toEqual(["who heads torvania's delegation"]);
  });

  it('flags two heads of one side, and takes no second name the lead verb does not join', () => {
    const { links, disagreements } = link(
      'The talks on the Torvanian side were led by President Oleg Varin, who stayed all week.',
      'Pavel Surin, head of the Torvanian delegation, spoke first at the opening session.',
    );
    expect(links.map((l) => l.reason)).toContain("who heads torvania's delegation");
    expect(disagreements.map((d) => d.kind)).toEqual(['participants']);
    expect(
      heads(
        'The Arvenian delegation was led by Taras Melnyk and met Pavel Surin on Monday.',
        'Pavel Surin, head of the Torvanian delegation, spoke first at the opening session.',
      ),
    ).toEqual([]);
  });
});

describe('one span of time for one thing', () => {
  it('reads spans something runs for or is due within, in days', () => {
    const days = (s: string) => spans(s).map((x) => x.days);
    expect(days('Weapons are withdrawn within thirty (30) days of entry into force.')).toEqual([30]);
    expect(days('Its mandate will run for twelve months.')).toEqual([360]);
    expect(days('Mandate: 12 months, renewable once.')).toEqual([360]);
    expect(spans('Three days of talks ended today.')).toEqual([]);
  });

  it('links one span of one thing, not one span of two things or two spans', () => {
    // A figure in words and in digits is one word (meaning.ts): the words alone may link them.
    for (const [a, b] of [
      [
        'Its mandate will run for twelve months from the day it deploys.',
        'Mandate: 12 months, renewable by decision of the Council.',
      ],
      [
        'Heavy weapons must leave the zone within thirty days.',
        'The parties undertake to pull all heavy weapons out within 30 days of the signing.',
      ],
    ])
      expect(reasons(a!, b!)).toEqual([expect.stringMatching(/^one span of \d+ days$|^alike in words/)]);
    for (const [a, b] of [
      [
        'Its mandate will run for twelve months from the day it deploys.',
        'Detainees will be held for twelve months at most.',
      ],
      [
        'Heavy weapons must leave the zone within thirty days.',
        'Heavy weapons must leave within twenty-one days, the minister said.',
      ],
    ])
      expect(reasons(a!, b!).filter((r) => r.startsWith('one span'))).toEqual([]);
  });
});

describe("a fact box's line is a claim, not a title", () => {
  it('links "Label: value" lines, bulleted or not, to prose stating the same', () => {
    for (const [a, b] of [
      [
        '• Mandate: 12 months, renewable by decision of the Council',
        'Its mandate will run for twelve months from deployment.',
      ],
      [
        'Initial strength: 60 unarmed civilian observers',
        'The mission will begin with 60 observers along the river.',
      ],
      [
        '- Relief fund for returns: 48.6 million crowns',
        'The Union has set aside 48.6 million crowns for families returning home.',
      ],
    ])
      expect(link(a!, b!).links).toHaveLength(1);
    // A title with a colon and no figure stays a title.
    expect(
      link('Osk river talks: the second day', 'The second day of the Osk river talks opened late.').links,
    ).toEqual([]);
  });
});

describe('who wrote a text, in other words', () => {
  const wrote = (a: string, b: string) => reasons(a, b).includes('who wrote it');
  it('reads "a draft presented by X", "X\'s team prepared", "the first draft was X\'s"', () => {
    const norland = 'The text was drafted by the team of Norland, then amended by both sides.';
    for (const other of [
      'The accord was negotiated over two rounds on the basis of a draft presented by Norland.',
      'Before the delegations is the draft accord, which the Norland team prepared last month.',
      "The first draft was Norland's, and every line was then negotiated.",
      'The accord is based on the draft submitted by Torvania on 18 December.',
      "The draft before you is the one Norland's envoy had prepared after her visits.",
      "The text is Mr. Dahl's, whatever the press says.",
    ])
      expect(wrote(norland, other)).toBe(true);
    // Passing a text on is not writing it.
    expect(
      wrote(norland, 'The accord follows a framework Norland circulated to both delegations in May.'),
    ).toBe(false);
  });
});

describe('work that continues on a text says it is open', () => {
  it('links "will continue work on the annex" to "the annex is not yet agreed" and flags "has been agreed"', () => {
    const open = 'The Parties will continue work on an annex on missing persons and the return of remains.';
    expect(reasons(open, 'The annex on missing persons is not yet agreed, the minister said.')).toEqual([
      expect.stringMatching(/^(?:the status of|alike in words)/),
    ]);
    const { disagreements } = link(open, 'The annex on missing persons has been agreed by both sides today.');
    expect(disagreements.map((d) => d.kind)).toEqual(['status']);
  });
});

describe('a list item is a statement, not a title', () => {
  it('links a bulleted line that ends in no stop and names its figure in words', () => {
    for (const item of [
      '- Stations: one of the three joint gauging stations will sit at the dam',
      '• Monitoring: three joint gauging stations along the Osk, run by the Union',
    ])
      expect(
        link('Three (3) joint gauging stations shall be established along the Osk.', item).links,
        item,
      ).toHaveLength(1);
    // A short bulleted line is a menu or a list of names: still no statement.
    expect(
      link('- Osk river talks: day two', 'The Osk river talks: day two of the second round.').links,
    ).toEqual([]);
  });
});

describe('a party at the table as an observer', () => {
  it('links sources that say one party took part as an observer, in other words', () => {
    for (const [a, b] of [
      [
        'The Union attended the Fjellby round as an observer.',
        'The Union, which sent an observer, welcomed the outcome of the round.',
      ],
      [
        'Brussels would be invited to attend as an observer, the envoy said.',
        'The Union took part in the talks in Fjellby as an observer.',
      ],
    ])
      expect(
        link(a!, b!).links.map((l) => l.reason),
        a,
      ).toContain('whether union took part');
  });

  it('reads no presence from observers deployed, which are people sent, not a seat at the table', () => {
    const { links } = link(
      'The Union will deploy eighty observers along the river in the first phase.',
      'The Union attended the Fjellby round as an observer.',
    );
    expect(links.map((l) => l.reason)).not.toContain('whether union took part');
  });
});

describe('words relayed from another speaker', () => {
  it('reads "said that" as opening the clause said, not as "that" pointing back to the sentence before', () => {
    const a = doc(
      'a',
      'The talks in Fjellby ran late into the night on Tuesday, with the river patrols, the water quotas and the fishing rights all still open when the delegations left. President Kostal said: "Arvenian barges will use the Vell locks as our own barges do."',
    );
    const b = doc(
      'b',
      'The Union spoke first, on the funds for the dam, the monitors and the schedule of the next round in Drava. Mr. Dahl (Norland): "My President has said that Arvenian barges will use the Vell locks as their own do."',
    );
    const [reason] = linkSources([a, b], roster).links.map((l) => l.reason);
    // Alike as the two sentences are, not diluted by the sentence before the relayed one.
    expect(Number(/alike in words \((\d\.\d+)\)/.exec(reason ?? '')?.[1])).toBeGreaterThan(0.6);
  });

  it('gives relayed words to whom they are relayed from: no attribution to the one who relays them', () => {
    const words =
      'Arvenian barges will use the Vell locks and the Osk canal and the Drava quays, toll free, as Arvenian barges always have.';
    const { links, disagreements } = linkSources(
      [
        doc('a', `President Kostal said: "${words}"`),
        doc('b', `Mr. Dahl said: "My President has said that ${words}"`),
      ],
      roster,
    );
    expect(links).toHaveLength(1);
    expect(disagreements).toEqual([]);
  });
});
