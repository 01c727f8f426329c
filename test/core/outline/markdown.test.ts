import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/core/outline/index.ts';
import { parseFixture, shape } from './fixture.ts';

describe('Markdown drafts', () => {
  it('nests chapters, articles, list items and bulleted letters by heading depth and style', () => {
    const draft = parseFixture('markdown-structure.md');
    expect(draft.title).toBe('Draft Peace Framework (v3)');
    expect(draft.preamble).toBe('Prepared by the mediation team. *Not for circulation.*');
    expect(shape(draft)).toEqual([
      'I',
      'I.1 ^I',
      'I.1.1 ^I.1',
      'I.1.2 ^I.1',
      'I.1.2.a ^I.1.2',
      'I.1.2.b ^I.1.2',
      'I.2bis ^I',
      'II',
      'II.3 ^II',
      'II.3.1 ^II.3',
    ]);
  });

  it('takes headings from the heading line, an "*(emphasised)*" title, or a sub-heading of its own', () => {
    const draft = parseFixture('markdown-structure.md');
    const byPath = (path: string) => draft.provisions.find((p) => p.path === path);
    expect(byPath('I')).toMatchObject({ number: 'Chapter I', heading: 'Cessation of hostilities', line: 7 });
    expect(byPath('I.1')).toMatchObject({ number: 'Article 1', heading: 'ceasefire' });
    expect(byPath('I.2bis')).toMatchObject({
      heading: 'Monitoring',
      text: 'The mission deploys within fourteen days.',
    });
    expect(byPath('II.3.1')).toMatchObject({
      number: '3.1',
      heading: 'Medical convoys',
      text: 'Medical convoys have priority.',
    });
    expect(byPath('I.1.2.a')).toMatchObject({ number: '(a)', text: 'within one hour by telephone;' });
  });

  it('keeps "Option N:" alternatives as provisions under the point they are alternatives of', () => {
    const draft = parseFixture('markdown-options.md');
    expect(shape(draft)).toEqual([
      '7',
      '7.1 ^7',
      '7.1.opt1 ^7.1',
      '7.1.opt2 ^7.1',
      '7.2 ^7',
      '7.2.opt1 ^7.2',
      '7.2.opt1.1 ^7.2.opt1',
      '7.2.opt1.2 ^7.2.opt1',
      '7.2.opt2 ^7.2',
      '7.2.opt2.1 ^7.2.opt2',
      '7.3 ^7',
    ]);
    const at = (path: string) => draft.provisions.find((p) => p.path === path);
    expect(at('7.1')).toMatchObject({ heading: 'Line of control', text: '' });
    expect(at('7.1.opt2')).toMatchObject({
      number: 'Option 2',
      text: 'The line of control follows the 2019 administrative border.',
    });
    expect(at('7.2')).toMatchObject({
      heading: 'Status of the zone',
      text: 'The zone is administered by a joint body.',
    });
    expect(at('7.3')?.text).toBe('[The parties review this article after five years.]');
  });

  it('"### 1. Title" headings carry numbers; an indented "1." restarting under "1." is a sub-list', () => {
    const draft = parseDraft(
      '# Plan\n\n### 1. Ceasefire\n\n1. Fighting stops.\n    1. Artillery first.\n    2. Then drones.\n2. Lines freeze.\n\n### 2. Aid\n\nAid flows.\n',
      { format: 'markdown' },
    );
    expect(draft.title).toBe('Plan');
    expect(shape(draft)).toEqual(['1', '1.1 ^1', '1.1.1 ^1.1', '1.1.2 ^1.1', '1.2 ^1', '2']);
    expect(draft.provisions[0]).toMatchObject({ number: '1', heading: 'Ceasefire', text: '' });
  });

  it('a restarted list after a lead-in paragraph inside a point is a second run, not a duplicate', () => {
    const draft = parseDraft(
      '## Article 9\n\n1. Reports:\n\n    **Option 1:** Yearly.\n\n    **Option 2:** Never.\n\n    *On the format:*\n\n    **Option 1:** Paper.\n',
      { format: 'markdown' },
    );
    expect(shape(draft)).toEqual(['9', '9.1 ^9', '9.1.opt1 ^9.1', '9.1.opt2 ^9.1', '9.1.g2-opt1 ^9.1']);
  });
});
