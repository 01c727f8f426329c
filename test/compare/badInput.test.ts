import { describe, expect, it } from 'vitest';
import { alignDrafts, compareDrafts, toJson } from '../../src/compare/index.ts';
import { CEASEFIRE, draft, ELECTIONS } from './helpers.ts';

describe('bad and edge input', () => {
  it('two empty drafts compare to an empty answer', () => {
    expect(JSON.parse(toJson(compareDrafts([], [])))).toEqual({ pairs: [], added: [], deleted: [] });
  });

  it('an empty draft against a full one is all added (or all deleted the other way)', () => {
    const full = draft([
      ['1', CEASEFIRE],
      ['2', ELECTIONS],
    ]);
    expect(alignDrafts([], full).added).toEqual(['1', '2']);
    expect(alignDrafts(full, []).deleted).toEqual(['1', '2']);
  });

  it('one-provision drafts pair when they say the same thing', () => {
    const result = alignDrafts(draft([['1', CEASEFIRE]]), draft([['Article 1', CEASEFIRE]]));
    expect(result.pairs).toMatchObject([{ kind: 'kept', from: ['1'], to: ['Article1'] }]);
  });

  it('identical drafts are all kept with score 1', () => {
    const d = draft([
      ['1', CEASEFIRE],
      ['2', ELECTIONS],
    ]);
    expect(alignDrafts(d, d).pairs.map((p) => [p.kind, p.score])).toEqual([
      ['kept', 1],
      ['kept', 1],
    ]);
  });

  it('huge provisions (1 MB each) are aligned and redlined', () => {
    const big = (word: string) =>
      Array.from(
        { length: 20000 },
        (_, i) => `Section ${i} obliges the ${word} to file report ${i * 3}. `,
      ).join('');
    const from = [{ path: '1', number: '1', text: big('parties') }, ...draft([['2', ELECTIONS]])];
    const to = [
      { path: '1', number: '1', text: `${big('parties')} One more line.` },
      ...draft([['2', ELECTIONS]]),
    ];
    expect(from[0]!.text.length).toBeGreaterThan(1_000_000);
    const result = compareDrafts(from, to);
    expect(result.alignment.pairs.map((p) => p.kind)).toEqual(['reworded', 'kept']);
    expect(result.redlines[0]!.segments.filter((s) => s.kind === 'insert').map((s) => s.text.trim())).toEqual(
      ['One more line.'],
    );
  });

  it('control characters and spacing do not count as rewording; brackets dropped do', () => {
    const noisy = draft([['1', `  ${CEASEFIRE.replace(' ', '\u0000 \n ')}\u0007`]]);
    expect(alignDrafts(noisy, draft([['1', CEASEFIRE]])).pairs[0]?.kind).toBe('kept');
    const bracketed = draft([['1', 'The parties [shall] withdraw all heavy weapons.']]);
    const agreed = draft([['1', 'The parties shall withdraw all heavy weapons.']]);
    expect(alignDrafts(bracketed, agreed).pairs[0]?.kind).toBe('reworded');
  });

  it('parents that form a cycle are refused with invalid_input', () => {
    const cyclic = [
      { path: 'a', number: '1', parent: 'b', text: CEASEFIRE },
      { path: 'b', number: '2', parent: 'a', text: ELECTIONS },
    ];
    expect(() => alignDrafts(cyclic, [])).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
