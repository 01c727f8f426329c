// Two refusals are one claim when they refuse one thing: a word of what is refused, not of who
// refuses or of the negotiation's own acts. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { oneRefusal } from '../../src/evidence/claimFrames.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { type Passage, passagesOf } from '../../src/evidence/passages.ts';
import { roster } from './roster.ts';

const passage = (source: string, text: string): Passage =>
  passagesOf(
    {
      source,
      cleanText: text,
      published: '2031-03-05',
      claims: extractClaims(text, { roster, published: '2031-03-05', genre: 'news' }),
    },
    roster,
  ).find((p) => p.kind === 'sentence')!;

describe('one refusal', () => {
  it('links two refusals of one thing in other words', () => {
    expect(
      oneRefusal(
        passage('a', 'Torvania rejected a proposal to put the Vell weirs under a joint board.'),
        passage('b', 'Arvenia will not accept a joint board for the weirs, an adviser said.'),
        roster,
      ),
    ).toBe(true);
  });

  it('does not link refusals that share only who refuses or the act of signing', () => {
    expect(
      oneRefusal(
        passage('a', 'Government officials rejected the signing date set by the envoy.'),
        passage('b', 'The government refused to sign before the fishing quotas are settled, officials said.'),
        roster,
      ),
    ).toBe(false);
  });

  it("does not link refusals that share only the refuser's office, the month or a 'never'", () => {
    expect(
      oneRefusal(
        passage(
          'a',
          'The minister has never accepted the ferry timetable, Kessel officials said this month.',
        ),
        passage(
          'b',
          'Torvania rejected the minister’s plan for the border posts this month and never answered.',
        ),
        roster,
      ),
    ).toBe(false);
  });

  it('still links two refusals of one thing that also name the minister', () => {
    expect(
      oneRefusal(
        passage('a', 'The minister rejected the ferry timetable for Kessel.'),
        passage('b', 'Torvania will not accept the ferry timetable, its minister said.'),
        roster,
      ),
    ).toBe(true);
  });
});
