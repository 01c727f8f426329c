// The per-kind vetoes on a sentence's trigger words: the word is there, but the sentence says it
// is no event of its kind. A title naming its own document, a chair giving the floor, a release's
// kind heading or a cited text, a limit moved away or one the text does not set.
import { givesTheFloor } from './chairsCall.ts';
import type { Genre } from './genre.ts';
import { namesOwnKind } from './kindHeadings.ts';
import { limitMovedStands } from './limitsMoved.ts';
import { inSiteFooter } from './siteFooters.ts';
import { setsNoLimit } from './standingPeriods.ts';
import { citedText, TITLE_OF_ITSELF, type Trigger } from './triggerContext.ts';
import type { Span } from './types.ts';

/** Where a sentence stands: its span in the masked text, the text before it, its document's genre. */
export interface SentenceAt {
  text: string;
  span: Span;
  sentence: string;
  previous: string;
  headline: boolean;
  genre: Genre;
}

/** True when the trigger word names an event of its kind, as far as its sentence tells. */
export function triggerStands(t: Trigger, at: SentenceAt): boolean {
  const { text, span, sentence } = at;
  // A transcript's title "Press conference by ..." names the document, not an event in it.
  if (at.headline && TITLE_OF_ITSELF.test(sentence.slice(t.index))) return false;
  // "Privacy Policy | Accessibility Statement | Contact": a link of the site's footer.
  if (inSiteFooter(text, span[0] + t.index)) return false;
  switch (t.kind) {
    case 'call':
      return !givesTheFloor(text, span[0], sentence, t.index);
    case 'statement':
      return (
        !citedText(sentence.slice(t.index, t.index + 90)) && !namesOwnKind(text, span[0], span[1], at.genre)
      );
    case 'deadline':
      return limitMovedStands(sentence, t.index, at.previous) && !setsNoLimit(sentence, t.index);
    default:
      return true;
  }
}
