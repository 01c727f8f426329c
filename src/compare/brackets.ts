// The progress measure negotiators use: how many square-bracketed passages and how many
// "Option N" alternatives are still open, per provision and per draft.

import type { BracketCount, DraftBracketCount, ProvisionInput } from './types.ts';

// "Option 1", "Option A", "Alternative 2", "Alt. 3"; a bare "option" in prose is not a block.
const OPTION = /\b(?:Option|Alternative|Alt\.)\s+(?:\d+|[IVX]+|[A-Z])\b/g;
// Markdown links and footnote references are brackets of the medium, not of the negotiation.
const MARKDOWN_LINK = /\[[^\]\n]*\]\((?:[^)\n]*)\)|\[\^[^\]\n]*\]|\\\[/g;

/** Counts open `[` brackets (nested ones too) and option blocks in one text. */
export function countBrackets(text: string): BracketCount {
  // Most provisions have neither a bracket nor an option label: skip the expressions then.
  const hasBracket = text.includes('[');
  if (!hasBracket && !text.includes('Opt') && !text.includes('Alt')) return { brackets: 0, options: 0 };
  const cleaned = hasBracket ? text.replace(MARKDOWN_LINK, ' ') : text;
  let brackets = 0;
  for (let i = 0; i < cleaned.length; i++) if (cleaned.charCodeAt(i) === 0x5b) brackets++;
  return { brackets, options: cleaned.match(OPTION)?.length ?? 0 };
}

// An option block the outline parser made a provision of: its number is the label.
const OPTION_NUMBER = /^\W*(?:Option|Alternative|Alt\.)\s+(?:\d+|[IVX]+|[A-Z])\b/i;

/** Per provision (number, heading and text) and total counts for a draft. */
export function countDraftBrackets(provisions: readonly ProvisionInput[]): DraftBracketCount {
  const byProvision: Record<string, BracketCount> = {};
  let brackets = 0;
  let options = 0;
  for (const p of provisions) {
    const count = countBrackets(`${p.heading ?? ''}\n${p.text}`);
    count.brackets += countBrackets(p.number).brackets;
    // The outline parser may turn an "Option 2:" label into the provision's number.
    if (OPTION_NUMBER.test(p.number)) count.options++;
    brackets += count.brackets;
    options += count.options;
    if (count.brackets > 0 || count.options > 0) byProvision[p.path] = count;
  }
  return { brackets, options, byProvision };
}
