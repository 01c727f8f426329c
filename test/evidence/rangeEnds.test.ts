// A change from one figure to another writes the unit once: "cut from 24 articles to 17", "17
// articles, down from 24", "from 150 to 200 observers". Both ends count one thing. A pronoun's
// figure after a verb of having ("it runs to 17") counts what the sentence before counted, and a
// post's line of the count alone ("17 articles.") states the size of the text it just named.
// Invented sentences in a readout's, a UN briefing's, a wire's, an op-ed's and a post's styles.
import { describe, expect, it } from 'vitest';
import { quantitiesWithComplements } from '../../src/evidence/complements.ts';
import { elidedQuantities } from '../../src/evidence/ellipsis.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { rangeEnds } from '../../src/evidence/rangeEnds.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const ends = (s: string) => rangeEnds(s, quantities(s)).map((q) => [q.value, q.unit]);
const all = (s: string) => quantitiesWithComplements(s).map((q) => [q.value, q.unit]);
const linked = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => [l.a.source, l.b.source].sort().join(''));

describe('the bare end of a change, in the unit of the other end', () => {
  it('reads the end after "to", before "to" and after "down from"', () => {
    expect(
      ends(
        'President Kostal noted that the framework, tightened from twenty-two points to seventeen, remains the basis.',
      ),
    ).toEqual([[17, 'point']]);
    expect(
      all(
        'The Special Envoy said that the draft had been reduced from 24 articles to 18 during the round held from 10 to 12 March.',
      ),
    ).toEqual([
      [24, 'article'],
      [18, 'article'],
    ]);
    expect(ends('The Union will enlarge the mission from 150 to 200 observers by June.')).toEqual([
      [150, 'monitor'],
    ]);
    expect(ends('FJELLBY (Wire) - The text now runs to 17 articles, down from 24, a diplomat said.')).toEqual(
      [[24, 'article']],
    );
  });

  it('reads no day, no end with a unit of its own, and no end of another size', () => {
    expect(ends('The signing was moved from 20 April to 27 April.')).toEqual([]);
    expect(ends('Forces will pull back from 5 km to 10 km from the line.')).toEqual([]);
    expect(ends('The patrols went from 2 boats to 200 within a year.')).toEqual([]);
    expect(ends('The number of observers rose to 200, the Union said.')).toEqual([]);
    expect(ends('We have 40 prisoners from each side to 12 March lists.')).toEqual([]);
  });

  it('reads no unit in a preposition after a figure', () => {
    expect(all('The text was cut to 17 during the round.')).toEqual([]);
    expect(all('Officials say the framework has been cut to 17 since January.')).toEqual([]);
  });
});

describe("a pronoun's figure after a verb of having", () => {
  const before = 'When I first sat across the table, the text between us ran to 24 articles.';
  it('counts what the sentence before counted, however long its sentence', () => {
    expect(
      elidedQuantities(
        'Today, after weeks of work by our negotiators and by the mediators of Norland, it runs to 17, and only two of them are still open.',
        before,
      ).map((q) => [q.value, q.unit]),
    ).toEqual([[17, 'article']]);
    expect(
      elidedQuantities(
        'After a month of the Union asking every capital for staff, they now number 150, officials say.',
        'The mission was planned at 120 monitors.',
      ).map((q) => q.value),
    ).toEqual([150]);
  });

  it('is not read without the pronoun and the verb right before the figure', () => {
    expect(
      elidedQuantities(
        'It is expected that 17 of the Union staff will join, officials said on Tuesday.',
        before,
      ),
    ).toEqual([]);
    expect(
      elidedQuantities(
        'After a long day in Fjellby the two delegations went home at 17, the envoy said.',
        before,
      ),
    ).toEqual([]);
  });
});

describe('sizes of one text linked through a bare end', () => {
  const readout = doc(
    'a',
    'President Kostal noted that the Norland-brokered framework, which has been tightened from twenty-two points to seventeen, remains the best basis for a settlement.',
    'readout',
  );
  const presser = doc('b', "MR DAHL: We've got seventeen points. That is a good text.", 'press-conference');
  const post = doc(
    'c',
    'Yesterday in Fjellby our delegation initialled the Vell framework with our counterparts from Torvania. 17 articles. Every one of them argued over.',
    'social',
  );
  const oped = doc(
    'd',
    'When I first sat across the table from my counterpart, the text between us ran to 24 articles. Today, after weeks of work by our negotiators, it runs to 17, and only two of them are still open.',
    'news',
  );

  it('links the end of a change to the same count told alone', () => {
    expect(linked(readout, presser)).toContain('ab');
    expect(linked(post, oped)).toContain('cd');
  });

  it('does not link two different counts of one unit with nothing else in common', () => {
    const other = doc(
      'e',
      'The Union says 31 crossing points on the river will reopen within a week.',
      'news',
    );
    expect(linked(readout, other)).not.toContain('ae');
  });
});
