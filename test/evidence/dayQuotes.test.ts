// Short quotations made mostly of a day and a deadline (probe class 21): the words the engine
// compares them by leave the day out, so the same words given to two speakers are alike in
// few words, and two sentences naming two days look the same. Invented sentences in the house
// styles of wires, a news-conference transcript and posts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

/** A post as ingested: its header names the author, whose words the post is. */
const post = (source: string, text: string) => {
  const d = processDocument(new TextEncoder().encode(text), `${source}.txt`, { roster });
  return { source, cleanText: d.cleanText, published: d.meta.date ?? '2031-03-04', claims: d.claims };
};

const wire = (source: string, said: string, published = '2031-03-04') =>
  doc(
    source,
    `DRAVA, March 4 (Wirenews) - Torvania rejected the ceasefire timetable proposed by Norland.\n\n${said}\n\nThe talks are due to resume next week in Fjellby.`,
    'news',
    published,
  );

describe('the same short words on a day, given to two speakers', () => {
  it('are one quotation attributed twice, in wires, a transcript turn and posts', () => {
    expect(
      kinds(
        wire('a', '"The end of March is not our deadline," President Oleg Varin told reporters.'),
        wire('b', '"The end of March is not our deadline," Surin said at his briefing.'),
      ),
    ).toEqual(['attribution ab']);
    expect(
      kinds(
        doc(
          'a',
          'Question: Is the end of March a deadline for you?\n\nOleg Varin: The 31 March deadline is dead. We set our own calendar.\n\nQuestion: Thank you.',
          'press-conference',
          '2031-03-04',
        ),
        wire('b', '"The 31 March deadline is dead," Surin said.'),
      ),
    ).toEqual(['attribution ab']);
    // A post against a wire: the post is the author's own record, the wire gives the words to another.
    expect(
      kinds(
        post('a', 'Oleg Varin @OVarin · Mar 4, 2031\nThe end of March is not our deadline.'),
        wire('b', '"The end of March is not our deadline," Surin said at his briefing.'),
      ),
    ).toEqual(['attribution ab']);
    // Two posts are each their author's own record: both said it, and no source gave it to the wrong one.
    expect(
      kinds(
        post('a', 'Oleg Varin @OVarin · Mar 4, 2031\nThe end of March is not our deadline.'),
        post('b', 'Pavel Surin @PSurin · Mar 4, 2031\nThe end of March is not our deadline.'),
      ),
    ).toEqual([]);
  });

  it('are alike where the sources hold nothing but the quotations', () => {
    // No sentence of theirs weighs a word: every word is as rare as any other.
    expect(
      kinds(
        doc('a', '"The end of March is not our deadline," Varin said.', 'news', '2031-03-04'),
        doc('b', '"The end of March is not our deadline," Surin said.', 'news', '2031-03-04'),
      ),
    ).toEqual(['attribution ab']);
  });

  it('are two sentences when they name two days', () => {
    expect(
      kinds(
        wire('a', '"The 31 March deadline is dead," President Oleg Varin told reporters.'),
        wire('b', '"The 15 April deadline is dead," Surin said at his briefing.'),
      ),
    ).toEqual([]);
  });
});

describe("one speaker's short words on a day, given with two days", () => {
  it('are two renderings on one day of publishing', () => {
    expect(
      kinds(
        wire('a', '"The 31 March deadline is dead," President Oleg Varin told reporters.'),
        wire('b', '"The 15 April deadline is dead," Varin told reporters.'),
      ),
    ).toEqual(['quote ab']);
  });

  it('are the sentence said again once the day moved, published days apart', () => {
    expect(
      kinds(
        wire('a', '"The end of March is not our deadline," President Oleg Varin told reporters.'),
        wire('b', '"The end of April is not our deadline," Varin said again on Monday.', '2031-03-24'),
      ),
    ).toEqual([]);
  });
});
