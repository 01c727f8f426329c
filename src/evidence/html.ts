// Turns an HTML page into article text with Readability on linkedom (offline, no browser).
// Scripts, styles and embeds are removed before Readability sees the page; the page's
// metadata is handed on as front matter so cleaning treats HTML and text files alike.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, form';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, div, section, article, figure, br';

function frontMatter(fields: Record<string, string | null | undefined>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([key, value]) => `${key}: ${JSON.stringify(value.trim().replace(/\s+/g, ' '))}`);
  return lines.length > 0 ? `---\n${lines.join('\n')}\n---\n\n` : '';
}

type Doc = ReturnType<typeof parseHTML>['document'];
const textOf = (node: { textContent: string | null }) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The day a page says it was published when its metadata does not: the machine-readable
 * `<time datetime>` that official sites put beside the headline (a president's site, a ministry's
 * news page). The first one on the page is the item's own; later ones date related items, and the
 * ones in a sidebar, a footer, a list or a comment thread date someone else's item.
 */
function timeElementDate(document: Doc): string | undefined {
  let first: string | undefined;
  let firstOwn: string | undefined;
  for (const time of document.querySelectorAll('time[datetime]')) {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(time.getAttribute('datetime') ?? '')?.[1];
    if (!day || Number.isNaN(Date.parse(day))) continue;
    first ??= day;
    if (time.closest(NOT_THE_ITEM)) continue;
    firstOwn ??= day;
    // An event's or a report's page dates the event first ("Thursday, March 22 · 4:00 pm") and its own
    // item in a labelled line below ("Summary posted March 23"): the labelled one is the page's. A
    // commenter's "Posted by ada99" labels the comment, not the page.
    const label = labelBefore(time);
    if (POSTED_LABEL.test(label) && !/\bposted by\b/i.test(label)) return day;
  }
  return firstOwn ?? first;
}

const POSTED_LABEL = /\b(?:posted|published)\b/i;
const NOT_THE_ITEM = 'aside, footer, li, [class*="comment"], [id*="comment"]';
const LABEL_CHARS = 60;

/** The short text just before a `<time>` in its own line: a few siblings back, never the whole parent. */
function labelBefore(time: Doc['documentElement']): string {
  let label = '';
  let node = time.previousSibling;
  for (let steps = 0; node && steps < 3 && label.length < LABEL_CHARS; steps++) {
    label = `${(node.textContent ?? '').slice(-LABEL_CHARS)} ${label}`;
    node = node.previousSibling;
  }
  return label.slice(-LABEL_CHARS);
}

/**
 * The day a page's visible metadata list gives ("<dt>Published</dt><dd>9 March 2031</dd>"): GOV.UK
 * and the sites built like it put it there and nowhere else, and Readability drops the list.
 */
function listedDate(document: Doc): string | undefined {
  for (const term of document.querySelectorAll('dt')) {
    if (!/^(?:first )?published:?$/i.test(textOf(term))) continue;
    const value = term.nextElementSibling;
    if (value?.tagName === 'DD') return textOf(value) || undefined;
  }
  return undefined;
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;
const validDay = (value: unknown): string | undefined => {
  const day = typeof value === 'string' ? DAY.exec(value.trim())?.[1] : undefined;
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined;
};

/** The first `datePublished` in a JSON-LD value, through `@graph` lists and nested objects. */
function publishedIn(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const day = publishedIn(item, depth + 1);
      if (day) return day;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  return validDay(record.datePublished) ?? publishedIn(record['@graph'], depth + 1);
}

/**
 * The day a page's structured data says it was published, read before its scripts are dropped:
 * news sites give it in JSON-LD (`"datePublished"`), others in a `<meta>` of schema.org or Dublin Core.
 */
function structuredDate(document: Doc): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > 200_000) continue;
    try {
      const day = publishedIn(JSON.parse(source));
      if (day) return day;
    } catch {
      // A page's broken JSON-LD says nothing; its other metadata may.
    }
  }
  for (const meta of document.querySelectorAll(
    'meta[itemprop="datePublished"], meta[name="date"], meta[name="dcterms.date"], meta[name="DC.date"], meta[name="dcterms.created"]',
  )) {
    const day = validDay(meta.getAttribute('content'));
    if (day) return day;
  }
  return undefined;
}

/**
 * The page's headline: its one `<h1>` when the document title is that headline with the site's
 * name added ("Telephone conversation with … • President of Norland", "… - GOV.UK").
 */
function headline(document: Doc, title: string | null | undefined): string | null | undefined {
  const h1s = document.querySelectorAll('h1');
  if (h1s.length !== 1) return title;
  const h1 = textOf(h1s[0]!);
  return h1 !== '' && title?.includes(h1) ? h1 : title;
}

// The separators a document title sets between the headline and the site's name.
const SITE_AFTER = /^\s*[—–|•·-]\s*([^—–|•·]{3,80})$/;

/**
 * The site's name a title adds after its headline ("… — Official website of the President of
 * Norland"): who publishes the page, when its metadata gives no site name.
 */
function siteTail(title: string | null | undefined, h1: string | null | undefined): string | undefined {
  if (!title || !h1 || title === h1 || !title.startsWith(h1)) return undefined;
  return SITE_AFTER.exec(title.slice(h1.length))?.[1]?.trim();
}

/**
 * A list each of whose items is one link and nothing else ("Related content", "More on this
 * story", a menu left inside the article) lists other pages, never this one's words; the heading
 * just before it goes with it.
 */
function dropLinkLists(document: Doc): void {
  for (const list of document.querySelectorAll('ul, ol')) {
    const items = list.querySelectorAll('li');
    const onlyLinks =
      items.length >= 2 &&
      [...items].every((li) => {
        const links = li.querySelectorAll('a');
        return links.length === 1 && textOf(links[0]!) === textOf(li);
      });
    if (!onlyLinks) continue;
    const before = list.previousElementSibling;
    if (before && /^H[1-6]$/.test(before.tagName)) before.remove();
    list.remove();
  }
}

/** Article text of an HTML page with a front-matter header, or undefined when it has none. */
export function htmlToText(html: string): string | undefined {
  const { document } = parseHTML(html);
  // Markup without an element ("<!-- -->" alone) parses to no document at all.
  if (!document.documentElement) return undefined;
  const structured = structuredDate(document);
  for (const node of document.querySelectorAll(DROP)) node.remove();
  const time = timeElementDate(document);
  const listed = listedDate(document);
  const title = document.title;
  const h1 = headline(document, title);
  // linkedom implements the DOM Readability walks; its types are its own, hence the cast.
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  const content = article?.content;
  if (!article || !content) return undefined;
  // textContent would glue paragraphs together; mark block ends before flattening.
  const { document: body } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  dropLinkLists(body);
  for (const block of body.querySelectorAll(BLOCKS)) block.append(body.createTextNode('\n\n'));
  const text = (body.body.textContent ?? '')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') return undefined;
  const header = frontMatter({
    title: article.title === title ? h1 : article.title,
    outlet: article.siteName ?? siteTail(title, h1),
    author: article.byline,
    date: article.publishedTime ?? structured ?? listed ?? time,
  });
  return header + text;
}
