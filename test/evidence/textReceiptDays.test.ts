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
});
