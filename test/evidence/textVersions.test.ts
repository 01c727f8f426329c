// A text's size across its versions, across sources in several house styles: a size is placed at
// an early or a later version by its own words or by what the others say of that size; two sizes
// placed apart, or told in turn by one source, are two versions; two placed alike are one version
// counted twice and contradict; where no source speaks of versions, two counts of one text's points
// may contradict. A count of what was added is no size. Invented sentences about the
// Arvenia–Torvania talks: wire stories, ministry readouts, joint statements, briefings and posts.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { sizesText } from '../../src/evidence/textParts.ts';
import { oneVersion } from '../../src/evidence/textVersions.ts';
import { doc, kinds } from './linkedDocs.ts';
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

  it('reads the text noun past a name and a qualifier after the compound', () => {
    expect(
      quantities('the widely shared 17-point Norland ceasefire draft was discussed').map(sizesText),
    ).toEqual([true]);
    expect(quantities('a 17-point Norland rail corridor runs north').map(sizesText)).toEqual([false]);
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

  it('flags no size nobody places against the revised one, nor two sizes a source tells in turn', () => {
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

describe('two sizes of a text', () => {
  it('are two versions when one is told as the revised text', () => {
    const first = doc(
      'a',
      'Envoy Dahl presented a framework of eighteen points on the Vell river to both delegations.',
    );
    const revised = doc(
      'b',
      'The Parties welcome the revised framework of twenty-one points on the Vell river circulated by the Mediator.',
    );
    expect(kinds(first, revised)).toEqual([]);
  });

  it('are two versions when a third source tells both in turn', () => {
    const early = doc(
      'a',
      'The eighteen-point framework on the Vell river was handed to both delegations in Fjellby.',
    );
    const late = doc(
      'b',
      'The delegations received the 21-point framework on the Vell river in Fjellby on Monday.',
    );
    const explainer = doc(
      'c',
      'Norland first circulated an eighteen-point framework; after comments from both sides it grew to 21 points.',
    );
    expect(kinds(early, late, explainer).filter((k) => k.endsWith('ab'))).toEqual([]);
  });

  it('still contradict where both speak of one version and no source tells a revision', () => {
    const a = doc(
      'a',
      'The eighteen-point framework on the Vell river was handed to both delegations in Fjellby.',
    );
    const b = doc(
      'b',
      'The delegations received the 21-point framework on the Vell river in Fjellby on Monday.',
    );
    expect(kinds(a, b)).toEqual(['number ab']);
  });
});

describe('two sizes each of the revised text', () => {
  it('are of one version, and contradict', () => {
    const a = doc('a', 'The revised draft on the Vell river runs to 12 articles, officials in Drava said.');
    const b = doc('b', 'Arvenia has studied the revised Vell river draft, which now has 14 articles.');
    expect(kinds(a, b)).toEqual(['number ab']);
  });
});

describe('a count of what was added to a text', () => {
  it('is no size of the text', () => {
    const size = doc('a', 'Arvenia has studied the eighteen-point framework on the Vell river for a week.');
    const added = doc(
      'b',
      'The Mediator said the new text keeps the river provisions of the framework and adds three points on the Vell river.',
    );
    const addedAfter = doc(
      'c',
      'The two added points of the framework on the Vell river concern the release of water.',
    );
    expect(kinds(size, added, addedAfter)).toEqual([]);
  });
});

describe('one version sized two ways, once the sources speak of a revision', () => {
  // A first version of twenty points, revised to sixteen; one wire gives the revised plan fifteen.
  const explainer = doc(
    'a',
    'Norland first tabled a 20-point plan in March; after two rounds it was revised and now has sixteen points.',
  );
  const readout = doc(
    'b',
    'The Ministers discussed the revised plan of sixteen points presented by the Mediator.',
    'readout',
  );
  const joint = doc(
    'c',
    'The Parties welcome the sixteen-point plan presented by the Mediator as the basis for the next round.',
    'joint-statement',
  );
  const wire = doc(
    'd',
    'FJELLBY, May 20 (Norpress) - The revised plan presented by the Mediator has fifteen points, diplomats said.',
  );
  const post = doc(
    'e',
    'Arvenia will study the 15-point plan presented by the Mediator with care.',
    'social',
  );

  it('flags the one source that counts the latest version otherwise, against each that names it', () => {
    // One disagreement: the wire on one side, every source that gives the revision sixteen on the other.
    const numbers = linkSources([explainer, readout, joint, wire], roster).disagreements.filter(
      (d) => d.kind === 'number',
    );
    expect(numbers).toHaveLength(1);
    const side = (first: { source: string }, also: { source: string }[] = []) =>
      [first, ...also].map((p) => p.source).sort();
    const [d] = numbers;
    expect([side(d!.a, d!.alsoA), side(d!.b, d!.alsoB)].sort()).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('takes a plain size for the one the others place it at, and a size nobody places for no version', () => {
    // The post's fifteen is the wire's revised plan: against the readout's revised sixteen.
    expect(kinds(readout, wire, post).filter((k) => k.startsWith('number'))).toEqual(['number bd']);
    // Alone, a plain fifteen beside a revised sixteen may be the first version.
    expect(kinds(readout, post)).toEqual([]);
  });

  it('does not flag the first version against the revision', () => {
    const first = doc(
      'f',
      'The original plan presented by the Mediator ran to twenty points, a Torvanian official said.',
    );
    const revised = doc(
      'g',
      'TOVMAS: The Mediator presented a revised plan of twenty-two points, and we will study it.',
      'press-conference',
    );
    expect(kinds(first, revised)).toEqual([]);
    const plain = doc('h', 'The 20-point plan presented by the Mediator is on the table.', 'news');
    expect(kinds(plain, revised)).toEqual([]);
  });
});

describe('a size that became another', () => {
  it('places the size a text was revised from at the early version', () => {
    // A Telegram post against a Bloomberg story: the first plan's twelve points, then the revised ten.
    const telegram = doc('a', 'Twelve points became a shorter list. The mediators are pleased.', 'social');
    const bloomberg = doc(
      'b',
      'A revised ten-point text drafted during talks in Fjellby this month would set a joint catch limit, people who have seen it said.',
    );
    expect(flags(telegram, bloomberg)).toEqual([]);
  });
});
