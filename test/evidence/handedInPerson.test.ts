// A text handed to someone named, tabled at a sitting the clause names or by the mediator, handed
// out or handed over, on its day, is handed over at a sitting: a meeting. A side's paper tabled on a
// day, nowhere said, is its statement. A text submitted, circulated or handed in stays a statement. Sentences
// invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { handedInPerson } from '../../src/evidence/handedInPerson.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
const events = (body: string) =>
  processDocument(
    new TextEncoder().encode(`Envoys trade drafts\n\nFJELLBY, May 20 (Nordpress) - ${body}`),
    'news.txt',
    { roster, received: '2031-06-01' },
  )
    .claims.filter((c): c is EventClaim => c.kind === 'event')
    .map((e) => [e.data.eventKind, e.data.date ?? null]);

describe('a text handed over in person', () => {
  it('is a meeting when the text says to whom, on its day', () => {
    expect(
      events(
        'The draft, which a Fjellby paper said was handed to both sides in Lindau on April 25, runs to 20 points.',
      ),
    ).toContainEqual(['meeting', '2031-04-25']);
    expect(
      events('The envoy said she handed the revised text to Kostal personally on Sunday, a diplomat said.'),
    ).toContainEqual(['meeting', '2031-05-18']);
    expect(events('Norland handed both sides a 20-point draft on 17 May, officials said.')).toContainEqual([
      'meeting',
      '2031-05-17',
    ]);
  });

  it('is no meeting when submitted or handed in', () => {
    expect(
      events('Arvenia submitted its written comments to the mediator on Monday, officials said.'),
    ).not.toContainEqual(['meeting', '2031-05-19']);
    expect(events('Torvania handed in its reply on Monday, officials said.')).toEqual([
      ['statement', '2031-05-19'],
    ]);
  });

  it('is a meeting when handed over, from hand to hand, to no one said', () => {
    expect(events('Torvania handed over its reply on Monday, officials said.')).toEqual([
      ['meeting', '2031-05-19'],
    ]);
    expect(handedInPerson('handed over', ' its reply on Monday')).toBe(true);
  });

  it('reads the word and what follows it', () => {
    expect(handedInPerson('handed', ' to Ada Lind on Monday')).toBe(true);
    expect(handedInPerson('handed', ' both sides a new text')).toBe(true);
    expect(handedInPerson('submitted', ' to the mediator')).toBe(false);
    expect(handedInPerson('handed', ' down a ruling on Monday')).toBe(false);
    // A day or a month after "to" receives nothing; a text "handed in" is submitted.
    expect(handedInPerson('handed', " over its reply to Monday's proposal")).toBe(false);
    expect(handedInPerson('handed', ' in its reply to the mediator on Friday')).toBe(false);
    expect(handedInPerson('handed', ' the text over to March 3 for the vote')).toBe(false);
    expect(handedInPerson('handed', ' in person to the mediator')).toBe(true);
    expect(handedInPerson('handed', ' it to May Larsen on Friday')).toBe(true);
  });

  it('reads a text handed to a newsroom or a legislature as no sitting with it (a leak, a filing)', () => {
    expect(handedInPerson('handed', ' to Reuters on Monday by an Arvenian official')).toBe(false);
    expect(handedInPerson('handed', ' a copy to the Fjord Times on Monday')).toBe(false);
    expect(handedInPerson('handed', ' the text to the New York Times')).toBe(false);
    expect(handedInPerson('handed', ' a copy to the Times on Monday')).toBe(false);
    expect(handedInPerson('handed', ' its reply to Parliament on Monday')).toBe(false);
    expect(handedInPerson('handed', ' its reply to the Arvenian delegation on Monday')).toBe(true);
  });

  it('is a meeting when the text is tabled or handed out, laid before those at the table', () => {
    expect(events('Norland tabled a nine-point paper in Fjellby on Monday, officials said.')).toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
    expect(events('The plan the envoy tabled on 12 May is now the basis of the talks.')).toContainEqual([
      'meeting',
      '2031-05-12',
    ]);
    expect(
      events('On Monday the facilitator handed out his revised roadmap, a delegate said.'),
    ).toContainEqual(['meeting', '2031-05-19']);
    expect(handedInPerson('tabled', ' a revised text on Monday', 'The envoy ')).toBe(true);
    expect(handedInPerson('tabled', ' a revised text here on Monday')).toBe(true);
    expect(handedInPerson('handed', ' a revised text to the four delegations on Monday')).toBe(true);
    expect(handedInPerson('handed', ' out the new draft')).toBe(true);
  });

  it('is no meeting when the text went at a distance, to the press, or was tabled as put off', () => {
    expect(
      events('Arvenia tabled its amended annex on Monday by letter to the facilitator, officials said.'),
    ).not.toContainEqual(['meeting', '2031-05-19']);
    expect(
      events('Torvania handed over its written answer via diplomatic channels on Monday, officials said.'),
    ).not.toContainEqual(['meeting', '2031-05-19']);
    expect(
      events(
        'On Monday the facilitator handed out summaries of the roadmap to journalists, a delegate said.',
      ),
    ).not.toContainEqual(['meeting', '2031-05-19']);
    expect(
      events('The motion was tabled on Monday and so shelved until the following session, officials said.'),
    ).not.toContainEqual(['meeting', '2031-05-19']);
    expect(handedInPerson('tabled', ' on Monday until the autumn session')).toBe(false);
    expect(handedInPerson('handed', ' its reply to the Arvenian delegation in writing')).toBe(false);
  });

  it("is a side's statement when it tables its own paper on a day, no sitting said", () => {
    expect(events('The counter-paper Kessel and Vik tabled on 14 May was drafted in Fjellby.')).toEqual([
      ['statement', '2031-05-14'],
    ]);
    expect(events('Torvania tabled a six-point paper of its own on Monday, officials said.')).toEqual([
      ['statement', '2031-05-19'],
    ]);
    expect(handedInPerson('tabled', ' a revised text on Monday', 'Arvenia ')).toBe(false);
  });

  it('is no meeting when the tabled text is only described, or a text is circulated', () => {
    expect(events('The tabled text runs to nine points, officials said.')).toEqual([]);
    expect(
      events('Arvenia circulated its written comments to the capitals on Monday, officials said.'),
    ).not.toContainEqual(['meeting', '2031-05-19']);
    expect(handedInPerson('circulated', ' a revised text on Monday')).toBe(false);
  });
});

