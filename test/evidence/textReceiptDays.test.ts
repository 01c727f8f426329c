// When a text reached a party: one source says it was given to the party (or to every party at
// the table) on one day, another that the party received it days later. Invented sentences
// about the Arvenia–Torvania talks, in the styles of a presidential readout, a spokesman's
// answer in a briefing, a mediator's release and a wire.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const readout = doc(
  'a',
  'He indicated that the revised text had been transmitted simultaneously to the two delegations on Friday 14 March.',
  'readout',
  '2031-03-17',
);
const release = doc(
  'a',
  'The Mediator shared the revised draft with both delegations on 10 March.',
  'press-release',
  '2031-03-10',
);

describe('the day a text reached a party', () => {
  it('flags a party that says it received the text days after it was given to all', () => {
    const briefing = doc(
      'b',
      'Q: You complained that Torvania received the revised text late.\n\nSURIN: We received it on the morning of Tuesday the 18th, by courier, four days after Arvenia had it.',
      'press-conference',
      '2031-04-01',
    );
    expect(kinds(readout, briefing)).toEqual(['date ab']);
    const wire = doc(
      'b',
      'Torvania got the revised draft only on 13 March, a Citadel spokesman said.',
      'news',
      '2031-03-14',
    );
    expect(kinds(release, wire)).toEqual(['date ab']);
  });

  it('flags one text said sent to the parties on two days, however the sending is worded', () => {
    const wire = (words: string) =>
      doc('b', `The revised text ${words}, a Citadel spokesman said.`, 'news', '2031-03-20');
    expect(kinds(readout, wire('was e-mailed to Torvania by the Mediator on 11 March'))).toEqual(['date ab']);
    // Both tell the day it left: a day apart is no transit.
    expect(kinds(readout, wire('was sent by courier on 13 March to both delegations'))).toEqual(['date ab']);
    expect(kinds(readout, wire('"went to both capitals by hand on 12 March"'))).toEqual(['date ab']);
    expect(kinds(readout, wire('was delivered by hand to each of the two delegations on 12 March'))).toEqual([
      'date ab',
    ]);
    expect(kinds(readout, wire('was sent by courier on 14 March to both delegations'))).toEqual([]);
    // A copy delivered later is a formality, not the day the text went out.
    const copy = doc(
      'b',
      'On 19 March a courier brought both delegations a certified copy of the revised text.',
      'news',
      '2031-03-20',
    );
    expect(kinds(readout, copy)).toEqual([]);
    // The first text given, set against the revision given days later, is two givings.
    const first = doc(
      'b',
      'The first text was e-mailed to Torvania by the Mediator on 3 March.',
      'news',
      '2031-03-20',
    );
    expect(kinds(readout, first)).toEqual([]);
  });

  it('counts a text given to the party or its delegation, not passed on to a body at home', () => {
    const given = doc(
      'b',
      'The revised text went to the Torvanian delegation on 10 March.',
      'news',
      '2031-03-20',
    );
    // Sent on to a party's parliament or ministry, or forwarded, is a later step than its giving.
    for (const text of [
      'The revised text was sent to the Torvanian parliament on 16 March.',
      "The revised text was delivered to Torvania's foreign ministry on 16 March.",
      'The revised text was forwarded to Torvania on 16 March.',
    ])
      expect(kinds(given, doc('a', text, 'news', '2031-03-20'))).toEqual([]);
    expect(
      kinds(given, doc('a', 'The revised text was delivered to Torvania on 16 March.', 'news', '2031-03-20')),
    ).toEqual(['date ba']);
  });

  it('reads a party shown the text, or seeing it first, days later as receiving it then', () => {
    for (const text of [
      'Torvania was shown the revised draft only on 14 March, its spokesman said.',
      'Torvania saw the revised draft for the first time on 14 March, its spokesman said.',
    ])
      expect(kinds(release, doc('b', text, 'news', '2031-03-15'))).toEqual(['date ab']);
    // Seen on a day, not first: it may have had the text for a week.
    const seen = doc(
      'b',
      'Torvania saw the revised draft on 14 March and rejected it, its spokesman said.',
      'news',
      '2031-03-15',
    );
    expect(kinds(release, seen)).toEqual([]);
  });

  it('flags nothing for a text a day in transit, another text, or another state of it', () => {
    const nextDay = doc(
      'b',
      'Torvania received the revised draft on 11 March, its spokesman said.',
      'news',
      '2031-03-12',
    );
    expect(kinds(release, nextDay)).toEqual([]);
    const invitation = doc(
      'b',
      'Torvania received the invitation to the signing on 20 March, its spokesman said.',
      'news',
      '2031-03-21',
    );
    expect(kinds(release, invitation)).toEqual([]);
    const firstDraft = doc(
      'b',
      'Torvania received the first draft on 2 March, its spokesman said.',
      'news',
      '2031-03-12',
    );
    expect(kinds(release, firstDraft)).toEqual([]);
  });

  it('flags nothing against the giving of a text the new one replaced', () => {
    const got = doc(
      'b',
      'Torvania received the revised draft on 18 March, its spokesman said.',
      'news',
      '2031-03-19',
    );
    const replaced = doc(
      'a',
      'The revised draft replaces the framework handed to both delegations on 2 March.',
      'press-release',
      '2031-03-10',
    );
    expect(kinds(replaced, got)).toEqual([]);
    // Told apart from the replaced one, the giving of the new text still counts.
    const given = doc(
      'a',
      'The revised draft, which replaces the framework of February, was handed to both delegations on 2 March.',
      'press-release',
      '2031-03-10',
    );
    expect(kinds(given, got)).toEqual(['date ab']);
    const sharedNew = doc(
      'a',
      'The revised draft replaces the framework and has been handed to both delegations on 2 March.',
      'press-release',
      '2031-03-10',
    );
    expect(kinds(sharedNew, got)).toEqual(['date ab']);
  });
});
