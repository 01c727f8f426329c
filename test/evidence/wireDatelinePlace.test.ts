// A wire's dateline set apart from its lede still tells where the lede's event is: "FJELLBY,
// March 6 (Northern Wire) - / Negotiators … sat down on Thursday" is the round in Fjellby that a
// ministry announced. The dateline alone puts no one anywhere.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';

const read = (source: string, text: string) => {
  const d = processDocument(Buffer.from(text), `${source}.txt`, { roster, received: '2031-03-20' });
  return { source, cleanText: d.cleanText, published: d.meta.date, claims: d.claims };
};
const announced = read(
  'mfa',
  'Ministry of Foreign Affairs of Arvenia\n3 March 2031\nThe delegations of Arvenia and Torvania will meet in Fjellby on 6 March, at the invitation of Norland.\n',
);
const LEDE =
  'Negotiators from Arvenia and Torvania sat down at the same table on Thursday for the first time since the fighting began.\n\nThe talks are expected to last two days.\n';
const linked = (...docs: ReturnType<typeof read>[]) => linkSources(docs, roster).links;
const eventLinks = (...docs: ReturnType<typeof read>[]) =>
  linked(...docs).filter((l) => l.a.kind === 'event' && l.b.kind === 'event');

describe("a wire's dateline, set apart, places its lede's event", () => {
  it.each([
    ['FJELLBY, March 6 (Northern Wire) - '],
    ['FJELLBY, 6 March (Meridian Press) – '],
    ['Northern Wire\nMarch 6, 2031\n\nFJELLBY (AP) — '],
  ])('links the lede of "%s" to the round announced there', (dateline) => {
    const wire = read('wire', `${dateline}${LEDE}`);
    expect(wire.cleanText).not.toMatch(/\)[ \t]*[-–—][ \t]*Negotiators/);
    expect(eventLinks(announced, wire)).toHaveLength(1);
  });

  it('does not place the lede of a story filed from another town there', () => {
    const wire = read('wire', `DRAVA, March 6 (Northern Wire) - ${LEDE}`);
    expect(eventLinks(announced, wire)).toEqual([]);
  });

  it('keeps a place the lede names itself over its dateline', () => {
    const wire = read(
      'wire',
      `DRAVA, March 6 (Northern Wire) - ${LEDE.replace('sat down', 'sat down in Fjellby')}`,
    );
    expect(eventLinks(announced, wire)).toHaveLength(1);
  });

  it('never links the dateline alone as putting someone at an event', () => {
    const wire = read('wire', `FJELLBY, March 6 (Northern Wire) - ${LEDE}`);
    const held = read(
      'joint',
      'Joint statement\n6 March 2031\nOn 6 March the delegations of Arvenia and Torvania met in Fjellby.\n',
    );
    const sides = linked(held, wire).flatMap((l) => [l.a.text, l.b.text]);
    expect(sides.some((t) => /^FJELLBY, March 6 \(Northern Wire\) -$/.test(t.trim()))).toBe(false);
  });
});
