// Findings of session 23's read-through of its own change, each pinned: a dateline's year left
// unknown when two years fit, a remainder beside a count (a reply's short lines: emailThreads.test.ts).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { wireDateline } from '../../src/evidence/published.ts';
import { partAndRemainder } from '../../src/evidence/remainderWhole.ts';

describe("a wire dateline's year without a received day", () => {
  const lede = 'KESSEL, March 12 (Northern Wire) - The two delegations agreed on Tuesday to meet again.';

  it('is unknown when two years the text writes fit, one on the day and one the day before', () => {
    // 11 March 2031 is a Tuesday: "on Tuesday" under a Wednesday's dateline fits 2031 as well.
    expect(wireDateline(lede, undefined, `${lede}\nThe line was drawn in 2030 and redrawn in 2031.`)).toBe(
      undefined,
    );
  });
});

describe('a remainder beside a count', () => {
  it('is read as the whole with its part', () => {
    const a = 'The release of nine engineers is done; the remaining two will follow within days.';
    const b = 'Eleven engineers are held, the ministry said.';
    expect(partAndRemainder(a, quantities(a)[0]!, b, quantities(b)[0]!)).toBe(true);
  });
});
