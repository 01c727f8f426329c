// A photo platform's post copied from its web page: the account's handle on a line of its own at
// the head, the platform's badge, the account's bio and its "Follow" button under it, and then the
// caption, which the platform opens with the same handle ("ada.lind Talks ended tonight …") and
// closes with its age on a line of its own ("3h"), the comments under it. The handle twice is the
// layout's mark: the caption is the account's post, and the head's lines none of it.
import { AGE, isHandle } from './platformMarks.ts';

// The head's lines are few: the handle, a badge, a bio, a button.
const HEAD_REACH = 6;
// A handle on its line, perhaps with the platform's badge after it ("ada.lind ✓").
const HANDLE_LINE = /^([\p{Ll}\d][\p{Ll}\d_.]{2,29})(?:\s*(?:✓|☑️?|✔️?))?$/u;
// The caption's age, a line of its own under it.
const AGE_LINE = new RegExp(`^${AGE}$`, 'm');

export interface CaptionedHead {
  /** The handle, and the paragraph that holds it alone. */
  handle: string;
  nameAt: number;
  /** The caption's paragraph, and how many characters its handle takes before the words. */
  captionAt: number;
  skip: number;
  /** The paragraph its age closes, and where in it the age stands (its length if it has none). */
  closeAt: number;
  cut: number;
}

/** The head of a photo post whose caption opens with the head's handle (paragraph texts), or undefined. */
export function captionedHead(texts: string[]): CaptionedHead | undefined {
  for (let i = 0; i < Math.min(HEAD_REACH, texts.length); i++) {
    const handle = HANDLE_LINE.exec(texts[i]!.trim())?.[1];
    if (!handle || !isHandle(handle)) continue;
    for (let k = i + 1; k <= Math.min(i + HEAD_REACH, texts.length - 1); k++) {
      const opening = new RegExp(
        `^\\s*${handle.replace(/\./g, '\\.')}[ \\t]+(?=[\\p{L}\\p{N}"“«])`,
        'u',
      ).exec(texts[k]!);
      if (!opening) continue;
      const closeAt = texts.findIndex((p, j) => j >= k && AGE_LINE.test(p));
      if (closeAt === -1) return undefined;
      const cut = AGE_LINE.exec(texts[closeAt]!)!.index;
      return { handle, nameAt: i, captionAt: k, skip: opening[0].length, closeAt, cut };
    }
    return undefined;
  }
  return undefined;
}
