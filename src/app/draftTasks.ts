// The heavy, pure steps of importing a long draft — parsing its text, aligning it with its
// parent — as tasks that run the same on the event loop or in the draft worker.
import type { Provision } from '../core/model.ts';
import {
  describeDraft,
  type ParseDraftOptions,
  type ParsedDraft,
  type ParsedProvision,
  parseDraft,
} from '../core/outline/index.ts';
import { type IncomingProvision, type NewPair, pairWithParent } from './parentPairs.ts';

export type DraftTask =
  | { kind: 'parse'; text: string; options: ParseDraftOptions }
  | {
      kind: 'pair';
      parent: Provision[];
      provisions: IncomingProvision[];
      derivedFrom: Record<string, string[]>;
    };

/** A parsed draft with the parser's summary (counts per level, the numbering tree). */
export interface ParsedWithSummary {
  parsed: ParsedDraft;
  summary: string;
}

export interface DraftTaskResult {
  parse: ParsedWithSummary;
  pair: NewPair[];
}

/** Runs a task. Throws `parse_error` for text the outline parser refuses. */
export function runDraftTask<T extends DraftTask>(task: T): DraftTaskResult[T['kind']];
export function runDraftTask(task: DraftTask): ParsedWithSummary | NewPair[] {
  if (task.kind === 'parse') {
    const parsed = parseDraft(task.text, task.options);
    return { parsed, summary: describeDraft(parsed) };
  }
  return pairWithParent(task.parent, task.provisions, task.derivedFrom);
}

/**
 * A result as it crosses from the worker: the long list (provisions, or pairs) as JSON
 * slices, since receiving 60,000 cloned objects would hold the main thread in one go while
 * parsing slices can be spread over turns of its event loop (unpackResult).
 */
export interface PackedResult {
  head: Omit<ParsedWithSummary, 'parsed'> & { parsed?: Omit<ParsedDraft, 'provisions'> };
  slices: string[];
}

/** Items per JSON slice. */
const SLICE = 2_000;

export function packResult(value: ParsedWithSummary | NewPair[]): PackedResult {
  const list: unknown[] = Array.isArray(value) ? value : value.parsed.provisions;
  const slices: string[] = [];
  for (let i = 0; i < list.length; i += SLICE) slices.push(JSON.stringify(list.slice(i, i + SLICE)));
  if (Array.isArray(value)) return { head: { summary: '' }, slices };
  const { provisions: _, ...parsed } = value.parsed;
  return { head: { summary: value.summary, parsed }, slices };
}

/** The result packResult packed, parsing one slice per turn of the event loop. Throws nothing. */
export async function unpackResult(packed: PackedResult): Promise<ParsedWithSummary | NewPair[]> {
  const list: unknown[] = [];
  for (const slice of packed.slices) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const item of JSON.parse(slice) as unknown[]) list.push(item);
  }
  if (!packed.head.parsed) return list as NewPair[];
  return {
    summary: packed.head.summary,
    parsed: { ...packed.head.parsed, provisions: list as ParsedProvision[] },
  };
}

/** A task as it crosses to the worker: a pair task's provision lists as JSON slices. */
export type PackedTask =
  | Extract<DraftTask, { kind: 'parse' }>
  | { kind: 'pair'; parent: string[]; provisions: string[]; derivedFrom: Record<string, string[]> };

/**
 * Packs a task for the worker one slice per turn of the event loop: cloning 120,000
 * provisions into the worker in one go would hold the main thread as long as parsing them.
 */
export async function packTask(task: DraftTask): Promise<PackedTask> {
  if (task.kind === 'parse') return task;
  const slices = async (list: readonly unknown[]) => {
    const out: string[] = [];
    for (let i = 0; i < list.length; i += SLICE) {
      await new Promise((resolve) => setImmediate(resolve));
      out.push(JSON.stringify(list.slice(i, i + SLICE)));
    }
    return out;
  };
  return {
    kind: 'pair',
    parent: await slices(task.parent),
    provisions: await slices(task.provisions),
    derivedFrom: task.derivedFrom,
  };
}

/** The task packTask packed (in the worker, where blocking costs nobody). Throws nothing. */
export function unpackTask(packed: PackedTask): DraftTask {
  if (packed.kind === 'parse') return packed;
  const list = <T>(slices: string[]) => slices.flatMap((slice) => JSON.parse(slice) as T[]);
  return {
    kind: 'pair',
    parent: list<Provision>(packed.parent),
    provisions: list<IncomingProvision>(packed.provisions),
    derivedFrom: packed.derivedFrom,
  };
}
