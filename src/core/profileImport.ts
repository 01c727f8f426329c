// Reads a preference profile from a file a delegation prepared: CSV (one row per option)
// or JSON (the profile's own shape). Every error names where it is — line and column for
// CSV and for JSON syntax, the field path for JSON content — and nothing is half-read.
import { checkProfile, ProfileBody, type ProfileIssues } from './dealProfile.ts';
import { ParleyError } from './errors.ts';
import { parseInput } from './validate.ts';

export type ProfileFormat = 'csv' | 'json';

/**
 * The CSV layout: a header naming these columns (any order, case-insensitive), then one
 * row per scored option. `weight` may be on any row of its provision (blank elsewhere, or
 * repeated equal); `red_line` is yes/no (also true/false, 1/0, x, blank). A row whose
 * provision is `reservation` gives the reservation level in its `score` column.
 */
export const CSV_COLUMNS = ['provision', 'option', 'score', 'weight', 'red_line'] as const;
const REQUIRED = ['provision', 'option', 'score'] as const;

/**
 * Parses `text` as `format` against the draft's provisions and options. Throws
 * `invalid_input` with details `{ line, column, field }` where it can name them.
 */
export function parseProfileFile(
  text: string,
  format: ProfileFormat,
  issues: readonly ProfileIssues[],
): ProfileBody {
  return format === 'csv' ? parseProfileCsv(text, issues) : parseProfileJson(text, issues);
}

function parseProfileJson(text: string, issues: readonly ProfileIssues[]): ProfileBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = lineColumn(text, syntaxErrorOffset(text, message));
    throw new ParleyError(
      'invalid_input',
      `line ${where.line}, column ${where.column}: the JSON is not valid (${message}); check the commas, quotes and brackets there`,
      { ...where, field: 'text' },
    );
  }
  return checkProfile(parseInput(ProfileBody, json, 'profile'), issues);
}

/** Where JSON.parse stopped: its message gives a position, or the bad token and the text around it. */
function syntaxErrorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /^Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  const around = token ? text.indexOf(token[2] ?? '') : -1;
  if (token && around >= 0) return around + (token[2] ?? '').indexOf(token[1] ?? '');
  return /end of JSON input/.test(message) ? text.trimEnd().length : 0;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function parseProfileCsv(text: string, issues: readonly ProfileIssues[]): ProfileBody {
  const rows = readCsv(text);
  const header = rows.find((r) => r.cells.some((c) => c.value.trim() !== ''));
  if (!header)
    throw csvError(
      1,
      1,
      'the file is empty; start with a header line: provision,option,score,weight,red_line',
    );
  const names = header.cells.map((c) =>
    c.value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  names.forEach((name, i) => {
    if (name !== '' && !(CSV_COLUMNS as readonly string[]).includes(name)) {
      throw csvError(
        header.line,
        i + 1,
        `unknown column '${header.cells[i]?.value}'; the columns are ${CSV_COLUMNS.join(', ')}`,
      );
    }
  });
  for (const required of REQUIRED) {
    if (!names.includes(required)) {
      throw csvError(
        header.line,
        1,
        `the header has no '${required}' column; it needs ${REQUIRED.join(', ')}`,
      );
    }
  }
  const columnOf = (name: string) => names.indexOf(name);
  const optionsOf = new Map(issues.map((i) => [i.issue, new Set(i.options)]));
  const body: ProfileBody = { weights: {}, scores: {}, reservation: 0, redLines: {} };
  let reservationSeen = false;
  for (const row of rows.slice(rows.indexOf(header) + 1)) {
    if (row.cells.every((c) => c.value.trim() === '')) continue;
    const cell = (name: string) => {
      const i = columnOf(name);
      return { value: i < 0 ? '' : (row.cells[i]?.value.trim() ?? ''), column: i + 1 };
    };
    const number = (name: string, what: string) => {
      const { value, column } = cell(name);
      const n = Number(value);
      if (value === '' || !Number.isFinite(n)) {
        throw csvError(row.line, column, `${name}: expected ${what}, got '${value}'`);
      }
      return n;
    };
    const provision = cell('provision');
    if (provision.value.toLowerCase() === 'reservation') {
      if (reservationSeen) throw csvError(row.line, provision.column, 'the reservation is given twice');
      body.reservation = number('score', 'the reservation level as a number (e.g. 0.4)');
      reservationSeen = true;
      continue;
    }
    const options = optionsOf.get(provision.value);
    if (!options) {
      throw csvError(
        row.line,
        provision.column,
        `unknown provision '${provision.value}'; the draft's provisions are ${[...optionsOf.keys()].join(', ') || 'none'}`,
      );
    }
    const option = cell('option');
    if (!options.has(option.value)) {
      throw csvError(
        row.line,
        option.column,
        `unknown option '${option.value}' of §${provision.value}; its options are ${[...options].join(', ')}`,
      );
    }
    const scores = body.scores[provision.value] ?? {};
    body.scores[provision.value] = scores;
    if (option.value in scores)
      throw csvError(row.line, option.column, `§${provision.value} option '${option.value}' is scored twice`);
    scores[option.value] = number('score', 'a number (0 to 1)');
    const weight = cell('weight');
    if (weight.value !== '') {
      const w = number('weight', 'a number (0 or more)');
      if (w < 0) throw csvError(row.line, weight.column, `weight: a weight cannot be negative, got ${w}`);
      const before = body.weights[provision.value];
      if (before !== undefined && before !== w) {
        throw csvError(
          row.line,
          weight.column,
          `weight: §${provision.value} was given weight ${before} on an earlier line`,
        );
      }
      body.weights[provision.value] = w;
    }
    const red = cell('red_line');
    const flag = red.value.toLowerCase();
    if (['yes', 'y', 'true', '1', 'x'].includes(flag)) {
      body.redLines[provision.value] = [...(body.redLines[provision.value] ?? []), option.value];
    } else if (!['', 'no', 'n', 'false', '0'].includes(flag)) {
      throw csvError(row.line, red.column, `red_line: expected yes or no, got '${red.value}'`);
    }
  }
  return body;
}

function csvError(line: number, column: number, message: string): ParleyError {
  return new ParleyError('invalid_input', `line ${line}, column ${column}: ${message}`, {
    line,
    column,
    field: 'text',
  });
}

interface CsvRow {
  line: number;
  cells: { value: string }[];
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  let row: CsvRow = { line, cells: [] };
  let value = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        value += ch;
      }
    } else if (ch === '"' && value.trim() === '') {
      quoted = true;
      value = '';
    } else if (ch === ',') {
      row.cells.push({ value });
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.cells.push({ value });
      rows.push(row);
      line++;
      row = { line, cells: [] };
      value = '';
    } else value += ch;
  }
  if (quoted)
    throw csvError(row.line, row.cells.length + 1, 'a quoted field is never closed; add the closing "');
  if (value !== '' || row.cells.length > 0) {
    row.cells.push({ value });
    rows.push(row);
  }
  return rows;
}
