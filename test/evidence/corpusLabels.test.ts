// Labels are written as a file reads, mojibake included; the engine's clean text has it repaired.
// The scorer must find such a label where cleaning left its words.
import { describe, expect, it } from 'vitest';
import { CorpusLabels, locate, scoreCorpus } from '../../src/evidence/corpusScore.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';

// "We’ve" whose UTF-8 was read twice as Windows-1252, as scraped pages carry it.
const MANGLED = 'WeÃ¢â‚¬â„¢ve';
const raw = `Officials said the hotline was silent. "${MANGLED} had no call on it, not one," a senior official said.`;

describe('labels with mojibake', () => {
  const doc = processDocument(Buffer.from(raw), 'news.txt', { roster });

  it('are found in the repaired clean text', () => {
    const span = locate(doc, `${MANGLED} had no call on it`);
    expect(span && doc.cleanText.slice(...span)).toMatch(/^We.ve had no call on it$/);
  });

  it('match the quote the engine read from the repaired text', () => {
    const labels = CorpusLabels.parse({
      genre: 'news',
      published: '2031-03-05',
      quotes: [{ text: `${MANGLED} had no call on it, not one,`, speaker: 'a senior official' }],
      events: [],
    });
    const score = scoreCorpus(
      [{ name: 'news', doc, labels }],
      { groups: [], contradictions: [] },
      { groups: [], contradictions: [] },
    );
    expect(score.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
