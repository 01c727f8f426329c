// One text's size under two of its names: a wire's "the 14-point agreement" and a briefing's "a
// fifteen-point document" size the text under negotiation: they are linked, and two sizes of it are
// flagged as two numbers, though "agreement" and "document" are two kinds to the number pass alone.
// A counter-proposal's or a paper's size is another text's, and no flag: a paper is often a party's
// or a body's own. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
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

  it('flags two sizes of the text under two of its names', () => {
    expect(
      kinds(
        doc('a', 'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.'),
        doc('b', 'What the envoy put before us last night is a fifteen-point document.', 'press-conference'),
      ),
    ).toContain('number ab');
    // One size under two names agrees.
    expect(
      kinds(
        doc('a', 'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.'),
        doc('b', 'What the envoy put before us last night is a fourteen-point document.', 'press-conference'),
      ),
    ).not.toContain('number ab');
    // A counter-proposal is another text: its size is no other figure for the agreement's.
    expect(
      kinds(
        doc('a', 'Both delegations initialled the 14-point agreement on the Vell river in Kessel on Friday.'),
        doc(
          'b',
          'What Torvania put before us last night is a fifteen-point counter-proposal.',
          'press-conference',
        ),
      ),
    ).not.toContain('number ab');
  });
});
