// The JSON reader: validates the draft with zod, names the JSON path (and line) of the
// first problem, and flattens the nested provisions into the same shape as text drafts.
import type { z } from 'zod';
import { ParleyError } from '../errors.ts';
import { DRAFT_DEPTH_MAX } from '../limits.ts';
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
    const { line, problem } = locateSyntaxError(text, error instanceof Error ? error.message : String(error));
    failAtLine(line, `the JSON is not valid (${problem}); check the commas, quotes and brackets near there`);
  }
  // Before zod, whose recursive schema would recurse as deep as the input goes.
  const deep = firstTooDeep(data);
  if (deep) {
    failAtPath(
      jsonValueLines(text),
      deep,
      `nested deeper than ${DRAFT_DEPTH_MAX} levels; flatten the outline`,
    );
  }
  const result = JsonDraftSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    failAtPath(jsonValueLines(text), formatPath(issue.path), describeIssue(issue, valueAt(data, issue.path)));
  }
  const lines = jsonValueLines(text, true);
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

/** The JSON path of the first provision deeper than `DRAFT_DEPTH_MAX` levels, found without recursion. */
function firstTooDeep(data: unknown): string | undefined {
  const childrenOf = (value: unknown): unknown =>
    typeof value === 'object' && value !== null ? Reflect.get(value, 'children') : undefined;
  const top = typeof data === 'object' && data !== null ? Reflect.get(data, 'provisions') : undefined;
  const stack: { item: unknown; at: string; level: number }[] = [];
  const push = (list: unknown, at: string, level: number) => {
    if (!Array.isArray(list)) return;
    for (let i = list.length - 1; i >= 0; i--) stack.push({ item: list[i], at: `${at}[${i}]`, level });
  };
  push(top, 'provisions', 1);
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.level > DRAFT_DEPTH_MAX) return next.at;
    push(childrenOf(next.item), `${next.at}.children`, next.level + 1);
  }
  return undefined;
}

function toProvision(
  item: JsonProvision,
  path: string,
  parent: string | undefined,
  line: number,
): ParsedProvision {
  const provision: ParsedProvision = {
    path,
    number: writtenNumber(item.number),
    text: item.text.trim(),
    line,
  };
  if (parent !== undefined) provision.parent = parent;
  if (item.heading !== undefined && item.heading.trim() !== '') provision.heading = item.heading.trim();
  return provision;
}

// "1." → "1", "a)" → "a", "Point 4:" → "Point 4"; "(a)" keeps its balanced brackets.
function writtenNumber(number: string): string {
  const s = number.trim().replace(/[.:]+$/, '');
  return s.endsWith(')') && !s.startsWith('(') ? s.slice(0, -1) : s;
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

// zod does not report the offending input by default; look it up to say "missing".
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, step);
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
      const missing =
        input === undefined ? ' (it is missing)' : ` (got ${input === null ? 'null' : typeof input})`;
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

// Node's messages vary by version: "… at position 42", "(line 3 column 5)", or only a
// quoted excerpt around the bad token ('Unexpected token \']\', ..."nt." },\n ]"...').
function locateSyntaxError(text: string, message: string): { line: number; problem: string } {
  const firstLine = message.split('\n')[0]!;
  const token = /^Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  const problem = token ? `unexpected "${token[1]}"` : firstLine.slice(0, 100);
  const position = /position (\d+)/.exec(message);
  if (position) return { line: lineAtOffset(text, Number(position[1])), problem };
  const lineColumn = /line (\d+) column/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), problem };
  const at = token ? text.indexOf(token[2]!) : -1;
  if (token && at >= 0) return { line: lineAtOffset(text, at + token[2]!.indexOf(token[1]!)), problem };
  if (/end of JSON input/.test(message)) return { line: lineAtOffset(text, text.trimEnd().length), problem };
  return { line: 1, problem };
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
