// A transcription tool's export: each speaker alone on a line with the recording's clock, no colon,
// the words under it; an asker named with the outlet in brackets is the press. Near misses: an
// agenda's times over its items, a page's "Updated" line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { stampedLabel } from '../../src/evidence/stampedLabels.ts';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'briefing-export.txt', 36);

const exported = [
  'Fjellby briefing of the envoy, 3 March 2031 - Transcript',
  'Exported from a transcription tool | Duration: 00:14:02',
  '',
  '[00:00:03.10] - Host',
  'Good evening. The envoy will speak first, then take questions.',
  '',
  '[00:00:12.40] - Ingrid Solberg',
  'Thank you. The paper went to both capitals at noon, and both have it now.',
  '',
  '[00:00:40.02] - Oskar Brem (Harbour Lantern)',
  'Has the other side answered yet? They say the annex is new to them.',
  '',
  '[00:00:48.55] - Ingrid Solberg',
  'They have had the annex since Friday.',
  '',
  '[00:01:05.31] - Host',
  'That is all for tonight.',
].join('\n');

describe("a transcription tool's clocked name lines", () => {
  it('reads each clocked name over the words as a turn of that speaker', () => {
    expect(quotes(exported)).toEqual([
      ['Host', 'Good evening. The envoy will speak f'],
      ['solberg', 'Thank you. The paper went to both ca'],
      ['journalist', 'Has the other side answered yet? The'],
      ['solberg', 'They have had the annex since Friday'],
      ['Host', 'That is all for tonight.'],
    ]);
  });

  it('keeps an official whose aside is an office as the speaker, though the answer asks', () => {
    const official = exported.replace(
      '[00:00:48.55] - Ingrid Solberg\nThey have had the annex since Friday.',
      '[00:00:48.55] - Lars Evje (Deputy Minister)\nWhy would they not? They have had it since Friday.',
    );
    expect(quotes(official)[3]).toEqual(['Lars Evje', 'Why would they not? They have had it']);
  });

  it('reads the name first with its clock two spaces after', () => {
    expect(stampedLabel('Oskar Brem  01:02:15\nWe asked twice.')).toMatchObject({
      said: 'Oskar Brem',
      ownLine: true,
    });
  });

  it("reads a programme's bracketed times over its items as nobody's turns", () => {
    const programme = [
      'Order of the day for the envoys, Fjellby',
      '',
      '[08:45] Arrival of the Delegations',
      'The envoys are met at the harbour gate and taken to the hall.',
      '',
      '[10:15] Fisheries Working Group',
      'Experts of both sides compare the catch records of the past season.',
      '',
      '[13:00] Visit to the Vell Dam',
      'The envoys are shown the sluices and the new spillway.',
      '',
      '[16:30] Closing Remarks',
      'The host thanks the guests and the delegations leave.',
    ].join('\n');
    expect(quotes(programme)).toEqual([]);
  });

  it("takes no agenda's time over an item, nor a page's update line, for a speaker", () => {
    expect(stampedLabel('09:00 – Opening Session')).toBeUndefined();
    expect(stampedLabel('Updated 14:05')).toBeUndefined();
    expect(stampedLabel('[00:00:12] - The talks resumed after a short pause.')).toBeUndefined();
    expect(stampedLabel('[11:00] Coffee Break')).toBeUndefined();
    expect(stampedLabel('Plenary Session  14:00')).toBeUndefined();
  });
});
