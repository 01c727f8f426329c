// One text's size under two of its names: a wire's "the 14-point agreement" and a briefing's "a
// fifteen-point document" size the text under negotiation, and are linked. Only the link is
// asserted: the two sizes are not flagged, since the number pass (numbers.ts kindsMeet) keeps an
// "agreement" and a "document" apart as two kinds. A counter-proposal's or a paper's size is another
// text's: a paper is often a party's or a body's own. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a, 'news'), doc('b', b, 'press-conference')], roster).links.map((l) => l.reason);

describe("a text's size under two of its names", () => {
  it('links the agreement, the document and the text of one size count', () => {
    expect(
      reasons(
        'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.',
        'What the envoy put before us last night is a fifteen-point document.',
      ),
    ).toContain('one size of the text (point)');
    expect(
      reasons(
        'The 20-point framework was handed to both delegations in Kessel on Monday.',
        'Diplomats in Norland describe a 22-point agreement on the river.',
      ),
    ).toContain('one size of the text (point)');
  });

  it("keeps a counter-proposal's and a party's own paper's size apart", () => {
    expect(
      reasons(
        'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.',
        'What Torvania put before us last night is a fifteen-point counter-proposal.',
      ),
    ).not.toContain('one size of the text (point)');
    expect(
      reasons(
        'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.',
        "Arvenia's own twelve-point paper was set aside by the envoy.",
      ),
    ).not.toContain('one size of the text (point)');
    // A paper another body adopted is its own, though no possessive says so.
    expect(
      reasons(
        'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.',
        'He was dismissive of the seven-point paper adopted by the Union last week.',
      ),
    ).not.toContain('one size of the text (point)');
  });
});
