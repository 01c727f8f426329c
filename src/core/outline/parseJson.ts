// The JSON reader: validates the draft with zod, names the JSON path (and line) of the
// first problem, and flattens the nested provisions into the same shape as text drafts.
import type { z } from 'zod';
import { ParleyError } from '../errors.ts';
import { jsonValueLines, lineOfPath } from './jsonLines.ts';
import { JsonDraftSchema, type JsonProvision } from './jsonSchema.ts';
import { failAtLine } from './parseError.ts';
import { childPath, numberKey } from './paths.ts';
import type { ParsedDraft, ParsedProvision } from './types.ts';

/** Parses a JSON draft. Throws `parse_error` naming the JSON path and line of the problem. */
export function parseJsonDraft(text: string): ParsedDraft {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAtOffset(text, Number(position[1])) : 1;
    failAtLine(line, `the JSON is not valid (${message}); check the commas, quotes and brackets near there`);
  }
  const lines = jsonValueLines(text);
  const result = JsonDraftSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    failAtPath(lines, formatPath(issue.path), describeIssue(issue));
  }
  const provisions: ParsedProvision[] = [];
  const firstAt = new Map<string, string>();
  const visit = (list: JsonProvision[], parent: string | undefined, at: string): void => {
    list.forEach((item, index) => {
      const where = `${at}[${index}]`;
      const key = numberKey(item.number);
      if (key === undefined) {
        failAtPath(
          lines,
          `${where}.number`,
          `"${item.number}" is not a number like "3", "3bis", "(a)" or "Article 3"`,
        );
      }
      const path = childPath(parent, key);
      const first = firstAt.get(path);
      if (first !== undefined) {
        failAtPath(
          lines,
          `${where}.number`,
          `point "${item.number}" appears twice (first at ${first}); renumber one of them`,
        );
      }
      firstAt.set(path, where);
      provisions.push(toProvision(item, path, parent, lineOfPath(lines, where)));
      if (item.children) visit(item.children, path, `${where}.children`);
    });
  };
  visit(result.data.provisions, undefined, 'provisions');
  const draft: ParsedDraft = { preamble: result.data.preamble?.trim() ?? '', provisions };
  if (result.data.title !== undefined) draft.title = result.data.title.trim();
  return draft;
}

function toProvision(
  item: JsonProvision,
  path: string,
  parent: string | undefined,
  line: number,
): ParsedProvision {
  const provision: ParsedProvision = { path, number: item.number.trim(), text: item.text.trim(), line };
  if (parent !== undefined) provision.parent = parent;
  if (item.heading !== undefined && item.heading.trim() !== '') provision.heading = item.heading.trim();
  return provision;
}

function failAtPath(lines: Map<string, number>, jsonPath: string, problem: string): never {
  const line = lineOfPath(lines, jsonPath);
  throw new ParleyError('parse_error', `${jsonPath || 'the draft'}: ${problem} (line ${line})`, {
    line,
    jsonPath,
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
      const missing = issue.input === undefined ? ' (it is missing)' : '';
      return `expected ${article} ${issue.expected}${missing}`;
    }
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; use title, preamble, provisions, and per provision number, heading, text, children`;
    case 'too_small':
      return issue.origin === 'array' ? 'expected at least one provision' : 'must not be empty';
    default:
      return issue.message;
  }
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
