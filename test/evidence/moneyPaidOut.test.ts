// What has been paid into a fund so far is not the fund: "only $30 million has been paid out" sets
// nothing against "a fund of $150 million". Two sums paid out, or two sizes of the fund, still disagree.
import { describe, expect, it } from 'vitest';
import { paidAndPledged } from '../../src/evidence/moneyPaidOut.ts';
import { quantities } from '../../src/evidence/numbers.ts';

const apart = (ta: string, tb: string) => paidAndPledged(ta, quantities(ta)[0]!, tb, quantities(tb)[0]!);
const fund = 'Donors have set up a fund of $150 million for the return of displaced families.';

describe('a sum paid out so far against the fund', () => {
  it('sets what was received or paid out apart from the fund', () => {
    expect(apart(fund, 'Only $30 million has been paid out so far, a Union official said.')).toBe(true);
    expect(apart(fund, 'The Commission acknowledges receipt of EUR 28 million from the donors.')).toBe(true);
    expect(apart(fund, 'To date we have received 30 million dollars of the pledges.')).toBe(true);
  });

  it('still compares two sums paid out, and two sizes of the fund', () => {
    expect(
      apart(
        'Only $30 million has been paid out so far, a Union official said.',
        'To date we have received 25 million dollars of the pledges.',
      ),
    ).toBe(false);
    expect(apart(fund, 'The donors’ fund for displaced families holds $120 million.')).toBe(false);
  });
});
