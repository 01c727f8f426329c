// The marks a platform prints beside a post's or a comment's author, shared by the readers of
// posts (posts.ts) and of comments under them (replyComments.ts): the age ("5h", "45m", "3 d ago"),
// a professional network's degree ("• 2nd", "· 3rd+") and a pictograph ("🌐", "✓", "❤️").
// Pattern sources, to build each reader's own pattern from.

/** An age's unit, seconds to years: "s", "min", "h", "hr", "d", "w", "mo", "y". */
export const AGE_UNIT = '(?:s|m|min|h|hr|d|w|mo|y)';
/** An age as written on its own: "5h", "3 d", "2w ago". */
export const AGE = `\\d{1,3}\\s?${AGE_UNIT}(?:\\s+ago)?`;
/** A network degree: "2nd", "3rd+". */
export const DEGREE_MARK = '\\d(?:st|nd|rd|th)\\+?';
/** A network degree after the name's separator: "• 2nd", "· 3rd+". */
export const DEGREE = `[·•]\\s*${DEGREE_MARK}`;
/**
 * One pictograph or a variation selector, in one class: most pictographs are \p{So} too, and
 * "(?:\p{So}|\p{Extended_Pictographic})+" over a run of them tried every split of the run between
 * the two (a line of 26 globes took seconds, each more globe twice as long).
 */
export const PICTOGRAPH = '[\\p{So}\\p{Extended_Pictographic}\\uFE0F]';

// A handle ("mira_dragan", "t.kostov80", "u/fjord_watch"): one word with a separator or a digit in
// it, or in lower case.
const HANDLE = /^(?:u\/)?[\p{L}\d_.]{3,40}$/u;
/** Whether a name as written is a handle rather than a person's or a body's name. */
export const isHandle = (name: string): boolean =>
  HANDLE.test(name) && (/^u\/|[_.\d]/u.test(name) || !/\p{Lu}/u.test(name));
/** A name of up to five capitalised words, a particle among them ("Ada Lind", "Omar bin Said"). */
export const NAME = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|el|bin)){0,4}$/u;
