// Input built against patterns added in session 20 (dash answers, country labels, asked and
// answered, foreign provisions, trips worded as going, sitting down, limit nouns, seats at the
// table): each read in one pass over a 100,000-character document, none per turn over the whole.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { roster } from './roster.ts';
import { cpuMs, linkTwiceCpuMs } from './timedRuns.ts';

const BOUND_MS = 3000;
const SIZE = 100_000;
// A word of its own for each repeat, so no pass may take the units for one repeated line.
const tag = (i: number): string => {
  let w = '';
  for (let n = i; w === '' || n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
  return w;
};
const repeated = (unit: (t: string) => string, head = ''): string => {
  let out = head;
  for (let i = 0; out.length < SIZE; i++) out += unit(tag(i));
  return out;
};
const extractTimed = (text: string, genre: Genre): number =>
  cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre }));

describe('session 20 patterns on hostile input', () => {
  it('reads thousands of labelled questions with dash answers in one pass', () => {
    const text = repeated(
      (t) => `IP: When did you see the ${t} text?\n— On Monday, in Kessel.\n\n`,
      'Interview with Mira Kostal\n\n',
    );
    expect(extractTimed(text, 'press-conference')).toBeLessThan(BOUND_MS);
  });

  it('reads thousands of country labels and of two voices by turns in one pass', () => {
    expect(
      extractTimed(
        repeated((t) => `UK: We support the ${t} text.\n\nUS: We do not.\n\n`),
        'meeting-transcript',
      ),
    ).toBeLessThan(BOUND_MS);
    expect(
      extractTimed(
        repeated((t) => `FT: Will you sign the ${t} text?\n\nMK: Not yet.\n\n`),
        'press-conference',
      ),
    ).toBeLessThan(BOUND_MS);
  });

  it('links a sentence with no stop of trips, sit-downs, limits and treaty articles in one pass', () => {
    const line = repeated(
      (t) =>
        `the envoy ${t} went to Kessel and sat down with the Arvenians, Article 5 of the Washington Treaty, the 22 March ultimatum and no Torvanian official took part, `,
      'On Monday ',
    );
    expect(linkTwiceCpuMs(`${line}.\n`)).toBeLessThan(BOUND_MS);
    expect(extractTimed(line, 'news')).toBeLessThan(BOUND_MS);
  });

  it('reads thousands of dash lines before a label in one pass', () => {
    const text = `${repeated((t) => `- Is the ${t} text final?\n- It is not.\n`)}\n\nIP: When?\n— On Monday.\n\nIP: Where?\n— In Kessel.\n`;
    expect(extractTimed(text, 'press-conference')).toBeLessThan(BOUND_MS);
  });
});
