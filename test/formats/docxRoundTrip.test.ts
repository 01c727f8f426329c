import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/core/outline/index.ts';
import { parseJsonDraft } from '../../src/core/outline/parseJson.ts';
import { outlineOf } from '../../src/formats/documentOutline.ts';
import { readDocx } from '../../src/formats/docxRead.ts';
import { writeDocx } from '../../src/formats/docxWrite.ts';

const TEXT = `Framework Agreement on Shared Waters

The Parties, wishing to share the river fairly, agree as follows.

Article 1 — Definitions

1. For this Agreement:

(a) "basin" means the river and its tributaries;

(b) "Party" means a State bound by it.

2. **Scope** It applies to the basin.

2bis. Inserted during the second session.

Article 2 — Allocation

1. Each Party takes a fair share.

(i) in dry years, less;

(ii) in wet years, more.

Article 3

The depositary keeps the text.`;

/** A provision as the reader should give it back: number, heading and text by path. */
const shape = (
  provisions: {
    path: string;
    number: string;
    heading?: string | undefined;
    text: string;
    parent?: string | undefined;
  }[],
) =>
  provisions.map((p) => ({
    path: p.path,
    number: p.number,
    heading: p.heading ?? '',
    text: p.text,
    parent: p.parent ?? '',
  }));

describe('Word round trip', () => {
  it('export then import gives the same provisions: numbers, headings, text and nesting', async () => {
    const parsed = parseDraft(TEXT, { format: 'text' });
    expect(parsed.provisions.length).toBeGreaterThan(8);
    const bytes = await writeDocx({ ...parsed, label: 'Shared waters', date: '2026-12-03', author: 'north' });
    const outline = outlineOf(readDocx(bytes), 'round.docx');
    const back = parseJsonDraft(JSON.stringify(outline));
    expect(shape(back.provisions)).toEqual(shape(parsed.provisions));
    expect(back.title).toBe(parsed.title);
    expect(back.preamble).toBe(parsed.preamble);
  });

  it('writes real Word numbering: lists in numbering.xml, no typed numbers where a list can show them', async () => {
    const parsed = parseDraft(TEXT, { format: 'text' });
    const bytes = await writeDocx({ ...parsed, label: 'Shared waters', date: '2026-12-03' });
    const parts = unzipSync(bytes);
    const numbering = strFromU8(parts['word/numbering.xml']!);
    const document = strFromU8(parts['word/document.xml']!);
    expect(numbering).toContain('w:val="Article %1"');
    expect(numbering).toMatch(/w:numFmt w:val="lowerLetter"/);
    expect(numbering).toMatch(/w:numFmt w:val="lowerRoman"/);
    expect(document).toContain('<w:numPr>');
    expect(document).not.toContain('>Article 1<');
    // "2bis" fits no list: it is typed, and its siblings are typed with it.
    expect(document).toContain('2bis. ');
  });
});
