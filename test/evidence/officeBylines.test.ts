// A briefing's title broken before its "by" ("TRANSCRIPT OF THE WEEKLY PRESS BRIEFING" / "BY THE
// SPOKESPERSON OF THE MINISTRY …, MR …"): the line names who speaks, and stays in the record for its
// "SPOKESPERSON:" turns; a wire's "By The Associated Press" is still its author. Texts are invented.
import { describe, expect, it } from 'vitest';
import { bylineAuthor } from '../../src/evidence/boilerplate.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'briefing.txt', { roster })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);

describe('a title line that names its speaker after "by"', () => {
  it('gives the office its labels write alone to the holder the line names', () => {
    const briefing = [
      'THE CITADEL\nREPUBLIC OF TORVANIA',
      'TRANSCRIPT OF THE WEEKLY PRESS BRIEFING\nBY THE SPOKESMAN OF THE CITADEL, MR PAVEL SURIN',
      'Thursday, 6 March 2031, 11:00 hrs',
      'SPOKESMAN: Good morning. Two items today, then your questions.',
      'Journalist (Drava Daily): Has the text reached the Citadel?',
      'SPOKESMAN: It has. We are reading it.',
    ].join('\n\n');
    expect(speakers(briefing)).toEqual(['surin', 'journalist', 'surin']);
  });

  it('keeps names and agencies as authors', () => {
    expect(bylineAuthor('By The Associated Press')).toBe('The Associated Press');
    expect(bylineAuthor('By Ada Lind, Fjellby')).toBe('Ada Lind');
    expect(
      bylineAuthor('BY THE SPOKESPERSON OF THE MINISTRY OF FOREIGN AFFAIRS, MR DIMAS ORE'),
    ).toBeUndefined();
    expect(bylineAuthor('By the Office of the Special Envoy')).toBeUndefined();
  });
});
