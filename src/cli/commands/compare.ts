// `parley diff A B` (two stored drafts, or two files without any workspace) and
// `parley lineage show|set` (a provision's history; confirming or overriding a pairing).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { compareTwoDrafts } from '../../app/compare.ts';
import { showDraft } from '../../app/drafts.ts';
import { setPairing, showLineage } from '../../app/lineage.ts';
import { compareDrafts, renderHtml, renderMarkdown, renderText, toJson } from '../../compare/index.ts';
import { ParleyError } from '../../core/errors.ts';
import { type Io, inCwd } from '../io.ts';
import { list, printJson } from '../output.ts';
import { runCommand } from '../run.ts';
import { type DiffFormat, diffFiles, parseFile } from './diff.ts';

export function registerCompare(program: Command, io: Io): void {
  program
    .command('diff <from> <to>')
    .description('compare two drafts: stored draft ids, or two files (no workspace needed)')
    .option('--format <format>', 'text | md | html | json | docx', 'text')
    .option('-o, --output <file>', 'write it here (docx: required)')
    .option('--no-color', 'plain text even on a terminal')
    .action(async (from: string, to: string, o: { format: string; color: boolean; output?: string }) => {
      const color = o.color && io.color;
      const format = o.format as DiffFormat | 'docx';
      if (format === 'docx' && !o.output) {
        throw new ParleyError(
          'invalid_input',
          'a Word redline is binary: write it to a file with `-o redline.docx`',
          { field: 'output' },
        );
      }
      const [fromFile, toFile] = [existsSync(inCwd(io, from)), existsSync(inCwd(io, to))];
      if (fromFile !== toFile) {
        throw new ParleyError(
          'invalid_input',
          `give two files or two stored draft ids, not one of each (${from}, ${to})`,
        );
      }
      if (format === 'docx') {
        // Tracked changes by the newer draft's author party, dated as that draft is.
        const { writeRedlineDocx } = await import('../../formats/redlineDocx.ts');
        let bytes: Uint8Array;
        if (fromFile) {
          const result = compareDrafts(parseFile(from, io.cwd), parseFile(to, io.cwd));
          const title = `${path.basename(from)} → ${path.basename(to)}`;
          bytes = await writeRedlineDocx(result, {
            title,
            author: path.basename(to).replace(/\.[^.]*$/, ''),
            date: new Date().toISOString(),
          });
        } else {
          const result = await runCommand(io, compareTwoDrafts, { from, to }, { positional: ['from', 'to'] });
          const newer = await runCommand(io, showDraft, { draft: to }, { positional: ['draft'] });
          bytes = await writeRedlineDocx(result, {
            title: `${result.drafts.from.label} → ${result.drafts.to.label}`,
            author: newer.author ?? 'secretariat',
            date: newer.date,
          });
        }
        writeFileSync(inCwd(io, o.output!), bytes);
        return io.err(`wrote the redline ${from} → ${to} with tracked changes to ${o.output}`);
      }
      const emit = (text: string) => (o.output ? writeFileSync(inCwd(io, o.output), text) : io.out(text));
      if (fromFile && toFile) return emit(await diffFiles(from, to, format, color, io.cwd));
      const result = await runCommand(io, compareTwoDrafts, { from, to }, { positional: ['from', 'to'] });
      const title = `${result.drafts.from.label} → ${result.drafts.to.label}`;
      if (format === 'json') emit(`${toJson(result)}\n`);
      else if (format === 'md') emit(renderMarkdown(result));
      else if (format === 'html') emit(renderHtml(result, title));
      else if (format === 'text') emit(renderText(result, { color }));
      else
        throw new ParleyError(
          'invalid_input',
          `unknown format '${format}'; use text, md, html, json or docx`,
        );
    });

  const lineage = program.command('lineage').description("provisions' identity across drafts");
  lineage
    .command('show')
    .description('the history of a provision back through the drafts')
    .requiredOption('--draft <draft>', 'draft id')
    .requiredOption('--provision <number>', 'provision number or path')
    .option('--json', 'print JSON')
    .action(async (o: { draft: string; provision: string; json?: boolean }) => {
      const steps = await runCommand(io, showLineage, { draft: o.draft, provision: o.provision });
      if (o.json) return printJson(io, steps);
      const text = steps
        .map((step) => {
          const where = `${step.draft} §${step.paths.join(' + §')}`;
          return step.kind
            ? `${where} (${step.kind}${step.origin === 'user' ? ', confirmed by a user' : ''})`
            : where;
        })
        .join(' → ');
      io.out(text);
    });
  lineage
    .command('set')
    .description('confirm or override where provisions of a draft come from in its parent')
    .requiredOption('--draft <draft>', 'the revised draft')
    .requiredOption('--provision <list>', 'its provision(s), comma-separated (several: a split)')
    .option('--from <list>', "the parent's provision(s), comma-separated (several: a merge)")
    .option('--new', 'the provision(s) are new: they come from nothing in the parent')
    .action(async (o: { draft: string; provision: string; from?: string; new?: boolean }) => {
      if (Boolean(o.new) === Boolean(o.from)) {
        throw new ParleyError('invalid_input', 'give either --from PROVISIONS or --new');
      }
      const pair = await runCommand(
        io,
        setPairing,
        { draft: o.draft, provisions: list(o.provision), from: list(o.from) },
        { flags: { provisions: '--provision' } },
      );
      io.out(
        `${o.draft} §${pair.toPaths.join(', §')} ← ${pair.fromPaths.length ? `§${pair.fromPaths.join(', §')}` : 'new'} (${pair.kind})`,
      );
    });
}
