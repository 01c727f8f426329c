import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../src/core/errors.ts';
import { findContradictions } from '../../src/evidence/contradictions.ts';
import { findNearDuplicates, minhash } from '../../src/evidence/duplicates.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { ProcessedDocument } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

const dir = 'test/fixtures/evidence';
const docs = readdirSync(dir)
  .filter((f) => !f.endsWith('.json'))
  .map((f) => processDocument(readFileSync(join(dir, f)), f, { roster }));

describe('near-duplicate sources', () => {
  it('links the spun copy to its original and nothing else', () => {
    const links = findNearDuplicates(docs.map((d) => ({ id: d.fileName, text: d.cleanText })));
    expect(links.map((l) => [l.a, l.b, l.kind])).toEqual([
      ['01-fjord-herald.txt', '04-spun-copy.txt', 'spun'],
    ]);
  });

  it('calls an exact republication a copy', () => {
    const text = docs[0]!.cleanText;
    const [link] = findNearDuplicates([
      { id: 'a', text },
      { id: 'b', text: `Republished with permission.\n\n${text}` },
    ]);
    expect(link?.kind).toBe('copy');
    expect(link?.jaccard).toBeGreaterThan(0.9);
  });
});

describe('near-duplicates of one new document', () => {
  it('finds exactly the links of the focused document that the whole run finds, from given signatures', () => {
    const text = docs[0]!.cleanText;
    const all = [
      ...docs.map((d) => ({ id: d.fileName, text: d.cleanText })),
      { id: 'reprint', text: `Republished with permission.\n\n${text}` },
    ];
    const whole = findNearDuplicates(all);
    for (const { id } of all) {
      const mine = whole.filter((l) => l.a === id || l.b === id).map((l) => [l.a, l.b].sort().join(' '));
      const signed = all.map((d) => ({ id: d.id, text: '', signature: minhash(d.text) }));
      const focused = findNearDuplicates(signed, undefined, id).map((l) => [l.a, l.b].sort().join(' '));
      expect(focused.sort()).toEqual(mine.sort());
    }
    expect(whole.filter((l) => l.a === 'reprint' || l.b === 'reprint')).toHaveLength(2);
  });
});

describe('contradictions', () => {
  const linked = (ds: ProcessedDocument[]) =>
    ds.map((d) => ({ source: d.fileName, cleanText: d.cleanText, published: d.meta.date, claims: d.claims }));
  const found = findContradictions(linked(docs), roster);
  const summary = found.map((c) => `${c.kind} ${c.a.source} ${c.b.source}`);

  it('flags two readouts of one call that disagree on the date', () => {
    expect(summary).toContain('date 02-citadel-readout.txt 03-norland-readout.txt');
  });

  it('flags the spun copy giving a quote to another speaker and moving the talks', () => {
    expect(summary).toContain('attribution 01-fjord-herald.txt 04-spun-copy.txt');
    expect(summary).toContain('date 01-fjord-herald.txt 04-spun-copy.txt');
  });

  it('each side is the passage that says it, in its source', () => {
    for (const c of found) {
      for (const side of [c.a, c.b]) {
        const doc = docs.find((d) => d.fileName === side.source)!;
        expect(doc.cleanText.slice(side.span[0], side.span[1])).toBe(side.text);
      }
    }
  });

  it('flags a plan attributed to different authors and a position reported both ways', () => {
    const a = processDocument(
      Buffer.from('The plan was drafted by Norland. Arvenia accepts the draft.'),
      'a.txt',
      { roster },
    );
    const b = processDocument(
      Buffer.from('The plan was written by Torvania. Arvenia rejects the draft.'),
      'b.txt',
      { roster },
    );
    const kinds = findContradictions(linked([a, b]), roster).map((c) => c.kind);
    expect(kinds).toEqual(['authorship', 'stance']);
  });

  it('does not flag two reports of one meeting that name different people at it', () => {
    const at = (who: string, file: string) =>
      processDocument(Buffer.from(`${who} met in Drava on 4 March 2031.`), file, { roster });
    const found = findContradictions(
      linked([at('Dahl and Varin', 'a.txt'), at('Dahl and Kostal', 'b.txt')]),
      roster,
    );
    expect(found).toEqual([]);
  });
});

describe('processDocument', () => {
  it('hashes the clean text, so a re-scraped copy with other boilerplate has the same hash', () => {
    const body = 'Dahl met Varin in Drava on Monday.';
    const a = processDocument(Buffer.from(`Close\nMenu\n${body}`), 'a.txt', { roster });
    const b = processDocument(Buffer.from(`${body}\nMore From Fjord Herald`), 'b.txt', { roster });
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a bad file in a batch without stopping the rest', () => {
    const results = [
      Buffer.from('Kostal spoke.'),
      Buffer.from([0, 1, 2, 3, 0, 0, 9, 0]),
      Buffer.from(''),
    ].map((bytes, i) => {
      try {
        return processDocument(bytes, `f${i}`, { roster }).cleanText;
      } catch (error) {
        return error instanceof ParleyError ? error.code : 'crash';
      }
    });
    expect(results).toEqual(['Kostal spoke.', 'unsupported', 'invalid_input']);
  });
});
