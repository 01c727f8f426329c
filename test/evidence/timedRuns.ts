// What the hostile-input tests share: the time a run takes, and two documents of one text with no
// claims, which linking reads passage by passage.
import { linkSources } from '../../src/evidence/link.ts';
import { roster } from './roster.ts';

/** Milliseconds `run` took. */
export const timed = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** Milliseconds of CPU `run` took: the machine is shared, and wall time counts the others' load. */
export const cpuMs = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/** Milliseconds linking two documents of `cleanText` took. */
export const linkTwiceTimed = (cleanText: string): number => {
  const docs = ['a', 'b'].map((source) => ({ source, cleanText, published: '2031-03-01', claims: [] }));
  return timed(() => linkSources(docs, roster));
};
