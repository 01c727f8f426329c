// Classes of false flag found on a set written blind (tuned3), each beside the case that must
// still flag: a person named near a delegation is not its head unless the lead verb takes
// them; a thread's post number is no count; a figure a party offered, said after it, is its
// position; a loose figure holds of an exact one; a treaty's "twelve (12)" is one figure, and
// one distance in two units is one distance. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/evidence/contradictions.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { sameFigure } from '../../src/evidence/sameFigure.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const one = (text: string) => quantities(text)[0]!;

describe('who heads a delegation: the person the lead verb takes', () => {
  const welcomed =
    'Ingrid Solberg welcomed the decision to send a Torvanian delegation led by President Oleg Varin.';
  it('takes no one else the sentence names for a head', () => {
    const thanks =
      'I thank President Varin, who led our delegation, and Special Envoy Dahl, whose text became the accord.';
    expect(kinds(doc('a', welcomed), doc('b', thanks))).toEqual([]);
  });
  it('still flags two heads of one delegation', () => {
    const other = 'The Torvanian delegation was headed by spokesman Pavel Surin, officials said.';
    expect(kinds(doc('a', welcomed), doc('b', other))).toEqual(['participants ab']);
  });
});

describe('who heads a side', () => {
  it('reads "the Torvanian side, headed by" as a delegation’s head', () => {
    const side = doc(
      'a',
      'The Torvanian side, headed by spokesman Pavel Surin, arrived in Fjellby on Monday.',
    );
    const delegation = doc('b', 'The Torvanian delegation to the river talks will be headed by Pavel Surin.');
    const reasons = linkSources([side, delegation], roster).links.map((l) => l.reason);
    expect(reasons).toContain("who heads torvania's delegation");
  });
});

describe('figures', () => {
  it('reads no count in a thread’s post number', () => {
    expect(quantities('2/4 Our border guards will stay 12 kilometres apart.').map((q) => q.text)).toEqual([
      '12 kilometres',
    ]);
  });

  it('takes a figure a relative clause says a party offered for its position', () => {
    const agreed = 'Under the accord, Arvenia receives 400 million cubic metres of Vell water a year.';
    const offered =
      'Kostal would not say how far Torvania had moved from the 350 million cubic metres it offered in March for Vell water a year.';
    expect(kinds(doc('a', offered), doc('b', agreed))).toEqual([]);
    const said = 'Arvenia will receive 350 million cubic metres of Vell water a year under the accord.';
    expect(kinds(doc('a', said), doc('b', agreed))).toEqual(['number ab']);
  });

  it('holds a loose figure of an exact one it allows, not of one it excludes', () => {
    const exact = one('Two hundred and twelve prisoners are held.');
    expect(sameFigure(one('more than two hundred prisoners'), exact)).toBe(true);
    expect(sameFigure(one('about 200 prisoners'), exact)).toBe(true);
    expect(sameFigure(one('nearly 200 prisoners'), exact)).toBe(false);
    expect(sameFigure(one('about 150 prisoners'), exact)).toBe(false);
    // A limit a rule sets is exact.
    expect(one('no less than twelve kilometres').approx).toBeUndefined();
  });

  it('reads a treaty’s "twelve (12)" as one figure and one distance in two units as one', () => {
    const treaty = one('a distance of no less than twelve (12) nautical miles from each other');
    expect(treaty.text).toBe('twelve nautical miles');
    expect(sameFigure(treaty, one('the patrols will keep 22 km apart'))).toBe(true);
    expect(sameFigure(treaty, one('a 20-nautical-mile separation zone'))).toBe(false);
    // Figures of one unit are not rounded into each other.
    expect(sameFigure(one('3 million tonnes'), one('2.5 million tonnes'))).toBe(false);
  });
});

