// Two classes of official and news pages: a remark told with its medium or its chamber ("said in a
// video message on Tuesday", "told parliament", "the mediators announced this morning") is the
// occasion of a statement; a page's list of related links ("Associated links", "Related: ...")
// names other pages' events, not this one's. Sentences and pages invented for the test;
// 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { linkedTitles } from '../../src/evidence/pageLinks.ts';
import { events } from './eventsOf.ts';

describe('a remark told with its medium or its chamber', () => {
  it('reads a remark in a video message, a thread or an address, trailing or leading', () => {
    expect(
      events(
        '"We will sign nothing we have not read," she said in a video message on Tuesday, according to her office.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-04']]);
    expect(
      events('The foreign minister said in a thread on Saturday that the wording was theirs.', 'news'),
    ).toEqual([['statement', '2031-03-01']]);
    expect(events('The President wrote in a letter to the envoy that the text was final.', 'news')).toEqual([
      ['statement', null],
    ]);
  });

  it('reads a chamber told, with or without its day, as a remark made', () => {
    expect(events('The Europe minister told MPs on 3 March that no ministers were there.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
    expect(
      events('In Velm, the minister told parliament the government would send monitors.', 'news'),
    ).toEqual([['statement', null]]);
  });

  it('reads an announcement on its day, beside what it announces', () => {
    expect(
      events(
        'The mediators announced this morning that the next round will open on Monday.',
        'meeting-transcript',
      ),
    ).toEqual([
      ['statement', '2031-03-05'],
      ['talks', '2031-03-10'],
    ]);
  });

  it('leaves a remark with neither day, medium nor chamber alone', () => {
    expect(events('He said the talks had been useful.', 'news')).toEqual([]);
    expect(events('The plan was announced in 2019.', 'news')).toEqual([]);
    expect(events('She told reporters the text was agreed.', 'news')).toEqual([]);
  });
});

describe("a page's related links", () => {
  const page = (foot: string) =>
    `PM call with President Varin: 5 March 2031\n\nThe Prime Minister spoke to President Varin this afternoon.\n\nThe leaders agreed to stay in close contact.\n\n${foot}`;

  it('reads no event in the titles listed under a heading at the foot of the page', () => {
    for (const foot of [
      'Associated links\n\n- Statement by the Prime Minister on the Drava talks\n\n- PM meeting with Chancellor Lind: 2 March 2031\n\nMedia Relations: 0 2214 6600',
      'Share this page\n\n- Foreign Secretary statement on Drava\n\nIs this page useful? Yes No',
      'Related Links\n\n• President addresses Union summit via video link\n\n© 2031 Presidency. All rights reserved.',
      'Related: Statement of the Ministry on the initialling of the framework (27.02.2031)',
    ])
      expect(events(page(foot))).toEqual([['call', '2031-03-05']]);
  });

  it("reads no event in listed titles that carry their page's day, or stand under a heading with a colon", () => {
    for (const foot of [
      '- Minister Lind receives the Torvanian envoy (04/03/2031)\n\n- Foreign Minister Berg in the Diet on the Drava round (2 March 2031)\n\nPrint | Share',
      'Other news:\n\n- Kostal and Varin sign a memorandum on fisheries\n\n- Minister Berg meets the Drava envoy (March 2, 2031)',
    ])
      expect(events(page(foot))).toEqual([['call', '2031-03-05']]);
  });

  it("keeps the body's own points: bullets under its last line, or under a colon", () => {
    expect(
      events(
        'The ministers agreed on the following steps:\n\n- a second round in Drava on 14 March\n\n- an exchange of lists by 20 March',
        'joint-statement',
      ),
    ).toEqual([
      ['talks', '2031-03-14'],
      ['deadline', '2031-03-20'],
    ]);
    expect(linkedTitles('The talks ended on Tuesday.\n\n- Next round in Drava on 14 March')).toEqual([]);
    expect(
      events(
        'The ministers agreed on the following steps:\n\n- a second round of talks in Drava (14 March 2031)\n\n- a meeting of experts in Kessel (20 March 2031)',
        'joint-statement',
      ),
    ).toEqual([
      ['talks', '2031-03-14'],
      ['meeting', '2031-03-20'],
    ]);
  });

  it("keeps a communiqué's numbered paragraphs, which end in semicolons", () => {
    const communique =
      'COMMUNIQUÉ\n\nThe Council, meeting in Ottavel on 2 March 2031,\n\n1. Welcomes the talks held in Drava;\n\nDecisions\n\n- Requests a report by 31 May 2031;';
    expect(linkedTitles(communique)).toEqual([]);
  });
});
