// Reads the fenced code blocks of a Markdown file: the commands of its `sh` blocks (a line
// ending in a backslash continues on the next) and the plain blocks that show output.

export interface Command {
  /** 1-based line of the README where the command starts. */
  line: number;
  text: string;
  /** The README says, in the line's comment, that this command is refused. */
  refused: boolean;
}

export interface ShellBlock {
  line: number;
  /** The nearest heading above the block, e.g. "## Tour". */
  heading: string;
  commands: Command[];
}

interface Fence {
  line: number;
  heading: string;
  /** The section (level-2 heading, without '## ') the block is in. */
  section: string;
  lang: string;
  body: string[];
}

function fences(markdown: string): Fence[] {
  const found: Fence[] = [];
  let heading = '';
  let section = '';
  let open: Fence | undefined;
  markdown.split('\n').forEach((text, i) => {
    if (open) {
      if (text.trimEnd() === '```') {
        found.push(open);
        open = undefined;
      } else open.body.push(text);
      return;
    }
    const fence = /^```(\w*)\s*$/.exec(text);
    if (fence) open = { line: i + 1, heading, section, lang: fence[1]!, body: [] };
    else if (/^#{2,4} /.test(text)) {
      heading = text.trim();
      if (text.startsWith('## ')) section = text.slice(3).trim();
    }
  });
  return found;
}

/** Every `sh` block with its commands; blank lines and whole-line comments dropped. */
export function parseShellBlocks(markdown: string): ShellBlock[] {
  return fences(markdown)
    .filter((f) => f.lang === 'sh')
    .map((f) => {
      const commands: Command[] = [];
      let pending: Command | undefined;
      f.body.forEach((text, i) => {
        const line = f.line + 1 + i;
        if (!pending && (text.trim() === '' || text.trim().startsWith('#'))) return;
        const current: Command = pending ?? { line, text: '', refused: false };
        current.text += (pending ? '\n' : '') + text;
        if (text.endsWith('\\')) pending = current;
        else {
          pending = undefined;
          current.refused = /#\s*refused\b/i.test(text);
          commands.push(current);
        }
      });
      return { line: f.line, heading: f.heading, commands };
    });
}

/** The plain (no language) blocks of one `## section`: sample output. */
export function sampleOutputs(markdown: string, section: string): string[] {
  return fences(markdown)
    .filter((f) => f.lang === '' && f.section === section)
    .map((f) => f.body.join('\n'));
}

/** `export PARLEY_HOME=…` names the home the commands after it run in. */
const HOME_EXPORT = /^export PARLEY_HOME=(\S+)/;

export interface HomePart {
  /** The home's last path segment, e.g. `harbour` for `$PWD/.parley-tour/harbour`. */
  name: string;
  /** Its commands in README order, each with the block it is in. */
  commands: { block: ShellBlock; command: Command }[];
}

/**
 * The commands grouped by the home they run in, each group in README order, so that each
 * can run in a shell of its own: the homes share nothing but the `.parley-tour` folder,
 * where each writes files of its own. The commands before the first `export PARLEY_HOME`
 * (the alias, the tour's fresh start) are the prelude every group runs first.
 */
export function splitByHome(blocks: ShellBlock[]): { prelude: Command[]; parts: HomePart[] } {
  const prelude: Command[] = [];
  const parts = new Map<string, HomePart>();
  let current: HomePart | undefined;
  for (const block of blocks) {
    for (const command of block.commands) {
      const home = HOME_EXPORT.exec(command.text)?.[1];
      if (home) {
        const name = home.split('/').at(-1)!;
        current = parts.get(name) ?? { name, commands: [] };
        parts.set(name, current);
      }
      if (current) current.commands.push({ block, command });
      else prelude.push(command);
    }
  }
  return { prelude, parts: [...parts.values()] };
}