describe('a text tabled at a sitting the sentence names before the verb', () => {
  it('is a meeting when the sentence opens on the sitting, or the sitting is in the verb clause', () => {
    expect(
      handedInPerson(
        'tabled',
        ' a new map of the river line.',
        'At the plenary in Kessel on Monday, Torvania ',
      ),
    ).toBe(true);
    expect(
      handedInPerson(
        'tabled',
        ' a new map.',
        'Across the table from the Arvenian delegation on Monday, Torvania ',
      ),
    ).toBe(true);
    expect(handedInPerson('tabled', ' its counter-paper.', 'Torvania at the afternoon session ')).toBe(true);
    expect(
      events('At the second session on Monday, Torvania tabled a map of its own, officials said.'),
    ).toContainEqual(['meeting', '2031-05-19']);
  });

  it('is no sitting when the sitting is told in a clause of its own, or someone else says it', () => {
    expect(
      handedInPerson('tabled', ' a paper of its own.', 'After talks at the summit broke down, Torvania '),
    ).toBe(false);
    expect(
      handedInPerson('tabled', ' a paper on Monday.', 'Kostal said at the summit that Torvania had '),
    ).toBe(false);
    expect(handedInPerson('tabled', ' a paper on Monday.', 'At the summit, Kostal said Torvania had ')).toBe(
      false,
    );
    expect(events('Torvania tabled a six-point paper of its own on Monday, officials said.')).toEqual([
      ['statement', '2031-05-19'],
    ]);
  });
});

describe('a text the mediator tables, named by the roster', () => {
  it('is a meeting when the mediating party or its envoy is named as the tabler', () => {
    expect(events('Norland tabled a nine-point paper on Monday, officials said.')).toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
    expect(events('Dahl tabled a revised plan on Monday, officials said.')).toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
  });
  it('is still a statement when a side tables, with the mediator named elsewhere', () => {
    expect(events('Torvania tabled a nine-point paper on Monday, Norland said.')).not.toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
    expect(events('Arvenia tabled a revised plan on Monday, officials said.')).not.toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
  });
});
