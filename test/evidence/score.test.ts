import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { Labels, prf, scoreDocument, sumScores } from '../../src/evidence/score.ts';
import { roster } from './roster.ts';

const dir = 'test/fixtures/evidence';
const scored = readdirSync(dir)
  .filter((f) => !f.endsWith('.json'))
  .map((f) => {
    const labels = Labels.parse(
      JSON.parse(readFileSync(join(dir, `${basename(f, extname(f))}.json`), 'utf8')),
    );
    return scoreDocument(processDocument(readFileSync(join(dir, f)), f, { roster }).claims, labels);
  });
const total = sumScores(scored);

describe('extraction quality on the labelled fixtures', () => {
  it('finds quotes with the right speaker at F1 ≥ 0.9', () => {
    expect(prf(total.quoteSpeakers).f1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds events and roster mentions at F1 ≥ 0.9', () => {
    expect(prf(total.events).f1).toBeGreaterThanOrEqual(0.9);
    expect(prf(total.mentions).f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('scoreDocument', () => {
  it('counts a quote with the wrong speaker as found but not attributed', () => {
    const score = scoreDocument(
      [
        {
          kind: 'quote',
          text: 'We will sign',
          span: [1, 13],
          speaker: { name: 'Oleg Varin', personId: 'varin', via: 'name' },
          data: { words: 'We will sign' },
        },
      ],
      { quotes: [{ text: 'We will sign', speaker: 'kostal' }], events: [], mentions: {} },
    );
    expect(score.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.quoteSpeakers).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
