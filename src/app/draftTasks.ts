// The heavy, pure steps of importing a long draft — parsing its text, aligning it with its
// parent — as tasks that run the same on the event loop or in the draft worker.

import type { Provision } from '../core/model.ts';
import {
  describeDraft,
  type ParseDraftOptions,
  type ParsedDraft,
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
