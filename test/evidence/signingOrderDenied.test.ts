// Whether the order of signature is settled, told in words that deny it while holding "agreed" or
// "settled" in positive form ("Nobody has agreed…", "rejected reports that … had been settled"),
// and told as the one thing agreed ("what we did agree is the order of signatures"). Invented
// lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const flags = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).disagreements.map((d) => `${d.kind}: ${d.reason}`);

describe('an order of signature denied in positive words', () => {
  it('reads no one having agreed it as open', () => {
    expect(readSigningOrder('No one has yet agreed which side signs first.', roster)).toEqual({
      question: true,
      settled: false,
    });
  });

  it('reads a denied report that it was settled as open', () => {
    expect(
      readSigningOrder(
        'The Citadel spokesman dismissed claims that the order of signature for the Fjellby ceremony was decided.',
        roster,
      ),
    ).toEqual({ question: true, settled: false });
  });

  it('gives no flag between a denied report and a plain denial: both say it is open', () => {
    expect(
      flags(
        'Kostal on Tuesday dismissed claims that the summit’s order of signatures had been agreed.',
        'The order of signatures is still to be settled, a Norland diplomat said on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('still reads an order said to be settled as settled', () => {
    expect(
      readSigningOrder('The order of signatures has now been settled: Arvenia signs first.', roster),
    ).toEqual({ first: 'arvenia', settled: true });
  });
});

describe('an order of signature told as what was agreed', () => {
  it('reads "what we did agree is the order of signatures" as settled', () => {
    expect(
      readSigningOrder(
        'The one point we did agree in Kessel is the order of signatures: Torvania signs first.',
        roster,
      ),
    ).toEqual({ first: 'torvania', settled: true });
  });

  it('flags it against an order said not to be agreed', () => {
    expect(
      flags(
        'The one point we did agree in Kessel is the order of signatures: Torvania signs first, President Varin told deputies.',
        'The order of signatures has not been agreed, the Arvenian government said in a statement on Thursday.',
      ),
    ).toEqual(['status: order of signature: settled vs not settled']);
  });

  it('does not read what was not agreed as settled', () => {
    expect(
      readSigningOrder(
        'What was not agreed in Kessel is the order of signatures: Torvania wants to sign first.',
        roster,
      ),
    ).toEqual({ first: 'torvania', settled: false });
  });
});
