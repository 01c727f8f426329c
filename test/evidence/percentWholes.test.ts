// Percentages of two wholes their sentences name apart count two things; two shares of one whole,
// or a share whose whole goes unnamed, may still disagree. Invented sentences about the
// Arvenia–Torvania talks, as a wire story, a ministry statement and a briefing would put them.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { sharesOfTwoWholes } from '../../src/evidence/percentWholes.ts';
import { doc, kinds } from './linkedDocs.ts';

const apart = (a: string, b: string) => sharesOfTwoWholes(a, quantities(a)[0]!, b, quantities(b)[0]!);

describe('percentages of two wholes', () => {
  it('reads two wholes named apart as two things counted', () => {
    expect(
      apart(
        'Under the draft, Arvenia would pay 70 per cent of the reconstruction budget and a donor pool the remainder.',
        'Torvanian ministries finance roughly 25% of the river authority’s staff costs.',
      ),
    ).toBe(true);
  });

  it('reads one whole, in other words or left as "it", as one thing counted', () => {
    expect(
      apart(
        'Arvenia would keep 45 percent of customs and excise revenue collected at Port Vell.',
        'Arvenia is to keep 40 per cent of customs and excise duties raised at the port.',
      ),
    ).toBe(false);
    expect(
      apart(
        'Arvenia would pay 70 per cent of the reconstruction budget.',
        'Arvenia would cover about 50 per cent of it, officials said.',
      ),
    ).toBe(false);
  });

  it('flags no two shares of two wholes, and still flags two shares of one', () => {
    expect(
      kinds(
        doc(
          'a',
          'Under the revised text, Arvenia would pay 70 per cent of the reconstruction budget for the Vell valley.',
        ),
        doc(
          'b',
          'Under the revised text, Torvania would pay 25 per cent of the staff costs of the Vell valley authority.',
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          'Under the revised text, Arvenia would pay 70 per cent of the reconstruction budget for the Vell valley.',
        ),
        doc(
          'b',
          'Under the revised text, Arvenia would pay 60 per cent of the reconstruction budget for the Vell valley.',
        ),
      ),
    ).toEqual(['number ab']);
  });
});
