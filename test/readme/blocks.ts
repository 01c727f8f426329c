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
