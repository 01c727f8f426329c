import { describe, expect, it } from 'vitest';
import { describeDraft, detectFormat, parseDraft } from '../../../src/core/outline/index.ts';
import { parseFixture } from './fixture.ts';

describe('describeDraft', () => {
  it('counts provisions per level and prints the numbering tree with headings', () => {
    const summary = describeDraft(parseFixture('chapters.txt'));
    expect(summary.split('\n')).toEqual([
      'Title: (none)',
      'Preamble: none',
      'Provisions: 7 (level 1: 2, level 2: 4, level 3: 1)',
      '',
      'I — General provisions',
      '  1: The parties commit to a lasting settlement.',
      '  2: Nothing in this chapter affects existing treaties.',
      'II — Security',
      '  1: Forces are reduced to peacetime levels.',
      '  2: Foreign troops leave within a year.',
      '    (a): Training missions may stay with the consent of the host.',
    ]);
  });

  it('truncates long texts', () => {
    const summary = describeDraft(parseFixture('dot-numbers.txt'));
    expect(summary).toContain('Title: FRAMEWORK FOR A CEASEFIRE ALONG THE RIVER LINE');
    expect(summary).toContain('2: Each party shall withdraw heavy weapons fifteen kilometres…');
  });
});

describe('detectFormat', () => {
  it('trusts the file extension first, then the content', () => {
    expect(detectFormat('1. A.', 'draft.JSON')).toBe('json');
    expect(detectFormat('{', 'draft.md')).toBe('markdown');
    expect(detectFormat('  {"provisions": []}')).toBe('json');
    expect(detectFormat('intro\n## Article 1\n')).toBe('markdown');
    expect(detectFormat('Article 1\n1. A.\n')).toBe('text');
  });
});

describe('describeDraft on a long draft', () => {
  it('shows the first 80 lines of the tree and says how many more there are', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${i + 1}. Point ${i + 1} of the schedule.`).join(
      '\n\n',
    );
    const lines = describeDraft(parseDraft(text)).split('\n');
    expect(lines).toContain('… and 20 more provisions');
    expect(lines.filter((l) => /^\d+: /.test(l))).toHaveLength(80);
  });
});
