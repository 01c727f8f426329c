import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../src/core/errors.ts';
import { decodeDocument } from '../../src/evidence/decode.ts';

function refusal(bytes: Uint8Array, name: string, max?: number): ParleyError {
  try {
    decodeDocument(bytes, name, max);
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decodeDocument', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    expect(decodeDocument(Buffer.from('Fjellby – talks', 'utf8'), 'a.txt')).toBe('Fjellby – talks');
    expect(decodeDocument(Buffer.from('\uFEFFKessel', 'utf8'), 'a.txt')).toBe('Kessel');
    expect(
      decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Drava ü', 'utf16le')]), 'a.txt'),
    ).toBe('Drava ü');
  });

  it('reads Western cp1252 text that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('The delegates met at the '),
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
    ]);
    expect(decodeDocument(bytes, 'a.txt')).toBe('The delegates met at the café “ok”');
  });

  it('refuses binary files, naming the file and what it is', () => {
    const pdf = refusal(Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), 'report.pdf');
    expect(pdf.code).toBe('unsupported');
    expect(pdf.message).toBe('report.pdf: is a PDF, not a text or HTML document');
    const noise = refusal(Buffer.from([1, 2, 3, 0, 0, 7, 8, 65, 66, 0, 14, 15]), 'blob.bin');
    expect(noise.code).toBe('unsupported');
    expect(noise.message).toMatch(/^blob\.bin: looks binary/);
  });

  it('refuses empty files and files over the size limit', () => {
    expect(refusal(Buffer.from('  \n\t '), 'empty.txt').message).toBe('empty.txt: is empty');
    const big = refusal(Buffer.alloc(2048, 0x61), 'big.txt', 1024);
    expect(big.code).toBe('invalid_input');
    expect(big.message).toMatch(/^big\.txt: is 0\.0 MB, over the 0\.0 MB limit/);
  });

  it('refuses text in an unknown legacy encoding instead of guessing', () => {
    const koi8 = Buffer.from([
      0xf0, 0xc5, 0xd2, 0xc5, 0xc7, 0xcf, 0xd7, 0xcf, 0xd2, 0xd9, 0x20, 0xd7, 0x20, 0xe4, 0xd2, 0xc1, 0xd7,
      0xc5,
    ]);
    const error = refusal(koi8, 'talks-ru.txt');
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/unknown encoding/);
  });

  it('turns HTML into article text with scripts dropped and metadata as front matter', () => {
    const html = `<!doctype html><html><head><title>Envoys meet</title><meta name="author" content="Ilse Varga">
      <script>document.write("injected text")</script></head><body><nav>Home World</nav><article>
      <p>The envoys met in Fjellby on Tuesday and talked for many hours about the river and its water.</p>
      <script>alert("never read")</script>
      <p>"We are close," said Henrik Dahl after the long session ended late in the evening.</p></article></body></html>`;
    const text = decodeDocument(Buffer.from(html), 'page.html');
    expect(text).toMatch(/^---\ntitle: "Envoys meet"\nauthor: "Ilse Varga"\n---\n\n/);
    expect(text).toContain('The envoys met in Fjellby on Tuesday');
    expect(text).toContain('"We are close," said Henrik Dahl');
    expect(text).not.toMatch(/injected|never read|alert/);
  });

  it("dates an official page by its <time> element and titles it by its headline, not the site's name", () => {
    const html = `<!doctype html><html><head><title>Telephone conversation with Henrik Dahl • President of Norland</title></head>
      <body><div class="menu"><a href="/">Events</a></div><div class="read"><time datetime="2031-03-12">March 12, 2031</time>
      <h1>Telephone conversation with Henrik Dahl</h1><div class="entry"><p>Oskar Varin had a telephone conversation with
      Henrik Dahl. The two leaders discussed the results of the consultations held in Brisk with the mediators.</p>
      <p>It was agreed that the working groups would meet again in Brisk next Tuesday, after the holiday.</p></div></div>
      <time datetime="2031-02-01">A related item</time></body></html>`;
    const text = decodeDocument(Buffer.from(html), 'page.html');
    expect(text).toMatch(
      /^---\ntitle: "Telephone conversation with Henrik Dahl"\n(?:.*\n)*date: "2031-03-12"\n---/,
    );
  });

  it('dates a news page by its JSON-LD datePublished or a schema.org <meta>, read before its scripts are dropped', () => {
    const body = `<article><h1>Talks resume</h1><p>The delegations met again on Friday in Al Sawda, the ministry said,
      and both brought their legal teams along with their military advisers for three days of work.</p>
      <p>"We are close," the envoy said on Thursday evening after a long day with the two delegations.</p></article>`;
    const ld = (json: string) =>
      `<html><head><script type="application/ld+json">${json}</script></head><body>${body}</body></html>`;
    const dated = (html: string) =>
      /\ndate: "([^"]+)"/.exec(decodeDocument(Buffer.from(html), 'page.html'))?.[1];
    expect(
      dated(
        ld('{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2031-03-28T09:15:00Z"}'),
      ),
    ).toBe('2031-03-28');
    expect(
      dated(ld('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2031-03-27"}]}')),
    ).toBe('2031-03-27');
    // Broken JSON-LD says nothing, and the page is still read.
    expect(dated(ld('{"datePublished": "2031-03-28",'))).toBeUndefined();
    const meta = `<html><head><meta itemprop="datePublished" content="2031-03-26"></head><body>${body}</body></html>`;
    expect(dated(meta)).toBe('2031-03-26');
  });

  it('drops lists of links to other pages (related content, menus) with their heading', () => {
    const html = `<!doctype html><html><head><title>PM call with President Dahl</title></head><body><main><article>
      <h1>PM call with President Dahl</h1><p>The Prime Minister spoke to President Dahl this morning about the talks in Brisk.</p>
      <p>The leaders agreed to speak again next week, once the revised draft of the framework is circulated.</p>
      <ul><li>The first point of the plan, kept as written.</li><li>The second point, <a href="/t">read in full</a>.</li></ul>
      <h2>Related content</h2><ul><li><a href="/a">PM meeting with Chancellor Varin: 10 March 2031</a></li>
      <li><a href="/b">Statement on the Brisk talks: 9 March 2031</a></li></ul></article></main></body></html>`;
    const text = decodeDocument(Buffer.from(html), 'page.html');
    expect(text).toContain('The leaders agreed to speak again next week');
    expect(text).toContain('The second point, read in full.');
    expect(text).not.toMatch(/Related content|Chancellor Varin|Statement on the Brisk talks/);
  });

  it('reads a file named .html that holds no element as the text it is', () => {
    const post = 'News of the Ministry, [12.03.2031 20:15]\n\nWe note the signing in Brisk today.';
    expect(decodeDocument(Buffer.from(post), 'post.html')).toBe(post);
    expect(refusal(Buffer.from('<!doctype html><!-- saved page -->'), 'p.html').message).toBe(
      'p.html: is HTML without readable article text',
    );
  });

  it('refuses HTML without article text', () => {
    expect(refusal(Buffer.from('<html><body><script>x()</script></body></html>'), 'p.html').message).toBe(
      'p.html: is HTML without readable article text',
    );
  });
});
