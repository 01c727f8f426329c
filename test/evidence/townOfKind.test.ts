import { describe, expect, it } from 'vitest';
import { eventProfile } from '../../src/evidence/eventProfile.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc, eventPairs } from './linkedDocs.ts';
import { roster } from './roster.ts';

const placesOf = (text: string) => {
  const p = passagesOf(doc('a', text), roster).find((x) => x.kind === 'event');
  return [...(p ? eventProfile(p, roster)!.places : [])].sort();
};

describe('a town placed by a noun of its kind', () => {
  it('reads the town after "the ... town of", not the people adjective before it', () => {
    expect(placesOf('The delegations met on Tuesday in the Torvanian border town of Fjellby.')).toEqual([
      'fjellby',
    ]);
    expect(placesOf('Talks opened on Monday in the port city of Kessel.')).toEqual(['kessel']);
  });

  it('keeps a town named plainly, and a venue with its town', () => {
    expect(placesOf('The delegations met on Tuesday in Fjellby.')).toEqual(['fjellby']);
    expect(placesOf('The delegations met on Tuesday in Fjellby, a town of some size.')).toEqual(['fjellby']);
  });

  it('links a wire placing the talks by the town kind to a readout naming the town', () => {
    const pairs = eventPairs([
      doc('a', 'The delegations of Arvenia and Torvania held talks in Fjellby on 3 March 2031.', 'readout'),
      doc(
        'b',
        'Arvenian and Torvanian negotiators met on 3 March in the Torvanian lakeside town of Fjellby.',
      ),
    ]);
    expect(pairs).toEqual(['a-b']);
  });
});
