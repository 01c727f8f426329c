// The order test files start in. Vitest starts the longest first when it has timed them on
// this machine; on a fresh clone (CI) it has not, and falls back to the largest files first,
// which put the README tour — a short file that runs for minutes — last, with the other
// worker idle while it ran. Without timings, the kinds known to be slow go first.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest kinds first: the README tour, then the browser journeys, then the CLI suites. */
const SLOW_FIRST = [/^test\/readme\//, /^test\/e2e\//, /^test\/cli\//];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const key = (file: TestSpecification) => `${file.project.name}:${relative(root, file.moduleId)}`;
    if (sorted.every((file) => this.ctx.cache.getFileTestResults(key(file)))) return sorted;
    const rank = (file: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((kind) => kind.test(relative(root, file.moduleId)));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}
