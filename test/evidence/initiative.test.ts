// Who asked for a call: each side's readout of one call may give the initiative to the other.
// Two readouts written within days that name two sides contradict; one side named twice does not,
// nor do two calls weeks apart, nor an invitation (a host, not who asked). Invented readouts of
// the Arvenia–Torvania talks, in a presidential office's and a ministry's house styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const arvenian = doc(
  'a',
  'The conversation between President Kostal and President Varin took place at the request of the Torvanian side.',
  'readout',
  '2031-04-27',
);

describe('who asked for a call', () => {
  it('flags two readouts of one call that give the initiative to two sides', () => {
    const torvanian = doc(
      'b',
      'The telephone call was made at the initiative of the Arvenian side, the Citadel press service said.',
      'readout',
      '2031-04-27',
    );
    expect(kinds(arvenian, torvanian)).toEqual(['attribution ab']);
  });

  it('does not flag one side named twice, a call weeks later, or an invitation', () => {
    const same = doc(
      'b',
      "The call took place at Torvania's request, the Citadel said.",
      'readout',
      '2031-04-28',
    );
    expect(kinds(arvenian, same)).toEqual([]);
    const later = doc(
      'b',
      'The telephone call was made at the initiative of the Arvenian side, the Citadel press service said.',
      'readout',
      '2031-05-20',
    );
    expect(kinds(arvenian, later)).toEqual([]);
    const host = doc(
      'b',
      'The delegations met in Fjellby at the invitation of Norland after the call.',
      'news',
      '2031-04-27',
    );
    expect(kinds(arvenian, host)).toEqual([]);
  });
});
