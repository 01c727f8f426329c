// What one audited write costs as the log grows. Ours: write() on PGlite, whose audit step
// extends the stored right edge of the Merkle tree (app/auditTrail.ts). The baseline is the
// audit step every write used to take — copy all leaves, recompute the whole RFC 6962 root
// (merkle.ts rootOfLeafHashes) — timed beside it at the same log sizes. Prints the median
// cost around the 10th, 1,000th and 10,000th write and the ratio last/10th (target ≤ 1.3).
// `npm run bench:audit -- 2000` runs fewer writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { authorize } from '../src/app/access.ts';
import { createServices, type Services, write } from '../src/app/context.ts';
import { sourceFacts } from '../src/app/facts.ts';
import { owner } from '../src/core/actor.ts';
import { sha256 } from '../src/govern/hash.ts';
import { leafHash, rootOfLeafHashes } from '../src/govern/merkle.ts';
import { openStore } from '../src/store/database.ts';

const WRITES = Number(process.argv[2] ?? 10_000);
const MARKS = [10, 1_000, 10_000].filter((n) => n <= WRITES);
if (!MARKS.includes(WRITES)) MARKS.push(WRITES);
/** Writes either side of a mark whose median stands for it (one write is too noisy). */
const HALF_WINDOW = 5;
const WARM_UP = 300;

// The smallest real use case: authorize, then record one audit entry. Every use case
// that writes pays this on top of its own work, which does not depend on the log.
function note(services: Services, i: number): Promise<void> {
  return write(services, owner, 'source', async (ctx) => {
    authorize(ctx, 'create', sourceFacts(`note-${i}`));
    await ctx.record('note', 'source', `note-${i}`, { i, text: `bench note ${i}` });
  });
}

const homes = mkdtempSync(path.join(tmpdir(), 'parley-bench-audit-'));
// Warm the code paths on a throwaway home first, so the 10th write is not timed cold.
const warm = await openStore({ home: path.join(homes, 'warm') });
const warmServices = createServices(warm);
for (let i = 1; i <= WARM_UP; i++) {
  await note(warmServices, i);
  rootOfLeafHashes(Array.from({ length: i }, () => leafHash(sha256(`${i}`))));
}
await warm.close();

const store = await openStore({ home: path.join(homes, 'log') });
const services = createServices(store);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const near = (n: number, i: number) => Math.abs(n - i) <= HALF_WINDOW;

const ours = new Map<number, number>();
const baseline = new Map<number, number>();
const leaves: Buffer[] = [];
const started = performance.now();
for (let i = 1; i <= WRITES; i++) {
  const t0 = performance.now();
  await note(services, i);
  ours.set(i, performance.now() - t0);
  leaves.push(leafHash(sha256(`bench note ${i}`)));
  if (MARKS.some((n) => near(n, i))) {
    const t1 = performance.now();
    // The old appender: a private copy of every leaf, then the root from scratch.
    rootOfLeafHashes(leaves.slice());
    baseline.set(i, performance.now() - t1);
  }
  if (i % 1000 === 0) console.error(`${i} writes, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await store.close();
rmSync(homes, { recursive: true, force: true });

const at = (times: Map<number, number>, n: number) =>
  median([...times].filter(([i]) => near(n, i)).map(([, ms]) => ms));
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`audit append, ${WRITES} writes through write() on PGlite (median of writes n±${HALF_WINDOW})`);
console.log('write n    | ours (whole write) | old audit step alone (copy leaves + full root)');
for (const n of MARKS) {
  console.log(`${String(n).padEnd(10)} | ${fmt(at(ours, n)).padEnd(18)} | ${fmt(at(baseline, n))}`);
}
const last = MARKS.at(-1)!;
console.log(
  `ratio ${last}th/10th: ours ${(at(ours, last) / at(ours, 10)).toFixed(2)} (target ≤ 1.3); ` +
    `old audit step ${(at(baseline, last) / at(baseline, 10)).toFixed(0)}×`,
);
console.log(
  `at ${last}: the old audit step alone is ${(at(baseline, last) / at(ours, last)).toFixed(2)}× our whole write`,
);
