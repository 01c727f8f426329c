// `parley draft import|list|show|export`.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { exportDraft } from '../../app/draftExport.ts';
import { importDraftFromDocument, importDraftFromText } from '../../app/draftImport.ts';
import { listDrafts, showDraft } from '../../app/drafts.ts';
import { ParleyError } from '../../core/errors.ts';
import { documentFormat } from '../../formats/documentKind.ts';
import { type Io, inCwd } from '../io.ts';
import { printJson, printList } from '../output.ts';
import { decodeText, readFileBytes } from '../readText.ts';
import { runCommand } from '../run.ts';
import { baselineWasmOnly, LARGE_IMPORT_BYTES } from '../wasmTier.ts';

interface ImportOptions {
  label: string;
  id?: string;
  parent?: string[];
  author?: string;
  date?: string;
  state?: string;
  trackedAsAmendments?: string;
  json?: boolean;
}

export function registerDrafts(program: Command, io: Io): void {
  const draft = program.command('draft').description('drafts: immutable versions of the text');
  draft
    .command('import <file>')
    .description('import a draft from plain text, Markdown, JSON, Word (.docx) or PDF with numbered points')
    .requiredOption('--label <label>', 'a name for this version, e.g. "Geneva revision"')
    .option('--id <id>', 'draft id (default: from the label)')
    .option('--parent <draft...>', 'the draft(s) this one revises')
    .option('--author <party>', 'the party that authored it')
    .option('--date <date>', 'date of the draft, YYYY-MM-DD (default: today)')
    .option('--state <state>', 'working | circulated | final', 'working')
    .option(
      '--tracked-as-amendments <party>',
      "Word only: import the text before the tracked changes and record each change as the party's amendment",
    )
    .option('--json', 'print the stored draft as JSON')
    .action(async (file: string, o: ImportOptions) => {
      const bytes = readFileBytes(file, io.cwd);
      // A large file is imported by the optimising tier, anything smaller faster without it (wasmTier.ts).
      if (!io.services && bytes.length < LARGE_IMPORT_BYTES) baselineWasmOnly();
      const header = {
        fileName: file,
        label: o.label,
        id: o.id,
        parents: o.parent ?? [],
        author: o.author,
        date: o.date,
        state: o.state,
      };
      const flags = { fileName: '<file>', parents: '--parent' };
      // A Word or PDF document is told by its first bytes, whatever its name says.
      const format = documentFormat(bytes);
      if (o.trackedAsAmendments !== undefined && format !== 'docx') {
        throw new ParleyError(
          'invalid_input',
          `--tracked-as-amendments: ${file} is not a Word (.docx) document, and only Word documents carry tracked changes; import it without the option`,
          { field: 'trackedAsAmendments' },
        );
      }
      const { draft: stored, summary } = format
        ? await runCommand(
            io,
            importDraftFromDocument,
            {
              ...header,
              document: bytes.toString('base64'),
              format,
              ...(o.trackedAsAmendments !== undefined ? { trackedAsAmendments: o.trackedAsAmendments } : {}),
            },
            { flags: { ...flags, document: '<file>', trackedAsAmendments: '--tracked-as-amendments' } },
          )
        : await runCommand(
            io,
            importDraftFromText,
            { ...header, text: decodeText(file, bytes) },
            { flags: { ...flags, text: '<file>' } },
          );
      if (o.json) return printJson(io, stored);
      io.out(`imported draft ${stored.id} ("${stored.label}", ${stored.date})\n${summary}`);
    });
  draft
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const drafts = await runCommand(io, listDrafts, {});
      printList(
        io,
        drafts,
        o.json,
        [
          ['ID', (d) => d.id],
          ['LABEL', (d) => d.label],
          ['DATE', (d) => d.date],
          ['AUTHOR', (d) => d.author],
          ['STATE', (d) => d.state],
          ['PARENTS', (d) => d.parents.join(', ')],
        ],
        'no drafts yet: import one with `parley draft import FILE --label L`',
      );
    });
  draft
    .command('export <draft>')
    .description('write a draft as Word (.docx), Akoma Ntoso XML, Markdown or HTML')
    .option('--format <format>', 'docx | akn | md | html', 'docx')
    .option('-o, --output <file>', 'write it here (default: stdout, for text formats)')
    .action(async (id: string, o: { format: string; output?: string }) => {
      // Refused before anything is made: Word bytes on a terminal help nobody.
      if (o.format === 'docx' && !o.output && !io.outBytes) {
        throw new ParleyError(
          'invalid_input',
          'a Word document is binary: write it to a file with `-o draft.docx`',
          {
            field: 'output',
          },
        );
      }
      const file = await runCommand(
        io,
        exportDraft,
        { draft: id, format: o.format },
        { positional: ['draft'] },
      );
      if (o.output) {
        writeFileSync(inCwd(io, o.output), file.body);
        io.err(`wrote ${id} as ${o.format} to ${o.output}`);
      } else if (typeof file.body === 'string') io.out(file.body);
      else io.outBytes?.(file.body);
    });
  draft
    .command('show <draft>')
    .description('print a draft with its provisions')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { json?: boolean }) => {
      const d = await runCommand(io, showDraft, { draft: id }, { positional: ['draft'] });
      if (o.json) return printJson(io, d);
      const depth = (path: string) => d.provisions.find((p) => p.path === path)?.parent;
      const lines = [`${d.label} (${d.id}, ${d.date}, ${d.state}${d.author ? `, by ${d.author}` : ''})`];
      if (d.title) lines.push(d.title);
      if (d.preamble) lines.push('', d.preamble);
      for (const p of d.provisions) {
        let indent = '';
        for (let parent = p.parent; parent; parent = depth(parent)) indent += '  ';
        const meta = [p.track ? `track ${p.track}` : '', p.topics.join(', ')].filter(Boolean).join('; ');
        lines.push('', `${indent}${p.number}${p.heading ? ` ${p.heading}` : ''}${meta ? `  [${meta}]` : ''}`);
        if (p.text) lines.push(`${indent}  ${p.text.replace(/\n/g, `\n${indent}  `)}`);
      }
      io.out(`${lines.join('\n')}\n`);
    });
}
