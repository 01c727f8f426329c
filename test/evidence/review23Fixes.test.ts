// Findings of session 23's read-through of its own change, each pinned: a dateline's year left
// unknown when two years fit, a reply's short lines kept as its words, a remainder beside a count.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { wireDateline } from '../../src/evidence/published.ts';
import { partAndRemainder } from '../../src/evidence/remainderWhole.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

describe("a wire dateline's year without a received day", () => {
  const lede = 'KESSEL, March 12 (Northern Wire) - The two delegations agreed on Tuesday to meet again.';

  it('is unknown when two years the text writes fit, one on the day and one the day before', () => {
    // 11 March 2031 is a Tuesday: "on Tuesday" under a Wednesday's dateline fits 2031 as well.
    expect(wireDateline(lede, undefined, `${lede}\nThe line was drawn in 2030 and redrawn in 2031.`)).toBe(
      undefined,
    );
  });
});

describe('an e-mail reply', () => {
  type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
  it('keeps its short lines as its words: only a name with its comma greets, a lower-case line signs nothing', () => {
    const thread = [
      'From: Dahl Henrik (NOR MFA)',
      'Sent: Tuesday, 4 March 2031 09:12',
      'To: Solberg Ingrid (NOR MFA)',
      'Subject: RE: Vell text',
      '',
      'Agreed.',
      'Signing Friday',
      'not before noon',
      '',
      '-----Original Message-----',
      'From: Solberg Ingrid (NOR MFA)',
      'Sent: Monday, 3 March 2031 18:40',
      'To: Dahl Henrik (NOR MFA)',
      'Subject: Vell text',
      '',
      'Henrik,',
      'can we sign on Friday?',
      '',
      'Best,',
      'Ingrid',
    ].join('\n');
    const words = extractClaims(thread, { roster, genre: 'news' })
      .filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'post')
      .map((c) => c.data.words);
    expect(words).toContain('Agreed. Signing Friday not before noon');
    expect(words).toContain('can we sign on Friday?');
  });
});

describe('a remainder beside a count', () => {
  it('is read as the whole with its part', () => {
    const a = 'The release of nine engineers is done; the remaining two will follow within days.';
    const b = 'Eleven engineers are held, the ministry said.';
    expect(partAndRemainder(a, quantities(a)[0]!, b, quantities(b)[0]!)).toBe(true);
  });
});
