// Large and hostile inputs: these finish quickly only if every pass is linear and no
// regular expression backtracks catastrophically (the test timeout is the guard; tests
// never assert timings).
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/core/outline/index.ts';

describe('large and hostile inputs', () => {
  // Generous timeout: the machine may be busy; quadratic behaviour would take minutes.
  it('parses a one-megabyte draft of articles, paragraphs and letters', { timeout: 30_000 }, () => {
    const parts: string[] = ['Consolidated draft', ''];
    let article = 0;
    let size = 0;
    while (size < 1_000_000) {
      article++;
      parts.push(`Article ${article} — Matter ${article}`, '');
      for (let p = 1; p <= 4; p++) {
        parts.push(
          `${p}. The parties shall settle matter ${article}.${p} within thirty days.`,
          '(a) First.',
          '(b) Second.',
          '',
        );
      }
      size += 260;
    }
    const draft = parseDraft(parts.join('\n'));
    expect(draft.provisions).toHaveLength(article * 13);
    expect(draft.provisions.at(-1)).toMatchObject({ path: `${article}.4.b`, parent: `${article}.4` });
  });

  it('survives long runs of markup characters', () => {
    const hostile = [
      '1. Start.',
      `${' '.repeat(100_000)}x`,
      '*'.repeat(100_000),
      '('.repeat(100_000),
      '1.'.repeat(50_000),
      `## ${'*'.repeat(100_000)}x`,
      `## Article 2 ${'*'.repeat(100_000)}x`,
      `**${'Option 1'.repeat(20_000)}`,
      `Article ${'1'.repeat(100_000)}`,
      '['.repeat(100_000),
      '- '.repeat(100_000),
      '',
      `3. **${'x'.repeat(100_000)}**`,
    ].join('\n');
    const draft = parseDraft(hostile, { format: 'markdown' });
    expect(draft.provisions.map((p) => p.path)).toEqual(['1', '2', '2.3']);
  });

  it('parses a large JSON draft', () => {
    const provisions = Array.from({ length: 5000 }, (_, i) => ({
      number: String(i + 1),
      text: 'The parties shall cooperate.',
      children: [{ number: '(a)', text: 'First.' }],
    }));
    const draft = parseDraft(JSON.stringify({ provisions }, null, 2));
    expect(draft.provisions).toHaveLength(10_000);
    expect(draft.provisions[1]).toMatchObject({ path: '1.a', parent: '1', line: 7 });
  });
});
