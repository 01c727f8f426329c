// Input built against this session's new readers: each pattern once tried every split of a long
// run (a turn closed by thousands of notes, a capitalised word after a hyphenated name, a turn
// of contrasts, a hyphen run before "agreed" or a body's count). The bound is loose for a loaded machine; each took seconds before.
import { describe, expect, it } from 'vitest';
import { contrastReversed } from '../../src/evidence/assertion.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { agreedPart } from '../../src/evidence/formulaAgainstAgreed.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 500;
describe("this session's readers on hostile input", () => {
  it('trims a turn that closes on thousands of notes from its tail, not from its start each time (was 2 s)', () => {
    const text = `THE CHAIR: We open.\n\nMS. KOSTAL: We sign today. ${'(Applause.) '.repeat(8000)}\n\nMR. DAHL: Thank you.`;
    let claims: ReturnType<typeof extractClaims> = [];
    expect(
      cpuMs(() => {
        claims = extractClaims(text, { roster, published: '2031-03-05', genre: 'meeting-transcript' });
      }),
    ).toBeLessThan(BOUND_MS * 2);
    const kostal = claims.find((c) => c.kind === 'quote' && c.text.startsWith('We sign'));
    expect(kostal?.text).toBe('We sign today.');
  });

  it('reads a long capitalised word after a hyphenated name once (was 5 s)', () => {
    const text = `The envoys met Lind-Haugen ${'A'.repeat(100_000)} in Drava.`;
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(BOUND_MS * 2);
  });

  it('reads a 100,000-character hyphen run before "agreed" against the formula in linear time (was 12 s)', () => {
    // The word before a part said agreed, and a body's name before its count (complements.ts), were
    // each read to the end of the run from every hyphen in it.
    const text = `${'a-'.repeat(50_000)} agreed`;
    expect(cpuMs(() => agreedPart(text))).toBeLessThan(BOUND_MS);
    // In its own voice, what stands before the part is read for a colon or a quote mark closing it.
    const colons = `${': '.repeat(25_000)}${'“ '.repeat(25_000)}the fisheries chapter is agreed`;
    expect(cpuMs(() => agreedPart(colons, true))).toBeLessThan(BOUND_MS);
    const docs = [
      { source: 'a', cleanText: text, published: '2031-03-01', claims: [] },
      {
        source: 'b',
        cleanText: 'Nothing is agreed until everything is agreed, the envoy said.',
        published: '2031-03-01',
        claims: [],
      },
    ];
    expect(cpuMs(() => linkSources(docs, roster))).toBeLessThan(BOUND_MS * 4);
  });

  it('looks for a turned contrast only in a sentence-long line (a 11,000-character turn was seconds)', () => {
    const long = `${'not a pause, but '.repeat(700)}\nthe end`;
    expect(cpuMs(() => contrastReversed(long, `${long} now`))).toBeLessThan(BOUND_MS);
    const flat = 'the talks of the plan '.repeat(5000);
    expect(cpuMs(() => contrastReversed(flat, `${flat}x`))).toBeLessThan(BOUND_MS);
    expect(
      contrastReversed('The twentieth is a target, not a cliff.', 'The twentieth is a cliff, not a target.'),
    ).toBe(true);
  });
});
