// Input built against session 24's changes (review 25): a post whose last line is a run of hearts
// and a word. The counts line's symbols were an alternation of two classes most pictographs are in
// both of, and a run of them was split every way between the two before the line was refused.
import { describe, expect, it } from 'vitest';
import { isCountsLine } from '../../src/evidence/posts.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 6000;

describe('session 24 posts on hostile input', () => {
  it('refuses a line of forty hearts and a word as counts in linear time', () => {
    const hearts = '❤'.repeat(40);
    expect(cpuMs(() => isCountsLine(`${hearts} wow`))).toBeLessThan(BOUND_MS);
    expect(isCountsLine(`${hearts} wow`)).toBe(false);
    expect(isCountsLine('↻ 41  ☆ 63  ↩ 7')).toBe(true);
    const post = `Ada Lind @adalind · 2h\n\nTalks resumed in Fjellby on Monday.\n\n${hearts} so proud`;
    expect(
      cpuMs(() => processDocument(Buffer.from(post), 'post.txt', { roster, received: '2031-03-05' })),
    ).toBeLessThan(BOUND_MS);
  });
});
