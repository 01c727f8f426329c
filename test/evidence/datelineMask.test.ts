// A wire's dateline is the day the story was filed: it does not hide that its lead dates a
// meeting on another day than another source does.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('a dateline beside the lead’s own day', () => {
  it('flags the lead’s day against another source’s, as without the dateline', () => {
    const readout = doc('readout', 'President Kostal met President Varin in Fjellby on Tuesday.', 'readout');
    const wire = doc('wire', 'FJELLBY, March 5 (Wirenews) - Kostal and Varin met in Fjellby on Wednesday.');
    expect(kinds(readout, wire)).toEqual(['date readoutwire']);
    const dash = doc('dash', 'FJELLBY, 5 March — Kostal and Varin met in Fjellby on Wednesday.');
    expect(kinds(readout, dash)).toEqual(['date readoutdash']);
  });

  it('leaves a lead that dates its meeting as the other source does', () => {
    const readout = doc('readout', 'President Kostal met President Varin in Fjellby on Tuesday.', 'readout');
    const wire = doc('wire', 'FJELLBY, March 5 (Wirenews) - Kostal and Varin met in Fjellby on Tuesday.');
    expect(kinds(readout, wire)).toEqual([]);
  });
});
