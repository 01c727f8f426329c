// The one way the outline parser fails: a `parse_error` that names the line (or JSON
// path) and says how to fix the draft, so `parley draft import` can print it as is.
import { ParleyError } from '../errors.ts';

/** Throws `parse_error` prefixed with the 1-based line; details carry `{ line }`. */
export function failAtLine(line: number, message: string, details: Record<string, unknown> = {}): never {
  throw new ParleyError('parse_error', `line ${line}: ${message}`, { line, ...details });
}
