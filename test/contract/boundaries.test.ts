// The contract is imported by the server, the CLI and the browser alike, so it may import
// only zod, the pure core and itself — never the app, the store, the server or Node.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../src');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map(
    (m) => m[1] as string,
  );

describe('the contract', () => {
  it('imports only zod, src/core and itself', () => {
    const dir = path.join(root, 'contract');
    for (const name of readdirSync(dir)) {
      for (const target of importsOf(path.join(dir, name))) {
        const ok = target === 'zod' || target.startsWith('./') || target.startsWith('../core/');
        expect(ok, `src/contract/${name} imports ${target}`).toBe(true);
      }
    }
  });

  it('leaves src/core free of Node, so the browser can load what the contract uses', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    for (const file of walk(path.join(root, 'core'))) {
      for (const target of importsOf(file)) {
        expect(target.startsWith('node:'), `${path.relative(root, file)} imports ${target}`).toBe(false);
      }
    }
  });
});
