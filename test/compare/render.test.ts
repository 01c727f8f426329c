import { describe, expect, it } from 'vitest';
import { compareDrafts, renderHtml, renderMarkdown, renderText, toJson } from '../../src/compare/index.ts';
import { CEASEFIRE, draft, ELECTIONS, MONITORING, PRISONERS, SANCTIONS } from './helpers.ts';

const before = draft([
  ['1', CEASEFIRE],
  ['2', `${MONITORING} ${SANCTIONS}`],
  ['3', 'Disputes go to <the> "joint" commission & its chair.'],
  ['4', PRISONERS],
]);
const after = draft([
  ['1', CEASEFIRE.replace('complete', 'full')],
  ['2', MONITORING],
  ['3', 'Disputes go to <the> "joint" commission & its deputy chair.'],
  ['4', SANCTIONS],
  ['5', ELECTIONS],
]);
const result = compareDrafts(before, after);

describe('renderers', () => {
  it('json prints the documented shape with numbers as written', () => {
    expect(JSON.parse(toJson(result))).toEqual({
      pairs: [
        { from: ['1'], to: ['1'], kind: 'reworded', score: expect.any(Number) },
        { from: ['2'], to: ['2', '4'], kind: 'split', score: 1 },
        { from: ['3'], to: ['3'], kind: 'reworded', score: expect.any(Number) },
      ],
      added: ['5'],
      deleted: ['4'],
    });
  });

  it('text without colour marks changes wdiff-style and lists added and deleted points', () => {
    const out = renderText(result, { color: false });
    expect(out).toContain('[-complete-]{+full+}');
    expect(out).toContain('2 → 2, 4  split');
    expect(out).toContain('+ 5 added');
    expect(out).toContain('- 4 deleted');
    expect(out).not.toContain('\x1b[');
  });

  it('text with colour uses ANSI styles instead of marks', () => {
    const out = renderText(result, { color: true });
    expect(out).toContain('\x1b[31;9mcomplete');
    expect(out).not.toContain('[-complete-]');
  });

  it('markdown strikes deletions, bolds insertions and escapes markup', () => {
    const out = renderMarkdown(result);
    expect(out).toContain('~~complete~~ **full**');
    expect(out).toContain('\\<the\\>');
    expect(out).toContain('| kept | reworded |');
  });

  it('html is a standalone, escaped, side-by-side page', () => {
    const out = renderHtml(result, 'v1 <→> v2');
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).not.toMatch(/<script|<link|src=/);
    expect(out).toContain('<title>v1 &lt;→&gt; v2</title>');
    expect(out).toContain('&lt;the&gt; &quot;joint&quot; commission &amp; its');
    expect(out).not.toContain('<the>');
    expect(out).toContain('<ins>deputy </ins>');
    expect(out).toMatch(/<td class="old">[^<]*<del>complete<\/del>/);
  });
});
