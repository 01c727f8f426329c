// Parts cut from a text are a change, not its size: "the drafters cut four points" says how many went,
// and is no second size of the plan beside "the revised plan has eleven points"; "cut the plan to
// eleven points" is what it became, its size. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.a.source}${l.b.source} ${l.reason}`);

const size = doc('b', 'Officials say the revised plan has eleven points.', 'press-release');

describe('parts cut from a text', () => {
  it('are not a size of the text', () => {
    const cut = doc('a', 'In the last round the drafters cut four points from the plan.');
    const trimmed = doc('c', 'Lawyers trimmed three points of the plan on Sunday night.');
    expect(reasons(cut, size)).toEqual([]);
    expect(reasons(trimmed, size)).toEqual([]);
  });

  it('leave a size the text was cut to', () => {
    const cutTo = doc('a', 'In the last round the drafters cut the plan to eleven points.');
    expect(reasons(cutTo, size)).toHaveLength(1);
  });
});
