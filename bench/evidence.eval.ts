// `npm run eval:evidence`: the labelled corpus of official genres, tuned and held-out
// halves apart (bench/evidenceCorpus.ts). `npm run eval:evidence -- SET`: one set of the corpus
// (a directory with a cross.json), scored as in the full eval, with its misses (bench/evidenceSet.ts).
// `npm run eval:evidence -- DIR`: runs the evidence engine over every document in DIR and
// prints what it found, for a person to read; where a fixture has a labels JSON beside it,
// prints precision/recall/F1 too. Roster: DIR/roster.json, else the Geneva example, else a
// small built-in one. JSON files in DIR are labels or rosters, never documents.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { isParleyError } from '../src/core/errors.ts';
import {
  findContradictions,
  findNearDuplicates,
  type ProcessedDocument,
  type ProvisionRef,
  processDocument,
  type Roster,
  type SuggestedClaim,
} from '../src/evidence/index.ts';
import { formatScore, Labels, type Score, scoreDocument, sumScores } from '../src/evidence/score.ts';
import { runCorpusEval } from './evidenceCorpus.ts';
import { isCorpusSet, runSetEval, unreadableDir } from './evidenceSet.ts';

const Named = z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).default([]) });
const Scenario = z.object({
  parties: z.array(Named.extend({ role: z.string() })),
  people: z.array(Named.extend({ office: z.string().optional(), party: z.string().optional() })),
  drafts: z
    .array(
      z.object({
        date: z.string(),
        provisions: z.record(z.string(), z.object({ topics: z.array(z.string()).default([]) })),
      }),
    )
    .optional(),
});

const BUILT_IN: Roster = {
  parties: [
    {
      id: 'us',
      name: 'United States',
      role: 'mediator',
      aliases: ['US', 'U.S.', 'Washington', 'White House'],
    },
    { id: 'ukraine', name: 'Ukraine', role: 'principal', aliases: ['Kyiv', 'Kiev'] },
    { id: 'russia', name: 'Russia', role: 'principal', aliases: ['Moscow', 'Kremlin'] },
  ],
  people: [],
};

function loadRoster(dir: string): { roster: Roster; provisions: ProvisionRef[]; from: string } {
  const candidates = [join(dir, 'roster.json'), resolve('examples/geneva-2025/scenario.json')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) return { roster: BUILT_IN, provisions: [], from: 'built-in roster' };
  const scenario = Scenario.parse(JSON.parse(readFileSync(file, 'utf8')));
  const latest = scenario.drafts?.toSorted((a, b) => a.date.localeCompare(b.date)).at(-1);
  const provisions = Object.entries(latest?.provisions ?? {}).map(([n, p]) => ({
    path: n,
    number: n,
    text: '',
    topics: p.topics,
  }));
  return { roster: { parties: scenario.parties, people: scenario.people }, provisions, from: file };
}

const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function describe(claim: SuggestedClaim): string | undefined {
  switch (claim.kind) {
    case 'quote': {
      const who = claim.speaker ? `${claim.speaker.name} (${claim.speaker.via})` : '?';
      return `quote  [${who}] "${short(claim.data.words)}"`;
    }
    case 'event': {
      const d = claim.data;
      const where = d.place ? `in ${d.place} ` : '';
      return `event  ${d.eventKind} ${d.date ?? '(no date)'} ${where}[${d.participants.join(', ')}] — ${short(claim.text, 80)}`;
    }
    case 'position': {
      const d = claim.data;
      const topic = d.topic ? ` (${d.topic} → ${d.provisions?.join(',') || 'no provision'})` : '';
      return `stance ${d.party} ${d.hedged ? 'may ' : ''}${d.stance}${topic} — ${short(claim.text, 80)}`;
    }
    default:
      return undefined;
  }
}

