// Versions of a text named by their size, across sources in several house styles: where a source
// says the text was revised, each count of its points is one version; where none does, two
// counts of one text's points may contradict.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { oneVersion, sizesText } from '../../src/evidence/textVersions.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const pairs = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.a.source}${l.b.source}`);
const flags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).disagreements.map((d) => `${d.kind} ${d.a.source}${d.b.source}`);

// A readout, a press-conference turn and a wire story, in a set where one source says the text was revised.
const readout = doc(
  'a',
  'The Presidents discussed the implementation of the eighteen-point framework presented by Norland on 2 May.',
  'readout',
);
const briefing = doc(
  'b',
  'DAHL: This morning we handed both delegations a revised text of twenty-one points.',
  'press-conference',
);
const wire = doc(
  'c',
  'FJELLBY, May 20 (Norpress) - The Norland plan, first tabled as an 18-point paper, now runs to 21 points.',
);
const post = doc('d', 'Arvenia stands by the 21-point framework and by the exchange of detainees.', 'social');

describe('versions of a text named by their size', () => {
  it('reads which counts size a text: points of a framework, not points on a river', () => {
    expect(quantities('an 18-point paper').map(sizesText)).toEqual([true]);
    expect(quantities('a revised text of twenty-one points').map(sizesText)).toEqual([true]);
    expect(quantities('three joint inspection points on the Vell').map(sizesText)).toEqual([false]);
  });

  it('takes one size named by two nouns for one text: a memorandum and a draft', () => {
    const [x] = quantities('a confidential fourteen-point memorandum');
    const [y] = quantities('a 14-point draft');
    expect(oneVersion(x!, y!)).toBe(true);
    expect(oneVersion(x!, quantities('a 16-point draft')[0]!)).toBe(false);
  });

  it('links the sources that name one version, not those that name the revised one', () => {
    const linked = pairs(readout, briefing, post);
    expect(linked).toContain('bd');
    expect(linked).not.toContain('ab');
    expect(linked).not.toContain('ad');
  });

  it('flags no two counts of points once a source says the text was revised', () => {
    expect(flags(readout, briefing, post)).toEqual([]);
    expect(flags(readout, wire, post).filter((f) => f.startsWith('number'))).toEqual([]);
  });

  it('still flags two counts of one text where no source speaks of a revision', () => {
    const joint = doc(
      'e',
      'The Parties adopted the twenty-point framework presented by the Mediator as the basis for negotiations.',
      'joint-statement',
    );
    const news = doc(
      'f',
      'The 22-point framework presented by the Mediator was adopted as the basis for negotiations on Tuesday.',
    );
    expect(flags(joint, news)).toEqual(['number ef']);
  });

  it('reads a count of points added as a change, not as the size of the text', () => {
    const briefing = doc(
      'g',
      'DAHL: It keeps the ceasefire provisions of the earlier drafts and adds three points, on the return of displaced people.',
      'press-conference',
    );
    expect(pairs(readout, briefing)).not.toContain('ag');
    expect(flags(readout, briefing)).toEqual([]);
  });

  it('tells two revisions apart by their days, and one revision sized twice as a contradiction', () => {
    const ninth = doc('h', 'Norland tabled a revised version of nineteen points on 9 May.', 'news');
    const eighteenth = doc('i', 'Norland circulated a revised text of twenty-two points on 18 May.', 'news');
    expect(flags(ninth, eighteenth)).toEqual([]);
    const undated = doc(
      'j',
      'The revised text now runs to twenty-three points, officials in Kessel said.',
      'news',
    );
    const other = doc('k', 'The revised text has twenty-two points.', 'news');
    expect(flags(undated, other)).toEqual(['number jk']);
  });
});
