// Paris 2015, 9 → 12 December: the published text renumbered every article after Article 2,
// and all 29 must be paired with the article it became, whatever evidence the engine adds for
// rewritten provisions. The drafts are read from ../shared/benchmarks at benchmark time (never
// copied in), so this is a benchmark check, not a test: `npm run eval:paris` (exit 1 on a miss).
import { compareDrafts } from '../src/compare/index.ts';
import { loadParis } from './compareParis.ts';

const paris = loadParis();
const [from, to] = [paris[2]!, paris[3]!];
const result = compareDrafts(from.provisions, to.provisions);
const number = (side: 'from' | 'to', path: string) => result.provisions[side][path]!.number;
const articles = result.alignment.pairs
  .filter((p) =>
    [...p.from.map((x) => result.provisions.from[x]), ...p.to.map((x) => result.provisions.to[x])].every(
      (v) => v?.depth === 0,
    ),
  )
  .map(
    (p) => `${p.from.map((x) => number('from', x)).join('+')}→${p.to.map((x) => number('to', x)).join('+')}`,
  );
const expected = [
  ['Article 1', 'Article 1'],
  ['Article 2', 'Article 2'],
  ['Article 2bis', 'Article 3'],
  ['Article 3', 'Article 4'],
  ['[Article 3bis]', 'Article 5'],
  ['[Article 3ter]', 'Article 6'],
  ...[4, 5, 6, 7, 8].map((n) => [`Article ${n}`, `Article ${n + 3}`]),
  ['Article 8 bis', 'Article 12'],
  ...[9, 10, 11, 12, 13, 14, 15, 16].map((n) => [`Article ${n}`, `Article ${n + 4}`]),
  ...[18, 19, 20, 21, 22, 23, 24, 25, 26].map((n) => [`Article ${n}`, `Article ${n + 3}`]),
].map(([a, b]) => `${a}→${b}`);
const missed = expected.filter((pair) => !articles.includes(pair));
const extra = articles.filter((pair) => !expected.includes(pair));
const unpaired = result.alignment.added.length + result.alignment.deleted.length;
console.log(
  `Paris 9 → 12 Dec: ${expected.length - missed.length}/${expected.length} articles paired as published`,
);
for (const pair of missed) console.log(`  missed: ${pair}`);
for (const pair of extra) console.log(`  not published: ${pair}`);
if (unpaired) console.log(`  ${unpaired} provisions left unpaired`);
if (missed.length || extra.length || unpaired) process.exitCode = 1;
