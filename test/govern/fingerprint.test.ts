import { describe, expect, it } from 'vitest';
import { fingerprintCopies, fingerprintCopy, trace } from '../../src/govern/fingerprint.ts';
import { ACCORD_PARAGRAPHS, ACCORD_TEXT } from '../fixtures/govern/accordText.ts';

const SECRET = 'secretariat-secret-for-tests';
const RECIPIENTS = ['ukraine', 'us', 'russia', 'eu', 'uk', 'france', 'germany', 'poland', 'turkey', 'un'];

/** Deterministic PRNG (mulberry32) so the trials are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The paragraph at body position `p` of a copy (title, then heading/paragraph pairs). */
const paragraphOf = (copy: string, p: number) => copy.split('\n\n')[2 + 2 * p]!;

/** Re-flows as a mail client or word processor would: new line breaks, stray spaces, CRLF. */
function reflow(text: string, random: () => number): string {
  const width = 30 + Math.floor(random() * 60);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line}${random() < 0.05 ? '  ' : ' '}${word}` : word;
  }
  lines.push(line);
  return lines.join(random() < 0.5 ? '\r\n' : '\n');
}

describe('fingerprinted circulation', () => {
  const circulation = fingerprintCopies(ACCORD_TEXT, RECIPIENTS, SECRET);

  it('gives every recipient a distinct copy and leaves headings and times alone', () => {
    expect(new Set(Object.values(circulation.copies)).size).toBe(RECIPIENTS.length);
    expect(circulation.minDistance).toBeGreaterThanOrEqual(10);
    for (const copy of Object.values(circulation.copies)) {
      expect(copy).toContain('Article 3 Recovery');
      expect(copy).toContain('06:00 local time');
      expect(copy.split('\n\n')).toHaveLength(ACCORD_TEXT.split('\n\n').length);
    }
  });

  it('only swaps meaning-preserving variants', () => {
    const copy = fingerprintCopy('Each of which shall be paid within ten days, e.g. by transfer.', 'x', 'a');
    expect(copy).toMatch(
      /^Each of which (shall|will) be paid (within|in) (ten|10) days, (e\.g\.|for example) by transfer\.$/,
    );
  });

  it('refuses to circulate identical copies when the text has no variant slots', () => {
    expect(() => fingerprintCopies('Peace now.', ['a', 'b'], SECRET)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('names the right recipient from one re-flowed paragraph in at least 95% of trials, and never a wrong one', () => {
    const random = prng(2025);
    let right = 0;
    let wrong = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      const recipient = RECIPIENTS[Math.floor(random() * RECIPIENTS.length)]!;
      const p = Math.floor(random() * ACCORD_PARAGRAPHS.length);
      const pasted = reflow(paragraphOf(circulation.copies[recipient]!, p), random);
      const result = trace(pasted, RECIPIENTS, SECRET, ACCORD_TEXT);
      if (result.verdict === 'match') result.recipient === recipient ? right++ : wrong++;
    }
    expect(right / trials).toBeGreaterThanOrEqual(0.95);
    expect(wrong).toBe(0);
  });

  it('answers inconclusive for a copy nobody in the list received, and for the unmarked master', () => {
    const random = prng(7);
    for (let t = 0; t < 40; t++) {
      const outsider = fingerprintCopy(ACCORD_TEXT, `outsider-${t}`, SECRET);
      const p = t % ACCORD_PARAGRAPHS.length;
      expect(trace(reflow(paragraphOf(outsider, p), random), RECIPIENTS, SECRET, ACCORD_TEXT).verdict).toBe(
        'inconclusive',
      );
    }
    const master = trace(ACCORD_PARAGRAPHS[2]!, RECIPIENTS, SECRET, ACCORD_TEXT);
    expect(master).toMatchObject({ verdict: 'inconclusive', reason: expect.stringContaining('master') });
  });

  it('answers inconclusive, with the reason, when the paste is too short or unrelated', () => {
    const sentence = paragraphOf(circulation.copies.france!, 0).split('. ')[0]!;
    expect(trace(sentence, RECIPIENTS, SECRET, ACCORD_TEXT)).toMatchObject({
      verdict: 'inconclusive',
      reason: expect.stringContaining('variant slots'),
    });
    expect(trace('The weather in Geneva was mild all week.', RECIPIENTS, SECRET, ACCORD_TEXT).verdict).toBe(
      'inconclusive',
    );
  });

  it('traces a whole paragraph even when a few variants were edited back by hand', () => {
    const copy = paragraphOf(circulation.copies.poland!, 2);
    const edited = copy.replace(/\bwill\b/, 'shall').replace('normalization', 'normalisation');
    expect(trace(edited, RECIPIENTS, SECRET, ACCORD_TEXT)).toMatchObject({
      verdict: 'match',
      recipient: 'poland',
    });
  });

  it('reads optional zero-width marks, and still traces by wording once they are stripped', () => {
    const marked = fingerprintCopy(ACCORD_TEXT, 'turkey', SECRET, { zeroWidth: true });
    expect(marked).toMatch(/\u2060/);
    const paragraph = paragraphOf(marked, 1);
    const firstSentence = paragraph.slice(0, paragraph.lastIndexOf('\u2060') + 1);
    expect(firstSentence.split(/\s+/).length).toBeLessThan(40);
    expect(trace(firstSentence, RECIPIENTS, SECRET, ACCORD_TEXT)).toMatchObject({
      verdict: 'match',
      recipient: 'turkey',
    });
    const stripped = paragraph.replace(/[\u200b\u200c\u2060]/gu, '');
    expect(trace(stripped, RECIPIENTS, SECRET, ACCORD_TEXT)).toMatchObject({
      verdict: 'match',
      recipient: 'turkey',
    });
  });
});
