// A ministry's communiqué in its set formula, as Latin American and African foreign ministries issue
// it: "The Ministry … informs the national and international public opinion:" and numbered "That …"
// paragraphs, the issuer's own voice, not quotations; a minister's words inside one are hers. Every
// text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: 'press-release' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe("a communiqué's numbered paragraphs under its formula", () => {
  it("are the issuer's own voice, and a minister's words inside one are hers", () => {
    const communique = [
      'MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF NORLAND\n\nCOMMUNIQUÉ No. 41',
      'The Ministry of Foreign Affairs of the Republic of Norland informs to the national and international public opinion:',
      '1. That on this Monday, 3 of March of 2031, Norland presented to the parties a text of nine points.',
      '2. That the Minister of Foreign Affairs, Ingrid Solberg, expressed on the occasion: "The river is not divided with a ruler."',
      '3. That Norland reiterates its call to the parties to respect the term of 10 of March.',
    ].join('\n\n');
    expect(quotes(communique)).toEqual([['solberg', 'The river is not divided with a ruler.']]);
  });

  it("reads other houses' formulas alike", () => {
    for (const formula of [
      'The Government of the Republic of Arvenia hereby informs the general public as follows:',
      'The Ministry wishes to inform the public that:',
      'The Presidency brings to the attention of the citizens the following:',
    ]) {
      const text = `${formula}\n\n1. That the talks resume on Monday.\n\n2. That the delegation is ready.`;
      expect(quotes(text)).toEqual([]);
    }
  });

  it("keeps a speaker's points after a speaker's colon", () => {
    const text =
      "Envoy Henrik Dahl set out the mediator's approach:\n\n- The text stays at nine points.\n\n- Both sides sign together.";
    expect(quotes(text)).toEqual([
      ['dahl', 'The text stays at nine points.'],
      ['dahl', 'Both sides sign together.'],
    ]);
  });
});
