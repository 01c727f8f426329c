// A text's size across its versions: two sizes of a draft are two versions when either is told as
// a version's, or another source tells both in turn; a count of what was added is no size. Two
// sizes of one version still contradict. Invented sentences about the Arvenia–Torvania talks, in
// the styles of a wire story, a ministry readout, a joint statement and a briefing.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

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
