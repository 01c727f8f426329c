// `npx tsx bench/linkBlocking.bench.ts [KB…]`: linking two large documents, each built of the
// tuning sets' texts (a roster of the people they name, ~118 at 100 KB), `linkSources` wall time
// with blocking (linkBlocking.ts: only pairs that can relate are compared) beside the full pair
// loop in the same process, and whether both give the same links and flags.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { linkSources, processDocument, type Roster } from '../src/evidence/index.ts';
import { linkDigest as said } from '../src/evidence/linkDigest.ts';
import { rosterOf } from './evidenceCorpus.ts';

const ROOT = 'test/fixtures/evidence-corpus';
const SETS = [
  'tuned11',
  'tuned12',
  'tuned13',
  'tuned14',
  'tuned19',
  'tuned20',
  'tuned21',
  'tuned22',
  'tuned23',
  'tuned24',
];
const sizes = process.argv.slice(2).map(Number);
const shared = JSON.parse(readFileSync(join(ROOT, 'roster.json'), 'utf8')) as Roster;
const texts = SETS.flatMap((set) =>
  readdirSync(join(ROOT, set))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, set, f), 'utf8')),
);

/** Two documents of at least `kb` KB each, of texts taken in turn. */
function twoDocuments(kb: number) {
  const a: string[] = [];
  const b: string[] = [];
  let i = 0;
  for (const doc of [a, b]) while (doc.join('\n\n').length < kb * 1000) doc.push(texts[i++ % texts.length]!);
  const roster = rosterOf([...a, ...b], shared);
  const docs = [a, b].map((t, k) => {
    const d = processDocument(Buffer.from(t.join('\n\n')), `doc${k}.txt`, { roster });
    return { source: `doc${k}`, cleanText: d.cleanText, published: d.meta.date, claims: d.claims };
  });
  return { docs, roster };
}

/** Wall and CPU seconds of `f` (CPU of this process: on a loaded machine wall time says more about the neighbours). */
const seconds = (f: () => void) => {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  f();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
};
const shown = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)`;
console.log(`linking two documents: blocking vs every pair (load ${loadavg()[0]!.toFixed(1)})`);
for (const kb of sizes.length ? sizes : [25, 50, 100, 200]) {
  // Each run reads the documents afresh: the engine's per-passage memos do not carry over.
  const one = twoDocuments(kb);
  let blocked!: ReturnType<typeof linkSources>;
  const ours = seconds(() => {
    blocked = linkSources(one.docs, one.roster);
  });
  const two = twoDocuments(kb);
  let full!: ReturnType<typeof linkSources>;
  const base = seconds(() => {
    full = linkSources(two.docs, two.roster, { allPairs: true });
  });
  console.log(
    `${kb} KB each (${one.roster.people.length} people): blocking ${shown(ours)}, every pair ${shown(base)}, ` +
      `×${(base.wall / ours.wall).toFixed(1)} wall, ×${(base.cpu / ours.cpu).toFixed(1)} CPU; ` +
      `${blocked.links.length} links, ${blocked.disagreements.length} flags, ` +
      `${said(blocked) === said(full) ? 'same' : 'DIFFERENT'} as every pair (load ${loadavg()[0]!.toFixed(1)})`,
  );
}
