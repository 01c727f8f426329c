// dist/ holds the evidence engine once, as one bundle: a per-file copy of any engine module
// beside it would give a process two of its caches and two of its classes. Reads the dist/
// that globalSetup has just built.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the built evidence engine', () => {
  it('is dist/evidence/index.js alone, with no import of a module beside it', () => {
    expect(readdirSync('dist/evidence').sort()).toEqual(['index.js', 'index.js.map']);
    const bundle = readFileSync('dist/evidence/index.js', 'utf8');
    const imported = [...bundle.matchAll(/\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((spec) => spec!.startsWith('./'))).toEqual([]);
  });

  it('is what the rest of dist/ imports the engine from', () => {
    const ingest = readFileSync('dist/app/evidenceEngine.js', 'utf8');
    expect(ingest).toMatch(/import\(\s*"\.\.\/evidence\/index\.js"\s*\)/);
  });
});
