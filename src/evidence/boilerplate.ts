// Recognises the lines a scraper drags in around an article: navigation and share bars,
// photo captions with their credits, embedded social posts, bylines and credit lines.
// Each test looks at one line; the cleaner decides what to do with the verdict.
import type { RemovedKind } from './types.ts';

const NAV_WORDS = new Set(
  (
    'close menu newsletters newsletter subscribe sign in log login register share facebook x twitter ' +
    'instagram youtube linkedin telegram whatsapp tiktok email print version photo photos bigphoto video videos ' +
    'advertisement ad ads read more related home search skip to content follow us comments cookie cookies ' +
    'accept next previous back top live watch listen gallery copy link open image images sponsored ' +
    // Section names of a site's menu bar.
    'world politics business economy sport sports opinion culture tech science health travel europe africa asia ' +
    'americas middle east latest news trending most popular podcasts newsletter'
  ).split(' '),
);

const CREDIT =
  /\((?:[^()]*\b(?:photo|photos|getty|images|reuters|afp|ap|epa|anadolu|aa|pool|credit|presidency|handout)\b[^()]*)\)\s*$/i;
const CAPTION_PREFIX = /^(?:photo|image|caption|pictured|file photo|watch|video)\s*[:|-]/i;
const EMBED = /\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$|pic\.twitter\.com\/|^— .{1,80}\(@\w+\)/;
const CREDIT_LINE = /^(?:additional reporting|reporting|writing|editing|edited|compiled) by\b/i;
const MORE_FROM = /^(?:more (?:from|on)|read more (?:from|on)|also on)\s+(.{2,60})$/i;
// A page's list of links to other items ("Related: Statement of the Ministry on … | Press briefing"):
// titles, not the item's text, so a transcript's last turn does not run on into it.
const RELATED =
  /^(?:related(?: (?:articles?|content|news|stories|items?|links|topics|materials?|documents?|pages?|posts?))?|see also|read also|also read)\s*:/i;

export const isNavigation = (line: string): boolean => {
  if (line.length > 80 || /[.!?"]$/.test(line)) return false;
  const words = line
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => NAV_WORDS.has(w));
};

/** The outlet named by a "More From X" footer, if the line is one. */
export const moreFromOutlet = (line: string): string | undefined => MORE_FROM.exec(line)?.[1]?.trim();

// A copied page's cookie banner: "This website uses cookies … [Accept] [Settings]".
const COOKIE_BANNER =
  /\b(?:(?:this|our) (?:web)?site uses cookies|(?:our|the) use of cookies|cookie (?:settings|preferences|policy|banner)|(?:accept|reject) (?:all |additional |essential |optional )?cookies|cookies on (?:this|our|GOV))/i;

// Every alternative of COOKIE_BANNER holds "cookie" (the same /i folding).
const COOKIE = /cookie/i;

/** What kind of boilerplate a single line is, or undefined for article text. */
export function classifyLine(line: string): RemovedKind | undefined {
  if (isNavigation(line) || MORE_FROM.test(line)) return 'navigation';
  if (line.length < 300 && RELATED.test(line)) return 'navigation';
  // Each pattern below is tried only on lines holding a literal it needs (every paragraph of
  // every document comes here; few are boilerplate): the same verdicts, fewer scans.
  if (line.length < 400 && COOKIE.test(line) && COOKIE_BANNER.test(line)) return 'navigation';
  if ((line.includes(')') && CREDIT.test(line)) || CAPTION_PREFIX.test(line)) return 'caption';
  if ((line.includes('(@') || line.includes('pic.twitter.com/')) && EMBED.test(line)) return 'embed';
  if (CREDIT_LINE.test(line)) return 'credit';
  return undefined;
}

const BYLINE =
  /^by\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|van|von|de|der|al|and))*)\s*(?:[,|–-].{0,60})?$/i;

// "BY THE SPOKESPERSON OF THE MINISTRY …, MR DIMAS PRAKOSO" under "TRANSCRIPT OF THE WEEKLY PRESS
// BRIEFING": a title broken before its "by", naming who speaks, not who wrote ("By The Associated
// Press" is an author).
const BY_OFFICE =
  /^the\s+(?:[\w-]+\s+){0,3}(?:spokes(?:person|man|woman)|minister|president|secretary|ambassador|envoy|office|chair(?:man|woman|person)?|representative|delegation|head of state)\b/i;

/** The author of a "By Jane Roe" line, if the line is a byline. */
export function bylineAuthor(line: string): string | undefined {
  if (line.length > 90) return undefined;
  const author = BYLINE.exec(line)?.[1];
  return author && BY_OFFICE.test(author) ? undefined : author;
}

/** A headline: short, several words, no sentence-final punctuation. */
export const looksLikeTitle = (line: string): boolean =>
  line.length <= 160 && !/[.!?"”:;,]$/.test(line) && line.split(/\s+/).length >= 4;
