import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFiles } from '../../src/cli/commands/diff.ts';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/compare', name);
const V1 = fixture('ceasefire-v1.md');
const V2 = fixture('ceasefire-v2.md');
const scratch = mkdtempSync(join(tmpdir(), 'parley-diff-'));

describe('diffFiles', () => {
  it('prints the JSON shape with article numbers as written', async () => {
    const json = JSON.parse(await diffFiles(V1, V2, 'json', false));
    expect(json.pairs).toContainEqual({
      from: ['Article 2bis'],
      to: ['Article 3'],
      kind: 'kept',
      score: expect.any(Number),
    });
    expect(json.pairs).toContainEqual(
      expect.objectContaining({ from: ['Article 3'], to: ['Article 4', 'Article 5'], kind: 'split' }),
    );
    expect(json.added).toEqual(['Article 7']);
  });

  it('renders text, Markdown and HTML', async () => {
    expect(await diffFiles(V1, V2, 'text', false)).toContain('[-general-]{+broad+}');
    expect(await diffFiles(V1, V2, 'md', false)).toContain('~~general~~ **broad**');
    expect(await diffFiles(V1, V2, 'html', false)).toContain('<del>general</del>');
  });

  it('refuses a binary file, naming it', async () => {
    const file = join(scratch, 'scan.pdf');
    writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    await expect(diffFiles(file, V2, 'text', false)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('scan.pdf'),
    });
  });

  it('refuses a file that is not UTF-8 and says how to fix it', async () => {
    const file = join(scratch, 'latin1.txt');
    writeFileSync(file, Buffer.from('1. Les parties acceptent un cessez-le-feu imm\xe9diat.\n', 'latin1'));
    await expect(diffFiles(V1, file, 'text', false)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/latin1\.txt.*UTF-8/),
    });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const file = join(scratch, 'huge.md');
    writeFileSync(file, '');
    truncateSync(file, 21 * 1024 * 1024);
    await expect(diffFiles(file, V2, 'text', false)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('20 MB'),
    });
  });

  it('names the file when one of them has no numbered points', async () => {
    const file = join(scratch, 'notes.txt');
    writeFileSync(file, 'Just some notes without any numbered point.\n');
    await expect(diffFiles(V1, file, 'json', false)).rejects.toMatchObject({
      message: expect.stringContaining('notes.txt'),
    });
  });

  it('refuses an unknown format', async () => {
    await expect(diffFiles(V1, V2, 'pdf' as 'text', false)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
