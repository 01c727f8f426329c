// The eval's one-set mode (`npm run eval:evidence -- SET`): a set of the corpus is scored as the
// full eval scores it, and a directory it cannot read gets an error saying what to name instead.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARBITERS, evaluateSet, formatTable, ROOT, TUNING } from '../../bench/evidenceCorpus.ts';
import { scoreSet, sharedRosterOf, showsErrors, unreadableDir } from '../../bench/evidenceSet.ts';
import type { Roster } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

const shared = JSON.parse(readFileSync(join(ROOT, 'roster.json'), 'utf8')) as Roster;

describe('one set of the corpus', () => {
  it("is read with the corpus's shared roster, as the full eval reads every set", () => {
    expect(sharedRosterOf(join(ROOT, 'tuned6'))).toEqual(shared);
  });

  it("scores as the set's column of the full eval: the shared roster one directory up, narrowed", () => {
    // A corpus of one small set, in the test world's words: the roster above it, as in the corpus.
    const corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
    const set = join(corpus, 'mine');
    mkdirSync(set);
    writeFileSync(join(corpus, 'roster.json'), JSON.stringify(roster));
    writeFileSync(
      join(set, 'a.txt'),
      'Kostal meets Varin\n\nDRAVA, May 20 (Nordpress) - Kostal met Varin in Drava on Monday. "We made progress," Kostal said.',
    );
    writeFileSync(
      join(set, 'a.json'),
      JSON.stringify({
        genre: 'news',
        published: '2031-05-20',
        quotes: [{ text: 'We made progress,', speaker: 'kostal' }],
        events: [],
      }),
    );
    writeFileSync(join(set, 'cross.json'), JSON.stringify({ groups: [], contradictions: [] }));
    const alone = scoreSet(set);
    expect(formatTable({ mine: alone })).toBe(formatTable({ mine: evaluateSet(set, roster) }));
    expect(alone.quotes.tp).toBe(1);
  });

  it('shows the errors of a tuning set or of a set of its own, never of a held-out set or an arbiter', () => {
    expect(showsErrors(join(ROOT, 'tuned6'))).toBe(true);
    expect(showsErrors(join(ROOT, TUNING[TUNING.length - 1]!))).toBe(true);
    expect(showsErrors(join(tmpdir(), 'my-set'))).toBe(true);
    for (const set of ['heldout', 'heldout2', ...ARBITERS])
      expect(showsErrors(join(ROOT, set)), set).toBe(false);
  });
});

describe('a directory the eval cannot read', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'set-eval-'));

  it('reads a corpus set and a directory of documents to browse', () => {
    expect(unreadableDir(join(ROOT, 'tuned6'))).toBeUndefined();
    expect(unreadableDir('test/fixtures/evidence')).toBeUndefined();
  });

  it('says so when it does not exist', () => {
    expect(unreadableDir(join(scratch, 'nowhere'))).toMatch(
      /is not a directory: name a directory of documents/,
    );
  });

  it('sends the corpus itself to the full eval, or to one of its sets', () => {
    expect(unreadableDir(ROOT)).toMatch(
      /corpus sets, not the documents of one: run the eval with no directory/,
    );
  });

  it("names the missing cross.json when a set's labels are copied without it", () => {
    const partial = join(scratch, 'partial');
    mkdirSync(partial);
    writeFileSync(join(partial, 'a.txt'), 'Kostal met Varin in Drava on Monday.');
    writeFileSync(
      join(partial, 'a.json'),
      JSON.stringify({ genre: 'news', published: '2031-05-20', quotes: [], events: [] }),
    );
    expect(unreadableDir(partial)).toMatch(/corpus labels \(a\.json\) but no cross\.json/);
  });

  it('names the roster it looked for when a set lies outside the corpus without one', () => {
    const away = join(scratch, 'away');
    mkdirSync(away);
    writeFileSync(join(away, 'cross.json'), JSON.stringify({ groups: [], contradictions: [] }));
    expect(() => sharedRosterOf(away)).toThrow(
      /neither it nor the directory above it has the corpus's roster\.json/,
    );
  });
});
