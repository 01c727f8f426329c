import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/formats/documentOutline.ts';
import { readDocx } from '../../src/formats/docxRead.ts';
import { lvl, p, rawDocx } from '../support/rawDocx.ts';

/** Numbers, headings and text of a document's outline, flattened "number|heading|text" with depth. */
function flat(bytes: Uint8Array, view: 'accepted' | 'original' = 'accepted'): string[] {
  const out: string[] = [];
  const walk = (
    list: { number: string; heading?: string | undefined; text: string; children?: unknown[] | undefined }[],
    depth: number,
  ) => {
    for (const n of list) {
      out.push(`${'  '.repeat(depth)}${n.number}|${n.heading ?? ''}|${n.text}`);
      if (n.children) walk(n.children as typeof list, depth + 1);
    }
  };
  walk(outlineOf(readDocx(bytes, view), 'test.docx').provisions, 0);
  return out;
}

// Word's own shapes: "Article %1" tied to Heading 1 by style, "%1.%2" below it, letters and
// roman numerals in a second list, a restart by a new w:num with a startOverride.
const numbering = [
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', 'Article %1', { style: 'Heading1' })}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerLetter', '(%1)')}${lvl(1, 'lowerRoman', '(%2)')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperRoman', 'Part %1', { start: 1 })}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="3">${lvl(0, 'bullet', '•')}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>',
  '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>',
].join('');
const styles =
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';

const richBody = [
  p('Agreement on the Things', { style: 'Title' }),
  p('The Parties, recalling earlier talks, agree as follows.'),
  p('Scope', { style: 'Heading1' }),
  p('This agreement applies to things.'),
  p('Each Party shall count.', { num: [1, 1] }),
  p('Counting includes:', { num: [1, 1] }),
  p('apples;', { num: [2, 0] }),
  p('pears, namely', { num: [2, 0] }),
  p('green ones;', { num: [2, 1] }),
  p('red ones.', { num: [2, 1] }),
  p('Definitions', { style: 'Heading1' }),
  p('Terms used here:', { num: [1, 1] }),
  // A new instance of the letter list restarts at (a).
  p('thing means a thing;', { num: [3, 0] }),
  p('party means a Party.', { num: [3, 0] }),
  p('a bullet is not a provision', { num: [5, 0] }),
  // A table of provisions: number column, text column.
  '<w:tbl><w:tr><w:tc>' +
    p('Article 3') +
    '</w:tc><w:tc>' +
    p('Final words.', { bold: 'Entry into force' }) +
    '</w:tc></w:tr><w:tr><w:tc>' +
    p('Article 4') +
    '</w:tc><w:tc>' +
    p('The depositary keeps it.') +
    '</w:tc></w:tr></w:tbl>',
].join('');

describe('reading Word numbering', () => {
  it('numbers as Word shows them: style-linked "Article %1", "%1.%2", letters, roman, restarts, a table of provisions', () => {
    const bytes = rawDocx({ body: richBody, numbering, styles });
    const outline = outlineOf(readDocx(bytes), 'rich.docx');
    expect(outline.title).toBe('Agreement on the Things');
    expect(outline.preamble).toBe('The Parties, recalling earlier talks, agree as follows.');
    expect(flat(bytes)).toEqual([
      'Article 1|Scope|This agreement applies to things.',
      '  1.1||Each Party shall count.',
      '  1.2||Counting includes:',
      '    (a)||apples;',
      '    (b)||pears, namely',
      '      (i)||green ones;',
      '      (ii)||red ones.',
      'Article 2|Definitions|',
      '  2.1||Terms used here:',
      '    (a)||thing means a thing;',
      // A bulleted paragraph is text of the point above it, not a point of its own.
      '    (b)||party means a Party.\n\na bullet is not a provision',
      'Article 3|Entry into force|Final words.',
      'Article 4||The depositary keeps it.',
    ]);
  });
});

describe('typed numbers and bad input', () => {
  it('reads typed numbers ("1.", "(a)", "Article 2") when Word numbering is absent', () => {
    const body = [
      p('Typed draft'),
      p('Article 1 — Purpose'),
      p('1. The first paragraph.'),
      p('(a) a point;'),
      p('(b) another point.'),
      p('2. The second paragraph.'),
      p('Article 2'),
      p('Final clauses'),
      p('It enters into force.'),
    ].join('');
    expect(flat(rawDocx({ body }))).toEqual([
      'Article 1|Purpose|',
      '  1||The first paragraph.',
      '    (a)||a point;',
      '    (b)||another point.',
      '  2||The second paragraph.',
      'Article 2|Final clauses|It enters into force.',
    ]);
  });

  it('refuses a document without numbered paragraphs, a corrupt zip and a password-protected file', () => {
    expect(() =>
      outlineOf(readDocx(rawDocx({ body: p('Just prose.') + p('More prose.') })), 'prose.docx'),
    ).toThrow(/prose\.docx has no numbered paragraphs/);
    const good = rawDocx({ body: p('1. x') });
    expect(() => readDocx(good.slice(0, good.length / 2), 'accepted', 'cut.docx')).toThrow(
      /cut\.docx is not a readable Word document/,
    );
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => readDocx(ole, 'accepted', 'secret.docx')).toThrow(/secret\.docx is password-protected/);
    const notWord = zipSync({ 'hello.txt': strToU8('hi') });
    expect(() => readDocx(notWord, 'accepted', 'x.docx')).toThrow(/not a Word document/);
  });
});