function show(doc: ProcessedDocument): void {
  const removed = new Map<string, number>();
  for (const r of doc.removed) removed.set(r.kind, (removed.get(r.kind) ?? 0) + 1);
  console.log(`\n=== ${doc.fileName}  sha256 ${doc.contentHash.slice(0, 12)}  ${doc.cleanText.length} chars`);
  console.log(`  meta: ${JSON.stringify(doc.meta)}`);
  console.log(
    `  removed: ${[...removed].map(([k, n]) => `${k}×${n}`).join(' ') || 'nothing'}; mojibake repairs: ${doc.repairs}`,
  );
  for (const claim of doc.claims) {
    const line = describe(claim);
    if (line) console.log(`  ${line}`);
  }
  const mentions = new Map<string, number>();
  for (const c of doc.claims) {
    if (c.kind !== 'mention') continue;
    const key = c.data.entity === 'provision' ? `topic:${c.data.id}` : c.data.id;
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
  }
  console.log(`  mentions: ${[...mentions].map(([id, n]) => `${id}×${n}`).join(' ')}`);
}

// Exit once stdout is written out: exiting at once cuts a piped `--errors` list at 64 KB.
async function finish(code = 0): Promise<never> {
  await new Promise((done) => process.stdout.write('', done));
  process.exit(code);
}

const given = process.argv[2];
if (given === undefined || given.startsWith('--')) {
  runCorpusEval(process.argv.slice(2));
  await finish();
}
const dir = resolve(given!);
const unreadable = unreadableDir(given!);
if (unreadable) {
  console.error(`evidence eval: ${unreadable}`);
  await finish(2);
}
if (isCorpusSet(dir)) {
  runSetEval(given!);
  await finish();
}
const { roster, provisions, from } = loadRoster(dir);
console.log(
  `evidence eval over ${dir}\nroster: ${from} (${roster.parties.length} parties, ${roster.people.length} people, ${provisions.length} provisions)`,
);
const docs: ProcessedDocument[] = [];
const scores: Score[] = [];
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (extname(name) === '.json' || !statSync(path).isFile()) continue;
  try {
    const doc = processDocument(readFileSync(path), name, { roster, provisions });
    docs.push(doc);
    show(doc);
    const labelFile = join(dir, `${basename(name, extname(name))}.json`);
    if (existsSync(labelFile)) {
      const labels = Labels.safeParse(JSON.parse(readFileSync(labelFile, 'utf8')));
      if (!labels.success) {
        const issue = labels.error.issues[0]!;
        console.log(
          `  ${basename(labelFile)} is no labels file (${issue.path.join('.')}: ${issue.message}): not scored`,
        );
        continue;
      }
      const score = scoreDocument(doc.claims, labels.data);
      scores.push(score);
      for (const e of score.errors) console.log(`  ✗ ${e}`);
    }
  } catch (error) {
    // One bad file never stops the batch: report it and go on.
    if (!isParleyError(error)) throw error;
    console.log(`\n=== ${name}: skipped (${error.code}): ${error.message}`);
  }
}

console.log('\n=== near-duplicate sources');
for (const link of findNearDuplicates(docs.map((d) => ({ id: d.fileName, text: d.cleanText })))) {
  console.log(`  ${link.kind} ${link.a} ~ ${link.b}  (Jaccard ≈ ${link.jaccard.toFixed(2)})`);
}
console.log('\n=== contradictions');
const linked = docs.map((d) => ({
  source: d.fileName,
  cleanText: d.cleanText,
  published: d.meta.date,
  claims: d.claims,
}));
for (const c of findContradictions(linked, roster)) {
  console.log(`  ${c.kind}: ${c.reason}`);
  console.log(`    ${c.a.source}: ${short(c.a.text, 100)}\n    ${c.b.source}: ${short(c.b.text, 100)}`);
}
if (scores.length > 0) {
  console.log(`\n=== scores over ${scores.length} labelled documents\n${formatScore(sumScores(scores))}`);
}
