// `parley ingest`, `parley claims list|accept|reject|review`, `parley contradictions`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { acceptClaim, listClaims, rejectClaim, reviewClaims } from '../../app/claims.ts';
import { listContradictions } from '../../app/contradictions.ts';
import { ingestSources } from '../../app/ingest.ts';
import { BATCH_FILES, type ContradictionSide, type IngestOutcome } from '../../contract/evidence.ts';
import { ParleyError } from '../../core/errors.ts';
import type { SourceLink } from '../../core/model.ts';
import { MAX_DOCUMENT_BYTES } from '../../evidence/index.ts';
import type { Io } from '../io.ts';
import { printJson, printList } from '../output.ts';
import { runCommand, runSession } from '../run.ts';

const DOCUMENT = /\.(txt|md|markdown|html?)$/i;

/**
 * Files named, and documents found under directories named (relative to `cwd`), in a
 * stable order and as named. Throws `not_found`.
 */
export function collectDocuments(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path.resolve(cwd, p));
    } catch {
      throw new ParleyError('not_found', `cannot read ${p}: no such file or directory`, { path: p });
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path.resolve(cwd, p)).sort()) {
        const child = path.join(p, name);
        if (statSync(path.resolve(cwd, child)).isDirectory() || DOCUMENT.test(name)) walk(child);
      }
    } else files.push(p);
  };
  for (const p of paths) walk(p);
  return files;
}

type FileOutcome = IngestOutcome | { fileName: string; status: 'skipped'; reason: string };

export function registerEvidence(program: Command, io: Io): void {
  program
    .command('ingest <paths...>')
    .description(
      'ingest news articles, readouts and statements (.txt, .md with front matter, .html) as sources with suggested claims',
    )
    .option('--json', 'print a JSON summary')
    .action((paths: string[], o: { json?: boolean }) =>
      runSession(io, async (run) => {
        const files = collectDocuments(paths, io.cwd);
        const bar =
          files.length > 1 && io.color && io.progress
            ? new SingleBar({ stream: io.progress, format: 'ingesting {bar} {value}/{total} {file}' })
            : undefined;
        bar?.start(files.length, 0, { file: '' });
        const outcomes: FileOutcome[] = [];
        const copies: SourceLink[] = [];
        for (const batch of batches(files, io.cwd)) {
          bar?.increment(0, { file: path.basename(batch.at(-1)?.fileName ?? '') });
          const sent = batch.filter((f) => f.status === 'read');
          const done = sent.length
            ? await run(ingestSources, {
                files: sent.map(({ fileName, content }) => ({ fileName, content, encoding: 'base64' })),
              })
            : { files: [], copies: [] };
          // The outcomes in the order named: a file too large to send keeps its place.
          const answered = done.files[Symbol.iterator]();
          for (const f of batch) outcomes.push(f.status === 'read' ? answered.next().value! : f);
          copies.push(...done.copies);
          bar?.increment(batch.length);
        }
        bar?.stop();
        if (o.json) return printJson(io, { files: outcomes, copies });
        for (const x of outcomes) {
          if (x.status === 'added') {
            const c = x.claims;
            const dated = x.reading.dateFrom ? `, dated from the ${x.reading.dateFrom}` : ', undated';
            io.out(
              `added   ${x.fileName} → ${x.source} (${x.reading.genre}${dated}): ${c.quote} quotes, ${c.event} events, ${c.mention} mentions, ${c.position} positions`,
            );
          } else if (x.status === 'duplicate')
            io.out(`same as ${x.source}: ${x.fileName} (already ingested)`);
          else io.err(`skipped ${x.fileName}: ${x.reason}`);
        }
        for (const l of copies)
          io.out(`copies: ${l.a} ≈ ${l.b} (${l.kind}, similarity ${l.similarity.toFixed(2)})`);
        if (outcomes.length > 0 && outcomes.every((x) => x.status === 'skipped')) {
          throw new ParleyError('invalid_input', 'no document could be ingested; see the reasons above');
        }
      }),
    );

  const claims = program.command('claims').description('claims extracted from sources, for review');
  claims
    .command('list')
    .option('--status <status>', 'suggested | accepted | rejected')
    .option('--kind <kind>', 'quote | event | mention | position')
    .option('--source <source>', 'only claims from this source')
    .option('--json', 'print JSON')
    .action(async (o: { status?: string; kind?: string; source?: string; json?: boolean }) => {
      const { json, ...query } = o;
      const list = await runCommand(io, listClaims, query);
      printList(
        io,
        list,
        json,
        [
          ['ID', (c) => c.id],
          ['KIND', (c) => c.kind],
          ['STATUS', (c) => c.status],
          ['SOURCE', (c) => c.source],
          ['SPEAKER', (c) => c.speaker],
          ['SOURCES', (c) => `${c.corroboration.independent}/${c.corroboration.sources}`],
          ['TEXT', (c) => c.text.replace(/\s+/g, ' ')],
        ],
        'no claims: ingest documents with `parley ingest PATH`',
      );
    });
  claims
    .command('accept <id>')
    .description(
      'accept a claim, optionally correcting it first (an event needs a date, a stance a provision)',
    )
    .option('--text <text>', 'corrected text')
    .option('--speaker <name>', 'corrected speaker of a quote')
    .option('--speaker-id <person>', 'the speaker as a person id')
    .option('--date <date>', 'date of the event, YYYY-MM-DD')
    .option('--place <place>', 'place of the event')
    .option('--title <title>', 'title of the event')
    .option('--party <party>', 'party whose stance it is')
    .option('--stance <stance>', 'accept | reservations | amend | reject | red_line | unknown')
    .option('--draft <draft>', 'draft the stance is about (default: the latest)')
    .option('--provision <number>', 'provision the stance is about')
    .option('--note <text>', "a reviewer's note")
    .action(async (claim: string, o: Record<string, string | undefined>) => {
      const { note, ...edit } = o;
      const c = await runCommand(
        io,
        acceptClaim,
        { claim, edit, note },
        { positional: ['claim'], spread: ['edit'] },
      );
      io.out(`accepted claim ${c.id}${c.recordRef ? ` → ${c.recordRef}` : ''}`);
    });
  claims
    .command('review <decision> <ids...>')
    .description(
      'accept or reject several suggested claims in one write (a group of mentions): all of them, or none',
    )
    .option('--note <text>', "a reviewer's note for each")
    .action(async (decision: string, ids: string[], o: { note?: string }) => {
      const done = await runCommand(
        io,
        reviewClaims,
        { decision, claims: ids, note: o.note },
        { positional: ['decision', 'claims'] },
      );
      io.out(`${done.decision === 'accept' ? 'accepted' : 'rejected'} ${done.claims.length} claims`);
    });
  claims
    .command('reject <id>')
    .option('--note <text>', 'why')
    .action(async (claim: string, o: { note?: string }) => {
      await runCommand(io, rejectClaim, { claim, note: o.note }, { positional: ['claim'] });
      io.out(`rejected claim ${claim}`);
    });

  program
    .command('contradictions')
    .description('passages of different sources that cannot both be true, side by side')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const found = await runCommand(io, listContradictions, {});
      if (o.json) return printJson(io, found);
      if (found.length === 0) return io.out('no contradictions found');
      for (const c of found)
        io.out(`${c.kind}: ${c.reason}\n${sideWithOthers(c.a, c.alsoA)}\n${sideWithOthers(c.b, c.alsoB)}\n`);
    });
}

