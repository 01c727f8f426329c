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
        '"Nothing unread gets our signature," she said in a recorded video message on Tuesday, her office reported.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-04']]);
    expect(
      events('The foreign minister said in a long thread on Saturday the wording was theirs.', 'news'),
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
        'The mediators announced this morning the next round would open on Monday.',
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
    `PM call with President Varin: 5 March 2031\n\nThe Prime Minister spoke to President Varin this afternoon.\n\nThe leaders agreed to keep talking by phone.\n\n${foot}`;

  it('reads no event in the titles listed under a heading at the foot of the page', () => {
    for (const foot of [
      'Associated links\n\n- Prime Minister’s statement on the Drava talks\n\n- PM meeting with Chancellor Lind: 2 March 2031\n\nMedia Relations: 0 2214 6600',
      'Share this page\n\n- Foreign Secretary statement on Drava\n\nIs this page useful? Yes No',
      'Related Links\n\n• President addresses Union summit via video link\n\n© 2031 Presidency. All rights reserved.',
      'Related: Ministry statement on the framework being initialled (27.02.2031)',
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
        'The two ministers settled on these next steps:\n\n- a second round in Drava on 14 March\n\n- an exchange of lists by 20 March',
        'joint-statement',
      ),
    ).toEqual([
      ['talks', '2031-03-14'],
      ['deadline', '2031-03-20'],
    ]);
    expect(linkedTitles('The talks ended on Tuesday.\n\n- Next round in Drava on 14 March')).toEqual([]);
    expect(
      events(
        'The two ministers settled on these next steps:\n\n- a further round of talks in Drava (14 March 2031)\n\n- a meeting of experts in Kessel (20 March 2031)',
        'joint-statement',
      ),
    ).toEqual([
      ['talks', '2031-03-14'],
      ['meeting', '2031-03-20'],
    ]);
  });

  it("keeps the body's own dated next steps, whatever its last line ends in", () => {
    for (const intro of [
      'The ministers met in Kessel on Monday and set out what comes next.',
      'The ministers met in Kessel on Monday and named three steps for the weeks ahead',
    ])
      expect(
        events(
          `${intro}\n\n- Experts of both sides meet in Fjellby (10 March 2031)\n- Second round of talks in Drava (14 March 2031)`,
          'readout',
        ),
      ).toEqual([
        ['meeting', '2031-03-03'],
        ['meeting', '2031-03-10'],
        ['talks', '2031-03-14'],
      ]);
  });

  it("keeps a communiqué's numbered paragraphs, which end in semicolons", () => {
    const communique =
      'COMMUNIQUÉ\n\nThe Council, meeting in Kessel on 2 March 2031,\n\n1. Welcomes the talks held in Drava;\n\nDecisions\n\n- Requests a report by 31 May 2031;';
    expect(linkedTitles(communique)).toEqual([]);
  });
});
