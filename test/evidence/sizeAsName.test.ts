// A text's size written as its adjective ("the twelve-point plan"), or as its points with an article
// or "all" before them ("the twelve points", "all twelve points"), names the text as a title would:
// two sources that both call it so, and share no word else, say different things of it (one that it
// was handed over, one what it provides) and are not linked; one that states the size ("the plan
// has twelve points"), or a shared word besides the name, still links. Invented sentences about
// the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.a.source}${l.b.source} ${l.reason}`);

const handed = doc(
  'a',
  'The envoy handed the twelve-point plan to the two chief negotiators late on Tuesday.',
);

describe('a text named by its size', () => {
  it('does not link two sources that only name the text by one size', () => {
    const provides = doc(
      'b',
      'The twelve-point plan foresees a demilitarised strip along the lake shore.',
      'press-release',
    );
    expect(reasons(handed, provides)).toEqual([]);
  });

  it('does not link a name by the points with an article to a name by the adjective', () => {
    const points = doc(
      'b',
      'The twelve points foresee a demilitarised strip along the lake shore.',
      'press-release',
    );
    const all = doc('c', 'Torvania says it has read all twelve points with care.', 'press-release');
    expect(reasons(handed, points, all)).toEqual([]);
  });

  it('still links a size said of the text to its points named with an article', () => {
    const cut = doc('b', 'By Friday the plan had been cut to twelve points.', 'press-release');
    const points = doc('c', 'The twelve points foresee a demilitarised strip along the lake shore.');
    expect(reasons(cut, points)).toEqual(['bc one count of point']);
  });

  it('still links a source that states the size', () => {
    const states = doc('b', 'Officials confirmed that the plan consists of twelve points.', 'press-release');
    expect(reasons(handed, states)).toEqual(['ab one count of point']);
  });

  it('still links two names of one size of a text that share a word besides', () => {
    const also = doc(
      'b',
      'A Torvanian aide said the twelve-point plan had been handed to the negotiators.',
      'press-release',
    );
    expect(reasons(handed, also)).toHaveLength(1);
  });

  it('still links two sizes of a text that differ', () => {
    const other = doc(
      'b',
      'The fourteen-point plan foresees a demilitarised strip along the lake shore.',
      'press-release',
    );
    expect(reasons(handed, other)).toHaveLength(1);
  });
});