// One write carries at most this much: a directory of long documents goes in several.
const BATCH_BYTES = 8 * 1024 * 1024;

type Prepared =
  | { fileName: string; status: 'read'; content: string }
  | Extract<FileOutcome, { status: 'skipped' }>;

/**
 * The files in batches of at most `BATCH_FILES` documents and about `BATCH_BYTES` each, read
 * as base64 (the engine decodes the bytes: mojibake, other encodings, binary files); a file
 * too large is a skipped outcome in its place, never sent.
 */
function* batches(files: readonly string[], cwd: string): Generator<Prepared[]> {
  let batch: Prepared[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = statSync(path.resolve(cwd, file)).size;
    if (batch.length >= BATCH_FILES || (bytes > 0 && bytes + size > BATCH_BYTES)) {
      yield batch;
      [batch, bytes] = [[], 0];
    }
    if (size > MAX_DOCUMENT_BYTES) {
      batch.push({
        fileName: file,
        status: 'skipped',
        reason: `larger than ${MAX_DOCUMENT_BYTES / 1048576} MB`,
      });
      continue;
    }
    batch.push({
      fileName: file,
      status: 'read',
      content: readFileSync(path.resolve(cwd, file)).toString('base64'),
    });
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

/** One side of a contradiction: where it is said, by whom, and the claim to review it by. */
/** A side as compared, then the other passages that say the same thing, indented under it. */
function sideWithOthers(x: ContradictionSide, also: ContradictionSide[] = []): string {
  return [side(x), ...also.map((o) => `  ${side(o)}  (same side)`)].join('\n');
}

function side(x: ContradictionSide): string {
  const who = x.speaker ? ` (${x.speaker.name})` : '';
  const claim = x.claim ? `  [claim ${x.claim}]` : '';
  return `  ${x.source} @${x.span[0]}-${x.span[1]}${who}: ${x.text}${claim}`;
}