describe('statuses, deadlines and renderings', () => {
  it('reads what a coordinated clause gives a status of, not the clause before it', () => {
    const both =
      'The detentions have largely stopped, and a hotline between the border guards has been agreed.';
    const quote = 'Surin said: "We came to stop the detentions, and we have not yet done that."';
    expect(kinds(doc('a', both), doc('b', quote)).filter((k) => k.startsWith('status'))).toEqual([]);
    const open = 'The hotline between the border guards has not yet been agreed, officials said.';
    expect(kinds(doc('a', both), doc('b', open))).toContain('status ab');
  });

  it('flags no deadline its source says was moved to another day', () => {
    const data = 'Torvania will hand over its first river data to Arvenia no later than 16 March.';
    const moved =
      'The deadline for Torvania to hand over its first river data to Arvenia, 20 March, was extended to 16 March.';
    expect(kinds(doc('a', data), doc('b', moved))).toEqual([]);
    const other = 'Torvania will hand over its first river data to Arvenia no later than 20 March.';
    expect(kinds(doc('a', data), doc('c', other))).toContain('date ac');
  });

  it('flags no two days of a deadline another source reports moved from one to the other', () => {
    const data = 'Torvania will hand over its first river data to Arvenia no later than 16 March.';
    const later = 'Torvania will hand over its first river data to Arvenia no later than 20 March.';
    const moved =
      'The 16 March deadline for Torvania to hand over its first river data to Arvenia was extended to 20 March.';
    const found = kinds(doc('a', data), doc('b', moved), doc('c', later));
    expect(found.filter((k) => k.includes('a') && k.includes('c'))).toEqual([]);
    expect(kinds(doc('a', data), doc('c', later))).toContain('date ac');
  });

  it('flags no day a deadline was moved to against a source written before the move', () => {
    const early = doc('a', 'The remaining prisoners will be released by 10 April.', 'news', '2031-03-20');
    const moved = doc(
      'b',
      'Twelve prisoners are still held, although the release deadline of 18 April was extended to 30 April.',
      'news',
      '2031-04-16',
    );
    const after = doc('c', 'The last prisoners will be released by 30 April.', 'news', '2031-04-20');
    expect(kinds(early, moved, after).filter((k) => k.includes('a'))).toEqual([]);
    // Written after the move, the earlier day is a contradiction still.
    const late = doc('d', 'The remaining prisoners will be released by 10 April.', 'news', '2031-04-18');
    expect(kinds(late, moved, after).some((k) => k.startsWith('date') && k.includes('d'))).toBe(true);
  });

  it('takes two translations of one speech for one, unless they differ in what they say', () => {
    const interpreted = (words: string) =>
      doc(
        'a',
        `Unofficial transcript; Torvanian interpreted into English.\n\nMODERATOR: Welcome.\n\nPRESIDENT VARIN (interpretation from Torvanian): ${words}\n\nMODERATOR: Thank you.`,
        'meeting-transcript',
      );
    const reported = doc(
      'b',
      'Varin told the plenary: "A river shared by two is a river that feeds both of us."',
    );
    const said = 'A river shared by two is a river that feeds us both twice over.';
    expect(kinds(interpreted(said), reported).filter((k) => k.startsWith('quote'))).toEqual([]);
    const denied = 'A river shared by two is not a river that feeds us both twice over.';
    expect(kinds(interpreted(denied), reported).filter((k) => k.startsWith('quote'))).toHaveLength(1);
  });
});

describe('one quotation given to two people', () => {
  it('shows where each source names the speaker beside the words', () => {
    const transcript = doc(
      'a',
      'MODERATOR: Welcome.\n\nPRESIDENT VARIN: A river shared is a river at peace.\n\nMODERATOR: Thank you.',
      'meeting-transcript',
    );
    const news = doc(
      'b',
      'Kostal ended her speech with a line that drew applause: "A river shared is a river at peace."',
    );
    const [flag] = linkSources([transcript, news], roster).disagreements.filter(
      (d) => d.kind === 'attribution',
    );
    expect(flag?.b.text).toBe('A river shared is a river at peace.');
    expect(flag?.alsoB?.map((p) => p.text).join(' ')).toContain('Kostal ended her speech');
  });
});

describe('authorship', () => {
  it('reads who wrote a text past where it was written', () => {
    const envoy = doc(
      'a',
      'The delegations accepted a framework drawn up by special envoy Henrik Dahl as the basis for an accord.',
    );
    const own = doc(
      'b',
      'Kostal said: "The framework was drafted in Kessel, by our team, and Dahl carried it to Drava."',
    );
    expect(kinds(envoy, own)).toContain('authorship ab');
  });
});

