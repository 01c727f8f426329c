// A deadline told before and after it moved: a ministry's readout gives the first day, a wire a
// week later the day it was moved to. Both are about one deadline (linked) and do not disagree
// (no flag); a limit for another act on the new day is another deadline. Invented sentences
// about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const readout = doc(
  'readout',
  'The Mediator asked both delegations to submit their written comments on the draft by 14 March 2031.',
  'readout',
  '2031-03-05',
);
const wire = doc(
  'wire',
  'SORRANCE, March 12 (Norpress) - The 14 March deadline for written comments on the draft was extended to 21 March, a spokesman for the Mediator said.',
  'news',
  '2031-03-12',
);
const briefing = doc(
  'briefing',
  'MS. HALE: The written comments of both delegations on the draft are now due by 21 March.',
  'press-conference',
  '2031-03-14',
);
const observers = doc(
  'post',
  'Good news from Sorrance: the first Union observers deploy along the Vell by 21 March 2031.',
  'social',
  '2031-03-13',
);

describe('a deadline across its move', () => {
  it('links the first day and the day it was moved to as one deadline, and flags nothing', () => {
    const { links, disagreements } = linkSources([readout, wire, briefing], roster);
    const moved = links.filter((l) => l.reason === 'one deadline, moved');
    expect(moved.map((l) => [l.a.source, l.b.source].sort().join('-'))).toContain('briefing-readout');
    expect(disagreements).toEqual([]);
  });

  it('does not link a limit for another act on the new day', () => {
    const { links } = linkSources([readout, observers], roster);
    expect(links.filter((l) => l.a.kind === 'event' && l.b.kind === 'event')).toEqual([]);
  });
});
