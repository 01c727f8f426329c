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

/** Article text of an HTML page with a front-matter header, or undefined when it has none. */
export function htmlToText(html: string): string | undefined {
  const { document } = parseHTML(html);
  for (const node of document.querySelectorAll(DROP)) node.remove();
  // linkedom implements the DOM Readability walks; its types are its own, hence the cast.
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  const content = article?.content;
  if (!article || !content) return undefined;
  // textContent would glue paragraphs together; mark block ends before flattening.
  const { document: body } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  for (const block of body.querySelectorAll(BLOCKS)) block.append(body.createTextNode('\n\n'));
  const text = (body.body.textContent ?? '')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') return undefined;
  const header = frontMatter({
    title: article.title,
    outlet: article.siteName,
    author: article.byline,
    date: article.publishedTime,
  });
  return header + text;
}
