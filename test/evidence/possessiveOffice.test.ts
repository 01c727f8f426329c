// A person's possessive before an office or an aide ("Dahl's spokesman", "Surin's deputy") is
// someone else speaking for that person: the words are the aide's, described, never the person's,
// and never those of whoever the sentence before named. "Dahl's line:" stays Dahl's. Texts invented
// for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { aideAfter } from '../../src/evidence/possessiveOffice.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);

describe("an aide a person's possessive names", () => {
  it('reads only modifiers between the possessive and the office (review25b)', () => {
    const at = (s: string) => aideAfter(s, s.indexOf("'"));
    expect(at("Lind's chief negotiator said")).toBe("'s chief negotiator");
    expect(at("Lind's own foreign minister said")).toBe("'s own foreign minister");
    expect(at("Lind's letter to ministers was read out")).toBeUndefined();
    expect(at("Lind's remarks to negotiators")).toBeUndefined();
  });

  it('gives the words to the aide, described, not to the person', () => {
    expect(speakers('FJELLBY (AP) - "The text is not final," Dahl\'s spokesman said on Monday.')).toEqual([
      "Dahl's spokesman",
    ]);
    expect(speakers('Kostal\'s press secretary told reporters: "Nine points, not twelve."')).toEqual([
      "Kostal's press secretary",
    ]);
  });

  it("never gives an aide's words to the person a sentence or a paragraph before named", () => {
    const wire = [
      'DRAVA, March 4 (Reuters) - Talks resumed on Monday.',
      '"The text is not final," Dahl said.',
      '"We have not seen it yet," Surin\'s deputy said.',
    ].join('\n\n');
    expect(speakers(wire)).toEqual(['dahl', "Surin's deputy"]);
    const liveblog =
      'Dahl spoke to reporters at noon. Surin\'s deputy, on the radio: "We have not seen it yet."';
    expect(speakers(liveblog)).not.toContain('dahl');
  });
});
