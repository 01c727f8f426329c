import { describe, expect, it } from 'vitest';
import { findSlots } from '../../src/govern/fingerprintSlots.ts';
import { readItems } from '../../src/govern/fingerprintText.ts';

/** The text with every slot switched to its alternative wording. */
function switchAll(text: string): string {
  const { slots } = findSlots(text);
  let out = text;
  for (const slot of [...slots].reverse())
    out = out.slice(0, slot.start) + slot.surfaces[1] + out.slice(slot.end);
  return out;
}
const classes = (text: string) => readItems(text).map((i) => i.cls);

describe('wording variant classes', () => {
  const cases: [string, string][] = [
    [
      'Non-aggression pact; the nonproliferation regime; the Non-Proliferation Treaty.',
      'Nonaggression pact; the non-proliferation regime; the Non-Proliferation Treaty.',
    ],
    [
      'In peacetime the peacekeeping force may re-establish posts.',
      'In peace-time the peace-keeping force may reestablish posts.',
    ],
    [
      'Assets immobilised abroad; breaches are penalised.',
      'Assets immobilized abroad; breaches are penalized.',
    ],
    [
      'The fund analysed the analyses with the peacekeepers; wartime records.',
      'The fund analyzed the analyses with the peace-keepers; war-time records.',
    ],
    [
      'The US and the UN agree; the U.S. team, the UN envoy.',
      'The U.S. and the U.N. agree; the US team, the U.N. envoy.',
    ],
    [
      'Signed on 23 November 2025, in force from 1 January.',
      'Signed on November 23, 2025, in force from January 1.',
    ],
    [
      'By March 3, 2026 the parties meet; on May 9 they sign.',
      'By 3 March 2026 the parties meet; on 9 May they sign.',
    ],
  ];
  it.each(cases)('switches %j and recovers the master from the copy', (master, expected) => {
    const copy = switchAll(master);
    expect(copy).toBe(expected);
    expect(switchAll(copy)).toBe(master);
    expect(classes(copy)).toEqual(classes(master));
  });

  it('never reads a number after a month as its year, nor "May 5 delegates" or an ISO date as a date', () => {
    const text = 'On November 23, 2000 troops left. May 5 delegates attend? Dated 2025-11-23.';
    const copy = switchAll(text);
    expect(copy).toBe('On 23 November, 2000 troops left. May 5 delegates attend? Dated 2025-11-23.');
    expect(switchAll(copy)).toBe(text);
  });

  it('never touches the pronoun, ids, references or a sentence-final abbreviation', () => {
    const text =
      'Let us meet. Ref US-123, file UN/2025/7, code A-7, v2.5, www.un.org, mail to us@un.org, USA. It went to the US. Then the U.S. Then U.S.-Russia talks.';
    expect(switchAll(text)).toBe(text);
  });
});
