// `npm run eval:trace [-- FILE...]`: how often one pasted paragraph of a circulated copy
// names the right recipient. Each draft (default: the Geneva demo's two texts) goes to 10
// recipients; every paragraph of every copy is pasted alone and traced. Prints correct /
// inconclusive / WRONG by paragraph length, then false positives over pastes of copies
// made for 10 people who are not on the list (a name there is a wrong name too).
import { readFileSync } from 'node:fs';
import { fingerprintCopy, trace } from '../src/govern/fingerprint.ts';
import { findSlots } from '../src/govern/fingerprintSlots.ts';

const DEFAULT = ['examples/geneva-2025/geneva-revision.md', 'examples/geneva-2025/plan-28.md'];
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT;
const SECRET = 'eval-trace-secret';
const recipients = Array.from({ length: 10 }, (_, i) => `delegation-${i + 1}`);
const strangers = Array.from({ length: 10 }, (_, i) => `outsider-${i + 1}`);
const BANDS: readonly [number, number][] = [
  [1, 29],
  [30, 59],
  [60, 99],
  [100, 140],
  [141, 100000],
];

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => words(p) > 0);

interface Tally {
  right: number;
  unsure: number;
  wrong: number;
  slots: number;
  words: number;
}
const tallies = BANDS.map((): Tally => ({ right: 0, unsure: 0, wrong: 0, slots: 0, words: 0 }));
let strangerPastes = 0;
let strangerNamed = 0;
let masterNamed = 0;
let masterPastes = 0;
// Runs of consecutive paragraphs pasted together: how long a paste has to be.
const RUNS = [2, 4, 8];
const runs = RUNS.map(() => ({ right: 0, unsure: 0, wrong: 0, words: 0 }));

for (const file of files) {
  const master = readFileSync(file, 'utf8');
  const masterParas = paragraphs(master);
  const slotsIn = (p: string) => findSlots(p).slots.length;
  for (const person of [...recipients, ...strangers]) {
    const copy = fingerprintCopy(master, person, SECRET);
    const paras = paragraphs(copy);
    if (paras.length !== masterParas.length)
      throw new Error(`${file}: paragraphs differ in ${person}'s copy`);
    paras.forEach((para, p) => {
      const n = words(para);
      const band = BANDS.findIndex(([lo, hi]) => n >= lo && n <= hi);
      const result = trace(para.replace(/\s+/g, ' '), recipients, SECRET, master);
      if (person.startsWith('outsider')) {
        strangerPastes++;
        if (result.verdict === 'match') strangerNamed++;
        return;
      }
      const tally = tallies[band]!;
      tally.slots += slotsIn(masterParas[p]!);
      tally.words += n;
      if (result.verdict !== 'match') tally.unsure++;
      else if (result.recipient === person) tally.right++;
      else tally.wrong++;
    });
  }
  for (const person of recipients) {
    const paras = paragraphs(fingerprintCopy(master, person, SECRET));
    RUNS.forEach((size, r) => {
      for (let p = 0; p + size <= paras.length; p += size) {
        const paste = paras
          .slice(p, p + size)
          .join(' ')
          .replace(/\s+/g, ' ');
        const result = trace(paste, recipients, SECRET, master);
        const tally = runs[r]!;
        tally.words += words(paste);
        if (result.verdict !== 'match') tally.unsure++;
        else if (result.recipient === person) tally.right++;
        else tally.wrong++;
      }
    });
  }
  for (const para of masterParas) {
    masterPastes++;
    if (trace(para, recipients, SECRET, master).verdict === 'match') masterNamed++;
  }
}

const pct = (k: number, n: number) => (n === 0 ? '   -  ' : `${((100 * k) / n).toFixed(1).padStart(5)}%`);
console.log(`drafts: ${files.join(', ')}; ${recipients.length} recipients\n`);
console.log('words      pastes  slots/para  words/slot  correct  inconclusive  WRONG');
BANDS.forEach(([lo, hi], b) => {
  const t = tallies[b]!;
  const n = t.right + t.unsure + t.wrong;
  if (n === 0) return;
  const label = hi > 10000 ? `${lo}+` : `${lo}-${hi}`;
  const perPara = t.slots / n;
  console.log(
    `${label.padEnd(9)}  ${String(n).padStart(6)}  ${perPara.toFixed(1).padStart(10)}  ${(t.slots ? t.words / t.slots : 0).toFixed(1).padStart(10)}  ${pct(t.right, n)}  ${pct(t.unsure, n).padStart(12)}  ${pct(t.wrong, n)}`,
  );
});
const all = tallies.reduce(
  (a, t) => ({ right: a.right + t.right, n: a.n + t.right + t.unsure + t.wrong, wrong: a.wrong + t.wrong }),
  { right: 0, n: 0, wrong: 0 },
);
console.log(`all        ${String(all.n).padStart(6)}  correct ${pct(all.right, all.n)}, wrong ${all.wrong}`);
console.log('\nconsecutive paragraphs pasted together:');
RUNS.forEach((size, r) => {
  const t = runs[r]!;
  const n = t.right + t.unsure + t.wrong;
  console.log(
    `${String(size).padStart(2)} paragraphs (${Math.round(t.words / n)} words on average): correct ${pct(t.right, n)}, inconclusive ${pct(t.unsure, n)}, WRONG ${pct(t.wrong, n)} over ${n} pastes`,
  );
});
const runsWrong = runs.reduce((sum, t) => sum + t.wrong, 0);
console.log(
  `\nfalse positives: ${strangerNamed} names over ${strangerPastes} pastes of copies nobody on the list received`,
);
console.log(`master text: ${masterNamed} names over ${masterPastes} pastes of the unmarked master`);
if (strangerNamed > 0 || masterNamed > 0 || all.wrong > 0 || runsWrong > 0) process.exitCode = 1;
