// Input built against reading call accounts (review 26): one source of tens of thousands of short
// sentences. Grouping passages by source copied a source's list for each passage it added, so the
// grouping was quadratic in one source's sentences and ran on every linking: 24,000 sentences took
// 22 s. Here the call and its account open the long source, and the flag must still be found.
import { describe, expect, it } from 'vitest';
import { callAccounts } from '../../src/evidence/callAccounts.ts';
import { durationFlags, lengthsOfOne } from '../../src/evidence/eventDurations.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 3000;

describe('reading call accounts on hostile input', () => {
  it('groups a source of 24,000 sentences by source in a few seconds, and still flags its call', () => {
    const long = doc(
      'kremlin',
      'Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 4 March. The conversation was held in a tête-à-tête format.',
      'readout',
      '2031-03-04',
    );
    const short = doc(
      'readout',
      'President Mira Kostal spoke today with President Oleg Varin of Torvania. Special Envoy Henrik Dahl also took part in the call.',
      'readout',
      '2031-03-04',
    );
    // The long source's further sentences, as passagesOf gives them (reading them is not timed here).
    const start = long.cleanText.length + 1;
    const filler = Array.from({ length: 24_000 }, (_, i): Passage => {
      const text = `Delegates met in room ${i}.`;
      const at = start + i * 40;
      return { ...sentencePassage(text), source: 'kremlin', span: [at, at + text.length] };
    });
    const passages = [...passagesOf(long, roster), ...filler, ...passagesOf(short, roster)];
    expect(passages.length).toBeGreaterThan(24_000);
    let flags: string[] = [];
    const ms = cpuMs(() => {
      flags = callAccounts(passages, [], roster).flags.map((d) => `${d.kind} ${d.a.source}${d.b.source}`);
    });
    expect(flags).toEqual(['participants kremlinreadout']);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('reads the parts of one call once for thousands of lengths in one source', () => {
    const long = doc(
      'kremlin',
      'Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 4 March. Taras Melnyk also took part in the call.',
      'readout',
      '2031-03-04',
    );
    const other = doc(
      'readout',
      'President Mira Kostal spoke today with President Oleg Varin of Torvania. The call lasted two hours.',
      'readout',
      '2031-03-04',
    );
    const start = long.cleanText.length + 1;
    const lengths = Array.from({ length: 2_000 }, (_, i): Passage => {
      const text = 'The call lasted 45 minutes.';
      const at = start + i * 40;
      return { ...sentencePassage(text), source: 'kremlin', span: [at, at + text.length] };
    });
    const passages = [...passagesOf(long, roster), ...lengths, ...passagesOf(other, roster)];
    let flags = 0;
    const ms = cpuMs(() => {
      flags = durationFlags(lengthsOfOne(passages, [], roster)).length;
    });
    expect(flags).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
