// Tracked changes read as changes to provisions: matched by the paragraph's place in the
// body, so the accepted view's shifted numbers do not confuse a reworded provision with
// its neighbour.
import { describe, expect, it } from 'vitest';
import { trackedChanges } from '../../src/formats/trackedChanges.ts';
import { p, rawDocx } from '../support/rawDocx.ts';
import { cleanDocx, numbering, TRACKED_AUTHOR, trackedDocx } from '../support/trackedDocx.ts';

describe('tracked changes as changes to provisions', () => {
  it('reads a rewording, a deletion and an insertion, each with its author', () => {
    const { changes, provisions } = trackedChanges(trackedDocx(), 'returned.docx');
    expect(provisions).toBe(3);
    expect(changes).toEqual([
      { kind: 'replace', index: 0, text: 'Ferries run twice a day.', authors: [TRACKED_AUTHOR] },
      { kind: 'delete', index: 1, authors: [TRACKED_AUTHOR] },
      { kind: 'new', index: 2, text: 'Crews are insured.', authors: [TRACKED_AUTHOR] },
    ]);
  });

  it('finds nothing in a document without tracked changes', () => {
    expect(trackedChanges(cleanDocx(), 'clean.docx').changes).toEqual([]);
  });

  it('refuses a numbered paragraph inserted before the first provision', () => {
    const bytes = rawDocx({
      numbering,
      body:
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:ins w:id="1" w:author="A" w:date="2026-12-01T10:00:00Z"/></w:rPr></w:pPr><w:ins w:id="2" w:author="A" w:date="2026-12-01T10:00:00Z"><w:r><w:t>First of all.</w:t></w:r></w:ins></w:p>' +
        p('Ferries run daily.', { num: [1, 0] }),
    });
    expect(() => trackedChanges(bytes, 'early.docx')).toThrow(/before the first provision/);
  });
});
