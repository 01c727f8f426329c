import { describe, expect, it } from 'vitest';
import { alignDrafts } from '../../src/compare/index.ts';
import { parseDraft } from '../../src/core/outline/index.ts';

// A flat plan regrouped under numbered part headings whose numbers look like point numbers,
// one part holding a single point: the points pair with the plan's, the parts are added.
const PLAN = `Plan

1. All artillery fire across the valley ceases at midnight on the day of signature.
2. Each side pulls its heavy guns back fifteen kilometres from the line of contact.
3. Prisoners held by either side are released on an all-for-all basis.
4. Displaced families may return to their homes in the valley from the first spring.
5. The settlement enters into force when both parliaments have approved it.
`;
const COUNTER = `Counter-proposal

Part 1 — Security
1. All artillery fire across the valley ceases at midnight on the day of signature.
2. Each side pulls its heavy guns back fifteen kilometres from the line of contact.

Part 2 — Humanitarian questions
3. Prisoners held by either side are released on an all-for-all basis.
4. Displaced families may return to their homes in the valley from the first spring.

Part 3 — Final provisions
5. The settlement enters into force when both parliaments have approved it.
`;

describe('numbered part headings over a regrouped flat plan', () => {
  it('pairs every identical point as kept and adds the headings, merging nothing into them', () => {
    const result = alignDrafts(parseDraft(PLAN).provisions, parseDraft(COUNTER).provisions);
    const links = result.pairs.map((p) => `${p.from.join('+')}>${p.to.join('+')}:${p.kind}`);
    expect(links).toEqual(['1>1.1:kept', '2>1.2:kept', '3>2.3:kept', '4>2.4:kept', '5>3.5:kept']);
    expect(result.added).toEqual(['1', '2', '3']);
    expect(result.deleted).toEqual([]);
  });

  it('lifts the parts when a point of the flat plan holds sub-items of its own', () => {
    const plan = PLAN.replace(
      '3. Prisoners held by either side are released on an all-for-all basis.',
      '3. Prisoners are released as follows:\n(a) the wounded first, within a week;\n(b) all others on an all-for-all basis.',
    );
    const counter = COUNTER.replace(
      '3. Prisoners held by either side are released on an all-for-all basis.',
      '3. Prisoners are released as follows:\n(a) the wounded first, within a week;\n(b) all others on an all-for-all basis.',
    );
    const result = alignDrafts(parseDraft(plan).provisions, parseDraft(counter).provisions);
    const links = result.pairs.map((p) => `${p.from.join('+')}>${p.to.join('+')}:${p.kind}`);
    expect(links).toEqual(['1>1.1:kept', '2>1.2:kept', '3>2.3:kept', '4>2.4:kept', '5>3.5:kept']);
    const three = result.pairs.find((p) => p.from[0] === '3')!;
    expect(three.children?.pairs.map((p) => `${p.from}>${p.to}:${p.kind}`)).toEqual([
      '3.a>2.3.a:kept',
      '3.b>2.3.b:kept',
    ]);
    expect(result.added).toEqual(['1', '2', '3']);
  });
});
