// `npm run eval:evidence -- test/fixtures/evidence-corpus/tuned5`: one set of the corpus, scored as
// the full eval scores it (the corpus's shared roster narrowed to the set's documents), with its
// misses. A set is known by its cross.json; its roster is the corpus's, one directory up.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { ParleyError } from '../src/core/errors.ts';
import { CorpusLabels, type CorpusScore } from '../src/evidence/corpusScore.ts';
import type { Roster } from '../src/evidence/index.ts';
import { evaluateSet, formatTable, ROOT, TUNING } from './evidenceCorpus.ts';

const EXAMPLE = join(ROOT, 'tuned5');

/** Whether a directory is a set of the corpus: documents, their labels and the set's cross.json. */
export const isCorpusSet = (dir: string): boolean => existsSync(join(dir, 'cross.json'));

/**
 * The roster a corpus set is read with: the shared roster.json beside the set (or in it), as the
 * full eval reads every set. Throws `not_found` when there is none, naming where it was looked for.
 */
export function sharedRosterOf(dir: string): Roster {
  const file = [join(dir, 'roster.json'), join(dirname(resolve(dir)), 'roster.json')].find((f) =>
    existsSync(f),
  );
  if (!file)
    throw new ParleyError(
      'not_found',
      `${dir} holds a cross.json, so it is read as a set of the corpus, but neither it nor the directory above it has the corpus's roster.json: put the set inside ${ROOT}, or copy ${join(ROOT, 'roster.json')} beside it`,
      { dir },
    );
  return JSON.parse(readFileSync(file, 'utf8')) as Roster;
}

/**
 * Why a directory given to the eval cannot be read, if it cannot: it does not exist, it is the
 * corpus itself, or its labels are the corpus's kind with no cross.json beside them (a set copied
 * in part). Undefined for a corpus set and for a directory of documents to browse.
 */
export function unreadableDir(dir: string): string | undefined {
  const how = `name a directory of documents, or one set of the corpus (${EXAMPLE})`;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `${dir} is not a directory: ${how}`;
  if (isCorpusSet(dir)) return undefined;
  const sets = readdirSync(dir).filter((f) => isCorpusSet(join(dir, f)));
  if (sets.length > 0)
    return `${dir} holds ${sets.length} corpus sets, not the documents of one: run the eval with no directory to score every set, or name one (${join(dir, sets[0]!)})`;
  const corpusLabels = readdirSync(dir).find(
    (f) => extname(f) === '.json' && CorpusLabels.safeParse(readJsonOr(join(dir, f))).success,
  );
  if (corpusLabels)
    return `${dir} has corpus labels (${corpusLabels}) but no cross.json: a set of the corpus holds its documents, their labels and the cross.json of its groups and contradictions; copy the whole set, or ${how}`;
  return undefined;
}

function readJsonOr(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether a set's errors may be printed: a tuning set of the corpus, or a set of one's own outside
 * it. The held-out sets and the arbiters are scored, never read for their errors.
 */
export function showsErrors(dir: string): boolean {
  const inCorpus = relative(resolve(ROOT), dirname(resolve(dir))) === '';
  return !inCorpus || TUNING.includes(basename(dir));
}

/** Scores one corpus set as the full eval does: with the shared roster, narrowed to the set. */
export const scoreSet = (dir: string): CorpusScore => evaluateSet(dir, sharedRosterOf(dir));

/** Prints one corpus set's misses (tuning sets only) and its column of the full eval's table. */
export function runSetEval(dir: string): void {
  const score = scoreSet(dir);
  const name = basename(resolve(dir));
  if (showsErrors(dir)) for (const e of score.errors) console.log(`  ✗ ${name}: ${e}`);
  else console.log(`${name} is not a tuning set: its scores only, never its errors`);
  console.log(`evidence corpus eval (${dir})\n`);
  console.log(formatTable({ [name]: score }));
}
