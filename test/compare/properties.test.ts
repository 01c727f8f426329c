import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDrafts, compareDrafts, redline, toJson } from '../../src/compare/index.ts';

const WORDS = [
  'ceasefire',
  'border',
  'troops',
  'treaty',
  'sanctions',
  'observers',
  'elections',
  'the',
  'of',
  'and',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 })
  .map((words) => words.join(' '));
const text = fc.oneof(sentence, fc.string({ maxLength: 40 }), fc.constant('[removed]'));
const provisions = fc.array(fc.tuple(text, fc.boolean()), { maxLength: 12 }).map((items) => {
  const out: { path: string; number: string; parent?: string; text: string }[] = [];
  let top = 0;
  let child = 0;
  for (const [t, isChild] of items) {
    if (isChild && top > 0) {
      child++;
      out.push({ path: `${top}.${child}`, number: `(${child})`, parent: String(top), text: t });
    } else {
      top++;
      child = 0;
      out.push({ path: String(top), number: String(top), text: t });
    }
  }
  return out;
});

describe('compare properties', () => {
  it('aligning a draft with itself is the identity', () => {
    fc.assert(
      fc.property(provisions, (draft) => {
        const result = alignDrafts(draft, draft);
        expect(result.added).toEqual([]);
        expect(result.deleted).toEqual([]);
        const pairs: string[] = [];
        const walk = (a: typeof result) => {
          for (const p of a.pairs) {
            expect(p.kind).toBe('kept');
            expect(p.from).toEqual(p.to);
            pairs.push(p.from[0]!);
            if (p.children) walk(p.children);
          }
          expect(a.placeholders.from).toEqual([]);
        };
        walk(result);
        expect(pairs.sort()).toEqual(draft.map((p) => p.path).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('the JSON has exactly pairs, added and deleted, with numbers as written', () => {
    fc.assert(
      fc.property(provisions, provisions, (a, b) => {
        const json = JSON.parse(toJson(compareDrafts(a, b))) as Record<string, unknown>;
        expect(Object.keys(json)).toEqual(['pairs', 'added', 'deleted']);
        const byPath = new Map([...a, ...b].map((p) => [p.path, p]));
        // A sub-item's label is its parent's number followed by its own, "1(2)".
        const labels = new Set(
          [...a, ...b].map((p) => (p.parent ? `${byPath.get(p.parent)!.number}${p.number}` : p.number)),
        );
        for (const pair of json.pairs as Record<string, unknown>[]) {
          // Confidence and evidence come only with a pair made on more than shared words.
          const keys = pair.evidence
            ? ['from', 'to', 'kind', 'score', 'confidence', 'evidence']
            : ['from', 'to', 'kind', 'score'];
          expect(Object.keys(pair)).toEqual(keys);
          expect(['kept', 'reworded', 'rewritten', 'moved', 'merged', 'split']).toContain(pair.kind);
          expect(typeof pair.score).toBe('number');
          for (const label of [...(pair.from as string[]), ...(pair.to as string[])])
            expect(labels).toContain(label);
        }
        for (const label of [...(json.added as string[]), ...(json.deleted as string[])])
          expect(labels).toContain(label);
      }),
      { numRuns: 100 },
    );
  });

  it('every provision is accounted for exactly once on each side', () => {
    fc.assert(
      fc.property(provisions, provisions, (a, b) => {
        const result = alignDrafts(a, b);
        const seenFrom: string[] = [];
        const seenTo: string[] = [];
        const walk = (level: typeof result) => {
          seenFrom.push(...level.deleted, ...level.placeholders.from);
          seenTo.push(...level.added, ...level.placeholders.to);
          for (const p of level.pairs) {
            seenFrom.push(...p.from);
            seenTo.push(...p.to);
            if (p.children) walk(p.children);
          }
        };
        walk(result);
        expect(new Set(seenFrom).size).toBe(seenFrom.length);
        expect(new Set(seenTo).size).toBe(seenTo.length);
      }),
      { numRuns: 100 },
    );
  });

  it('a redline rebuilds both texts exactly', () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string()), fc.oneof(sentence, fc.string()), (oldText, newText) => {
        const segments = redline(oldText, newText);
        const old = segments
          .filter((s) => ['equal', 'delete', 'move-from'].includes(s.kind))
          .map((s) => s.oldText ?? s.text);
        const neu = segments
          .filter((s) => ['equal', 'insert', 'move-to'].includes(s.kind))
          .map((s) => s.text);
        expect(neu.join('')).toBe(newText);
        expect(old.join('')).toBe(oldText);
      }),
      { numRuns: 300 },
    );
  });
});
