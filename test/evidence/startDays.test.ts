// When a thing the talks set up starts working, told with its day by two sources: one thing, on the
// same day or a moved one. Another thing starting, or someone opening something, is not. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a, 'news', '2031-04-02'), doc('b', b, 'readout', '2031-04-03')], roster).links.map(
    (l) => l.reason,
  );
const starts = (a: string, b: string) => reasons(a, b).filter((r) => r.startsWith('when the'));

describe('when a thing starts working', () => {
  it('links two days given for one monitoring centre to start, the same or moved', () => {
    const plan = 'Under the plan, a flood monitoring centre in Kessel would become operational on 1 June.';
    expect(
      starts(plan, 'Officials in Drava said the monitoring centre is meant to open 1 June.'),
    ).toHaveLength(1);
    expect(
      starts(plan, 'The monitoring centre will now open on 1 July instead of 1 June, Berg said.'),
    ).toHaveLength(1);
    expect(
      starts(
        'Torvania says the emergency hotline will go live on 12 May.',
        'Berg told reporters in Kessel that the hotline goes live by 20 May at the earliest.',
      ),
    ).toHaveLength(1);
  });

  it('keeps another thing, an opener and a state apart', () => {
    const plan = 'Under the plan, a flood monitoring centre in Kessel would become operational on 1 June.';
    for (const other of [
      'The new border post at Fjellby will open on 1 June, Lind said.',
      'Melnyk opened the monitoring session on 1 June with a statement.',
      'Surin said the monitoring question remains open on 1 June.',
    ])
      expect(starts(plan, other), other).toEqual([]);
  });
});
