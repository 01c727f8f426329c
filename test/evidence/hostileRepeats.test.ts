// Documents that say one thing many times: linking grew with the square of the copies (two
// documents of one sentence repeated gave 167,281 links at 20,000 characters and ran out of
// memory at 150,000). Each passage a source repeats word for word is now compared once.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuTimed } from './timedRuns.ts';

const BOUND_MS = 2000;

const repeated = (unit: string, chars: number, source: string) => {
  const text = unit.repeat(Math.ceil(chars / unit.length));
  const d = processDocument(new TextEncoder().encode(text), `${source}.txt`, {
    roster,
    received: '2031-03-10',
  });
  return { source, cleanText: d.cleanText, published: d.meta.date, claims: d.claims };
};

describe('documents that repeat one passage', () => {
  it('links two documents of one sentence repeated 60,000 characters long once, not once per copy (was 750,000 links)', () => {
    const unit = 'The delegations agreed to extend the ceasefire along the whole line. ';
    const docs = ['a', 'b'].map((s) => repeated(unit, 60_000, s));
    const { ms, value } = cpuTimed(() => linkSources(docs, roster));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.links).toHaveLength(1);
    expect(value.links[0]!.a.span[0]).toBe(0);
  });

  it('links repeated quotations and events once per distinct pair, and reads their passages in one pass', () => {
    const unit = 'The envoys met in Drava on 3 March. "We hold the line on the river," said Ada Lind. ';
    const docs = ['a', 'b', 'c'].map((s) => repeated(unit, 40_000, s));
    const passages = cpuTimed(() => passagesOf(docs[0]!, roster));
    expect(passages.ms).toBeLessThan(BOUND_MS);
    const { ms, value } = cpuTimed(() => linkSources(docs, roster));
    expect(ms).toBeLessThan(BOUND_MS * 2);
    // A few distinct passages per source, three sources: a few links per pair of sources.
    expect(value.links.length).toBeLessThan(60);
    expect(value.links.length).toBeGreaterThan(0);
  });

  it('links two documents of one name repeated 30,000 characters in time linear in their length (was ~27 s)', () => {
    // "Drava Drava …" is one run of names: each name in it was read again from the run's start.
    const docs = ['a', 'b'].map((s) => repeated('Drava ', 30_000, s));
    const { ms } = cpuTimed(() => linkSources(docs, roster));
    expect(ms).toBeLessThan(BOUND_MS * 3);
  });

  it('reads the outlets of two leaks long runs of capitalised words and spaces apart in linear time', () => {
    // A leak told by both sides, shared outlet words looked for in each (corroboration.ts).
    const run = 'Vossberg     '.repeat(3000);
    const leak = (source: string, cleanText: string) => ({
      source,
      cleanText,
      published: '2031-03-05',
      claims: [],
    });
    const docs = [
      leak('a', `A fishing plan was first reported by the ${run}today.`),
      leak('b', `The minister said the water draft printed by the ${run}was authentic.`),
    ];
    const { ms } = cpuTimed(() => linkSources(docs, roster));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('still links a sentence one source repeats with the other source that says it once', () => {
    const said = 'The delegations agreed to extend the ceasefire along the whole line.';
    const docs = [
      {
        source: 'a',
        cleanText: `${said}\n\nNothing else was settled today in Drava.\n\n${said}`,
        claims: [],
      },
      {
        source: 'b',
        cleanText: 'Officials said: the delegations agreed to extend the ceasefire.',
        claims: [],
      },
    ];
    const { links } = linkSources(docs, roster);
    expect(links.map((l) => [l.a.source, l.a.span[0], l.b.source])).toEqual([['a', 0, 'b']]);
  });

  it('sets a part agreed against the whole agreed per speaker in bounded work, over many sources and a run of colons', () => {
    // One speaker's part and whole in forty sources: the pair is read per speaker, capped.
    const said =
      '"The chapter on the river is agreed," Mira Kostal said. Mira Kostal declared that "the whole text is agreed". ';
    const docs = Array.from({ length: 40 }, (_, i) => repeated(said, said.length, `s${i}`));
    const { ms, value } = cpuTimed(() => linkSources(docs, roster));
    expect(ms).toBeLessThan(BOUND_MS * 3);
    expect(
      value.disagreements.filter((d) => /retold as the whole/.test(d.reason)).length,
    ).toBeLessThanOrEqual(64);
    // A lead-in of colons read once, not from each colon to the run's end.
    const colons = [repeated(`Kostal: ${': '.repeat(30_000)}the chapter is agreed.`, 10, 'c')];
    expect(cpuTimed(() => linkSources(colons, roster)).ms).toBeLessThan(BOUND_MS);
  });

  it('reads a part agreed followed by a long run of line separators or spaces in linear time (was ~17 s at 60,000)', () => {
    for (const gap of ['\u2028', ' ']) {
      const text = `Ilse Varga told reporters: "The crossings chapter is agreed${gap.repeat(60_000)}x." She left.`;
      const docs = ['a', 'b'].map((source) => ({
        source,
        cleanText: text,
        published: '2031-03-05',
        claims: [],
      }));
      expect(cpuTimed(() => linkSources(docs, roster)).ms).toBeLessThan(BOUND_MS);
    }
  });
});
