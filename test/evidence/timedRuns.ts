// What the hostile-input tests share: the CPU time a run takes, and two documents of one text with
// no claims, which linking reads passage by passage. Their bounds are in CPU time, not wall time:
// the machine is shared, and wall time counts the others' load, so a linear pass failed its bound
// when the machine was busy; CPU time still grows with the square of a quadratic pass.
import { linkSources } from '../../src/evidence/link.ts';
import { roster } from './roster.ts';

/** What `run` gave, and the milliseconds of CPU it took. */
export const cpuTimed = <T>(run: () => T): { ms: number; value: T } => {
  const start = process.cpuUsage();
  const value = run();
  const { user, system } = process.cpuUsage(start);
  return { ms: (user + system) / 1000, value };
};

/** Milliseconds of CPU `run` took. */
export const cpuMs = (run: () => unknown): number => cpuTimed(run).ms;

/** Milliseconds of CPU linking two documents of `cleanText` took. */
export const linkTwiceCpuMs = (cleanText: string): number => {
  const docs = ['a', 'b'].map((source) => ({ source, cleanText, published: '2031-03-01', claims: [] }));
  return cpuMs(() => linkSources(docs, roster));
};
