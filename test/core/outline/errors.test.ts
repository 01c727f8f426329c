import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/core/outline/index.ts';
import { parseErrorOf, parseFixture } from './fixture.ts';

describe('refusing bad drafts', () => {
  it('a repeated number names both lines and how to fix it', () => {
    const error = parseErrorOf(() => parseFixture('duplicate.txt'));
    expect(error.code).toBe('parse_error');
    expect(error.message).toBe(
      'line 7: point "3." appears twice (first at line 5); renumber one of them or mark it as "3bis"',
    );
    expect(error.details).toMatchObject({ line: 7, firstLine: 5, path: '3' });
  });

  it('a repeated sub-point names its parent', () => {
    const error = parseErrorOf(() => parseDraft('Article 2\n(a) One.\n(b) Two.\n(a) Again.\n'));
    expect(error.message).toBe(
      'line 4: point "(a)" under 2 appears twice (first at line 2); renumber one of them',
    );
  });

  it('a restarted top-level list is a duplicate, not a new list', () => {
    const error = parseErrorOf(() => parseDraft('1. One.\n2. Two.\n\nInterlude.\n\n1. One again.\n'));
    expect(error.details).toMatchObject({ line: 6, firstLine: 1 });
  });

  it('empty input and whitespace-only input are refused at line 1', () => {
    for (const text of ['', '  \n\n\t\n', '\uFEFF']) {
      const error = parseErrorOf(() => parseDraft(text));
      expect(error.code).toBe('parse_error');
      expect(error.details).toEqual({ line: 1 });
      expect(error.message).toMatch(/^line 1: the draft is empty/);
    }
  });

  it('text without numbered points is refused at its first line', () => {
    const error = parseErrorOf(() => parseFixture('no-points.txt'));
    expect(error.message).toBe(
      'line 1: no numbered points found; number each provision like "1.", "(a)", "Point 1:" or "Article 1"',
    );
    const late = parseErrorOf(() => parseDraft('\n\n  Just a note.\n'));
    expect(late.details).toEqual({ line: 3 });
  });

  it('a draft whose only "points" are options or prose numbers has no points', () => {
    expect(parseErrorOf(() => parseDraft('**Option 1:** Yes.\n\n**Option 2:** No.\n')).code).toBe(
      'parse_error',
    );
    expect(parseErrorOf(() => parseDraft('2025. A hard year.\n1945 was another.\n')).code).toBe(
      'parse_error',
    );
  });
});
