// Word documents written by hand as raw WordprocessingML and zipped: the shapes Word itself
// writes (automatic numbering with restarts, style-linked lists, tables, tracked changes)
// that no generator library would produce on its own.
import { strToU8, zipSync } from 'fflate';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph: text runs, optional style and numbering (numId, ilvl). */
export function p(
  text: string,
  o: { style?: string; num?: [number, number]; bold?: string; raw?: string } = {},
): string {
  const pPr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.num ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>` : '',
  ].join('');
  const bold = o.bold
    ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(o.bold)} </w:t></w:r>`
    : '';
  const body = text ? `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : '';
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${bold}${body}${o.raw ?? ''}</w:p>`;
}

/** A level of an abstract list. */
export function lvl(
  ilvl: number,
  format: string,
  text: string,
  o: { start?: number; style?: string } = {},
): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${o.start ?? 1}"/><w:numFmt w:val="${format}"/>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ''}<w:lvlText w:val="${esc(text)}"/></w:lvl>`;
}

export interface RawDocx {
  body: string;
  /** abstractNum elements and num elements, inside w:numbering. */
  numbering?: string;
  /** style elements, inside w:styles. */
  styles?: string;
}

/** The zipped package: content types, relationships, document, numbering and styles. */
export function rawDocx({ body, numbering, styles }: RawDocx): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (numbering !== undefined)
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${numbering}</w:numbering>`,
    );
  if (styles !== undefined)
    files['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${styles}</w:styles>`,
    );
  return zipSync(files);
}
