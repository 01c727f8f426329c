// Canonical JSON: object keys sorted by code point, no whitespace, so that the same
// value always hashes to the same bytes whoever serialised it (audit entries, bundles).
import { ParleyError } from '../core/errors.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serialises a JSON value canonically. Keys whose value is `undefined` are dropped, as
 * JSON.stringify does. Throws `invalid_input` for non-finite numbers or non-JSON values
 * (functions, bigints, symbols), naming the path, because they have no stable encoding.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, '$');
}

function encode(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw unencodable(path, String(value));
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, i) => encode(item, `${path}[${i}]`)).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort(compareCodePoints);
      return `{${keys.map((key) => `${JSON.stringify(key)}:${encode(record[key], `${path}.${key}`)}`).join(',')}}`;
    }
    default:
      throw unencodable(path, typeof value);
  }
}

// Sort by code point rather than UTF-16 unit so other languages' canonicalisers agree.
function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

function unencodable(path: string, what: string): ParleyError {
  return new ParleyError(
    'invalid_input',
    `${path}: ${what} has no canonical JSON form; use a finite number, string, boolean, null, array or object`,
    { path },
  );
}
