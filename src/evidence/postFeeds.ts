// A feed copied from a platform: an account's header ("Ada Lind @adalind@diplo.social", "Ada Lind
// @adalind · 2h") opens it and recurs before each post of the thread. The recurring header, not any
// word list, shows the document is posts: lines inside them that look like a record's labels ("CW:
// numbers", "FM Ada Lind: …") are the posts' own words.
import { isPostHeader, postHeaderAt } from './posts.ts';

const MIN_HEADERS = 3;

/** Whether `paragraphs` (trimmed, non-empty) open with a post's header that recurs before later posts. */
export function isPostFeed(paragraphs: string[]): boolean {
  if (postHeaderAt(paragraphs.slice(0, 4)) === -1) return false;
  let headers = 0;
  for (const p of paragraphs) if (isPostHeader(p) && ++headers >= MIN_HEADERS) return true;
  return false;
}
