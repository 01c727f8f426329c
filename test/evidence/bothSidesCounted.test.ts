// A count of both sides' people and a count of one side's count two groups, the one within the
// other: "210 persons in all, held by either party" is no other figure for "58 Arvenian sailors".
// Two counts of both sides, or two of one side's people, still disagree.
import { describe, expect, it } from 'vitest';
import { oneSideAndBoth } from '../../src/evidence/bothSidesCounted.ts';
import { quantities } from '../../src/evidence/numbers.ts';

const apart = (ta: string, tb: string) => oneSideAndBoth(ta, quantities(ta)[0]!, tb, quantities(tb)[0]!);

describe('both sides counted against one side', () => {
  it('reads a total of both sides against one people', () => {
    expect(
      apart(
        'All sailors detained by either party, two hundred and ten (210) persons in total, shall be freed.',
        'Torvania has already freed 58 Arvenian sailors and three trawlers.',
      ),
    ).toBe(true);
    expect(
      apart(
        'Eleven crew members died in the collision — seven from the Arvenian tug and four from the Torvanian ferry.',
        'Five Torvanian sailors died when the ferry and the tug collided.',
      ),
    ).toBe(true);
    expect(
      apart('The list holds 300 detainees from both sides.', 'Our 140 soldiers are still held in the south.'),
    ).toBe(true);
  });

  it('still compares two totals, and two counts of one people', () => {
    expect(
      apart(
        'The list holds 300 detainees from both sides.',
        'The exchange covers 320 prisoners held by the two sides.',
      ),
    ).toBe(false);
    expect(
      apart(
        'Torvania has already freed 58 Arvenian sailors.',
        'Torvania said 61 Arvenian sailors were freed.',
      ),
    ).toBe(false);
    // A count per side is no total of both.
    expect(apart('Some 150 prisoners were freed by each side.', 'Our 144 soldiers came home.')).toBe(false);
    // A count that says neither is any group.
    expect(
      apart('The list holds 300 detainees from both sides.', 'About 280 prisoners were exchanged.'),
    ).toBe(false);
  });
});
