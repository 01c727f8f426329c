// A diplomatic cable or a memo as leaks print it: header keys in capitals ("SUBJECT:", "TAGS:",
// "REF:", "Classified By:") that nobody speaks, numbered paragraphs that report who said what, a
// verb after "and" that shares its sentence's subject. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe("a cable's header keys", () => {
  it('are no turn labels, in capitals or not', () => {
    for (const line of [
      'SUBJECT: VELL ROUND TWO: ARVENIANS UPBEAT',
      'TAGS: PREL, PGOV, AR, TR',
      'REF: A. FJELLBY 000112',
      'Classified By: Ambassador Ada Lind, reasons 1.4 (b) and (d)',
      'MEMORANDUM FOR: The Secretary',
      'Subj: Next round',
    ])
      expect(turnLabel(line)).toBeUndefined();
    expect(turnLabel('HENRIK DAHL: We are close.')?.name).toBe('HENRIK DAHL');
  });

  it('leave the cable a report whose quotations are read from its sentences', () => {
    const cable = [
      'C O N F I D E N T I A L FJELLBY 000120',
      'FROM: NOREMBASSY DRAVA',
      'TO: FOREIGN OFFICE FJELLBY PRIORITY',
      'TAGS: PREL, PGOV, AR, TR',
      'SUBJECT: VELL ROUND TWO: CITADEL CALM, ARVENIANS WAIT',
      'REF: A. DRAVA 000118',
      'Classified By: Ambassador Ada Lind, reasons 1.4 (b) and (d)',
      '1. (C) Summary: Pavel Surin told the Ambassador the quota "is not for sale." END SUMMARY.',
      '2. (C) Assets: Surin raised the Arvenian claim on frozen Union funds, which he put at 40 billion, and said Torvania would "not pay twice for one dam."',
      '3. (C) Next steps: Surin hinted that the round could slip "by a few days, no more."',
    ].join('\n\n');
    expect(quotes(cable)).toEqual([
      ['surin', 'is not for sale.'],
      ['surin', 'not pay twice for one dam.'],
      ['surin', 'by a few days, no more.'],
    ]);
  });
});

describe('a verb after "and" shares the subject that opens its sentence', () => {
  it("passes over the first verb's objects to the subject", () => {
    const text =
      'Envoy Henrik Dahl met the Arvenian and Torvanian delegations in Fjellby, and said the text was "nearly done."';
    expect(quotes(text)).toEqual([['dahl', 'nearly done.']]);
  });

  it('leaves a verb with its own subject to it', () => {
    const text = 'Henrik Dahl spoke first, and Pavel Surin said the text was "nearly done."';
    expect(quotes(text)).toEqual([['surin', 'nearly done.']]);
  });
});