describe('one thing in other words', () => {
  it('reads "t" after a figure as tonnes', () => {
    expect(one('Signed: 48,000 t, 12 kilometres, one commission.')).toMatchObject({
      value: 48_000,
      unit: 'tonne',
    });
  });

  it('reads a hotline and a direct communication line as one thing', () => {
    expect([...meaningWords('a direct communication line')]).toEqual([...meaningWords('the hotline')]);
    expect([...meaningWords('the line of contact')]).not.toEqual([...meaningWords('the hotline')]);
  });
});

describe('all held people free, or some still held: not of one group or one time', () => {
  const held = doc(
    'b',
    'The ministry notes that 17 Arvenian fishermen remain in detention in Torvania.',
    'news',
    '2031-04-16',
  );

  it('takes "our" people free for the speaker’s side, not the other side’s still held', () => {
    const ours = doc('a', 'MR. SURIN: Every one of our fishermen is home.', 'press-conference', '2031-04-14');
    expect(kinds(ours, held)).toEqual([]);
    const theirs = doc(
      'a',
      'MR. SURIN: Every one of the Arvenian fishermen is home.',
      'press-conference',
      '2031-04-14',
    );
    expect(kinds(theirs, held)).toEqual(['status ab']);
  });

  it('takes a goal, a count weeks before all were freed, or what is released but people, for no contradiction', () => {
    const goal = doc(
      'a',
      'All detained fishermen will go home by 18 April, the ministry said.',
      'news',
      '2031-04-14',
    );
    expect(kinds(goal, held)).toEqual([]);
    const later = doc(
      'a',
      'All persons detained in the Vell valley have been released.',
      'news',
      '2031-05-20',
    );
    expect(kinds(later, held)).toEqual([]);
    const funds = doc(
      'a',
      'All the funds for the Vell valley have been released, the Union said.',
      'news',
      '2031-04-14',
    );
    expect(kinds(funds, held)).toEqual([]);
  });
});

describe('a thing working, or not yet: switched on in between, or another thing', () => {
  it('takes "not yet working" and later "working" for a thing switched on in between', () => {
    const idle = doc('a', 'The hotline has yet to be switched on, officials said.', 'news', '2031-03-24');
    const on = doc('b', 'The line has been working since Saturday.', 'news', '2031-04-06');
    expect(kinds(idle, on)).toEqual([]);
  });

  it('takes one thing working and another not yet for no contradiction', () => {
    const on = doc('a', 'The hotline has been working since Saturday.', 'news', '2031-03-24');
    const other = doc(
      'b',
      'The measurement stations on the Vell are not yet operational.',
      'news',
      '2031-04-06',
    );
    expect(kinds(on, other)).toEqual([]);
    const session = doc('b', 'The experts held a working session on the stations.', 'news', '2031-04-06');
    expect(kinds(on, session)).toEqual([]);
  });
});

describe('one call dated a day apart, as the app lists it', () => {
  const flags = (...docs: ReturnType<typeof doc>[]) =>
    findContradictions(docs, roster).map((c) => `${c.kind} ${c.a.source}${c.b.source}`);

  it('flags everyone on one call on the other a day apart, not talks that run over days', () => {
    const call = doc(
      'a',
      'President Varin held a telephone conversation with envoy Henrik Dahl on Thursday.',
      'news',
      '2031-03-08',
    );
    const again = doc(
      'b',
      'Envoy Henrik Dahl held a telephone call with President Kostal and President Varin on Friday.',
      'news',
      '2031-03-09',
    );
    expect(flags(call, again)).toContain('date ab');
    const talks = doc('a', 'Varin and Kostal held talks in Fjellby on 3 March.', 'news', '2031-03-05');
    const days = doc(
      'b',
      'Varin and Kostal opened two days of talks in Fjellby on 2 March.',
      'news',
      '2031-03-05',
    );
    expect(flags(talks, days).filter((k) => k.startsWith('date'))).toEqual([]);
  });

  it('takes no one sentence telling two calls for one call', () => {
    const two = doc(
      'a',
      'The Minister recalled that President Varin had spoken by telephone with envoy Dahl on Monday, and that envoy Dahl had spoken with President Kostal the day after.',
      'readout',
      '2031-03-12',
    );
    const one = doc(
      'b',
      'Envoy Henrik Dahl held a telephone conversation with President Oleg Varin on Monday.',
      'readout',
      '2031-03-12',
    );
    expect(flags(two, one).filter((k) => k.startsWith('date'))).toEqual([]);
  });
});
