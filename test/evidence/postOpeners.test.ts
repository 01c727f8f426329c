// A reporters' group chat and a correspondent's post written as notes: the message opens with the person
// it quotes and no verb says so ("Dahl doorstep just now, quote: "…""). The quotation is that person's,
// never the sender's own, never a possessive's office, never a pronoun's guess. Texts invented for the
// test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const inner = (text: string) =>
  extractClaims(text, { roster, genre: 'social' })
    .filter((c): c is Quote => c.kind === 'quote' && c.data.form !== 'post')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe("a note's quotation of the person who opens it", () => {
  it('reads a chat message that opens with a roster name as that person quoted', () => {
    const chat = [
      '[03/04/2031, 11:40] Ana Berg: Dahl doorstep just now, quote: "The text goes to both sides tonight." No more',
      '[03/04/2031, 11:42] Tomas Reif: Kostal presser done. Her line: "Nine points, not twelve." Says talks "went well"',
      '[03/04/2031, 11:45] Ana Berg: Surin\'s office says the letter was "automatic", nothing else',
      '[03/04/2031, 11:47] Tomas Reif: she said "same day" again',
    ].join('\n');
    expect(inner(chat)).toEqual([
      ['The text goes to both sides tonight.', 'dahl'],
      ['Nine points, not twelve.', 'kostal'],
      ['went well', 'kostal'],
    ]);
    const line = [
      '[04/04/2031, 08:00] Ana Berg: Varin\'s line at the presser: "a river is counted twice"',
      '[04/04/2031, 08:01] Tomas Reif: ok',
      '[04/04/2031, 08:02] Ana Berg: filing at 9',
    ].join('\n');
    expect(inner(line)).toEqual([['a river is counted twice', 'varin']]);
  });

  it("leaves a post's quotation to the one named beside it, and a sender quoting no one", () => {
    const chat = [
      '[03/04/2031, 09:00] Henrik Dahl: Dahl here. The word is "soon", from me',
      '[03/04/2031, 09:05] Ana Berg: Kostal on the radio: Varin "has not seen it" she says',
      '[03/04/2031, 09:06] Ana Berg: agreed',
    ].join('\n');
    expect(inner(chat).map(([, s]) => s)).not.toContain('dahl');
    expect(inner(chat).map(([, s]) => s)).not.toContain('kostal');
  });

  it("gives no message's quotation to a possessive's office, nor to whoever another message named", () => {
    const chat = [
      '[05/04/2031, 10:02] Ana Berg: Dahl\'s spokesman, asked at the door: "The text is not final."',
      '[05/04/2031, 10:04] Tomas Reif: Surin\'s deputy on the radio: "We have not seen it yet."',
      '[05/04/2031, 10:05] Ana Berg: ok, filing',
    ].join('\n');
    const who = inner(chat).map(([, s]) => s);
    expect(who).not.toContain('dahl');
    expect(who).not.toContain('surin');
  });
});
