// A vote's tally in a parliament's record, a ministry's release, a newspaper and a post: one
// figure in common is one vote; a second figure given apart is a disagreement.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { isFrame, type Passage } from '../../src/evidence/passages.ts';
import { tallyOf } from '../../src/evidence/tallies.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const run = (...docs: ReturnType<typeof doc>[]) => linkSources(docs, roster);
const votes = (...docs: ReturnType<typeof doc>[]) =>
  run(...docs)
    .links.filter((l) => l.reason.startsWith('one vote'))
    .map((l) => `${l.a.source}${l.b.source}`);

const record = doc(
  'a',
  'Question put.\n\nThe Assembly divided: Ayes 140, Noes 52, Abstentions 7.\n\nThe Bill was read a second time.',
  'meeting-transcript',
);
const release = doc(
  'b',
  'The Ministry welcomes the ratification of the Accord by 140 votes to 52.',
  'press-release',
);
const paper = doc('c', 'The accord cleared the Arvenian Assembly last week by 140 votes to 48.');
const post = doc('d', 'Welcome yesterday’s vote in the Assembly: 140 in favour, a clear majority.', 'social');

describe('a vote told by its tally', () => {
  it('reads a division’s tally as a statement, not as a dateline', () => {
    expect(isFrame('The Assembly divided: Ayes 140, Noes 52, Abstentions 7.')).toBe(false);
    expect(isFrame('Lorne | 3 December 2031')).toBe(true);
  });

  it('links every source that gives the vote a figure in common', () => {
    expect(votes(record, release, paper, post)).toEqual(['ab', 'ac', 'ad', 'bc', 'bd', 'cd']);
  });

  it('flags the figure against told two ways, and not the figures that agree', () => {
    const flags = run(record, release, paper).disagreements.map(
      (d) => `${d.kind} ${d.a.source}${d.b.source}`,
    );
    expect(flags).toContain('number ac');
    expect(flags).not.toContain('number ab');
  });

  it('does not link two votes that share no figure, nor the days of a round', () => {
    const other = doc('e', 'The Senate approved the budget by 61 votes to 40.');
    const round = doc('f', 'The second round will be held from 11 to 14 January in Fjellby.');
    expect(votes(record, other, round)).toEqual([]);
  });
});

describe('a bare "for" after a figure', () => {
  it('reads "112 for, 61 against" as a tally, as a wire or a post writes it', () => {
    const wire = doc('g', 'The motion carried in the Assembly, 140 for, 52 against, after a long debate.');
    const tweet = doc('h', 'Assembly vote tonight: 140 for and 52 against. A clear majority.', 'social');
    expect(votes(record, wire, tweet)).toEqual(['ag', 'ah', 'gh']);
  });

  it('links no swap of prisoners, no first time and no share of a region as one vote', () => {
    const pairs = [
      [
        'The sides exchanged 95 for 95 prisoners on Saturday.',
        'Both capitals swapped 95 for 95 captives in a deal.',
      ],
      [
        'The council met 12 for the first time since the war.',
        'The mandate was renewed 12 for the first time.',
      ],
      ['Turnout was 61 for the region, officials said.', 'The ministry counted 61 for the region.'],
    ];
    for (const [x, y] of pairs) expect(votes(doc('a', x!), doc('b', y!)), x).toEqual([]);
  });
});

// A chamber's record, a ministry's release and a regional paper: one figure alike and the other
// not is one vote misreported; alike in neither, two votes.
const passage = (text: string) => ({ text }) as Passage;

describe("a vote's tally", () => {
  it('is read from a record, a release and a report', () => {
    expect(tallyOf(passage('Ayes 112, Noes 61, Abstentions 9'), roster)).toEqual({ for: 112, against: 61 });
    expect(tallyOf(passage('The Assembly ratified the accord by 112 votes to 61.'), roster)).toEqual({
      for: 112,
      against: 61,
    });
    expect(tallyOf(passage('The bill passed with 1,204 in favour and 340 against.'), roster)).toEqual({
      for: 1204,
      against: 340,
    });
    expect(tallyOf(passage('The Assembly has 180 members.'), roster)).toBeUndefined();
  });

  const release = doc(
    'a',
    'The signature follows the ratification of the accord by the Arvenian Assembly on Thursday by 112 votes to 61.',
    'press-release',
    '2031-05-16',
  );
  it('flags one figure misreported', () => {
    const report = doc(
      'b',
      'The accord cleared the Arvenian Assembly last week by 112 votes to 59, after a long debate.',
      'news',
      '2031-05-20',
    );
    expect(kinds(release, report)).toEqual(['number ab']);
  });

  it('does not flag the same tally, or a tally alike in neither figure (another vote)', () => {
    const same = doc('b', 'Ayes 112, Noes 61, Abstentions 9', 'meeting-transcript', '2031-05-14');
    expect(kinds(release, same)).toEqual([]);
    const other = doc(
      'b',
      'The Torvanian Council approved its own bill on Vell river water by 40 votes to 12.',
      'news',
      '2031-05-20',
    );
    expect(kinds(release, other)).toEqual([]);
  });
});
