// A text adopted, or a decision taken, by a bloc, a government or its ministers on a day or in a
// place of its own is their sitting, a meeting; a stance adopted, a text adopted long ago or a
// decision in the passive is not. Sentences invented for the test, about the negotiation of
// test/evidence/roster.ts, in the wordings of a readout, a wire, a communiqué, a briefing and a post.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
const events = (body: string, genre = 'news') => {
  const text =
    genre === 'news'
      ? `Bloc weighs its own plan\n\nFJELLBY, May 20 (Nordpress) - ${body}`
      : `MINISTRY OF FOREIGN AFFAIRS OF ARVENIA\n\nPress release\n\n20 May 2031\n\n${body}`;
  return processDocument(new TextEncoder().encode(text), `${genre}.txt`, { roster, received: '2031-06-01' })
    .claims.filter((c): c is EventClaim => c.kind === 'event')
    .map((e) => [e.data.eventKind, e.data.date ?? null]);
};

describe('a text adopted at a sitting', () => {
  it('reads the passive with its place and its day', () => {
    expect(
      events(
        'Arvenia said the eight-point paper adopted in Lindau this morning by the Coastal Group could not replace the mediator’s text.',
      ),
    ).toContainEqual(['meeting', '2031-05-20']);
    expect(
      events('The Coastal Group’s counter was adopted in Lindau on Monday, officials said.'),
    ).toContainEqual(['meeting', '2031-05-19']);
  });

  it('reads the passive with who adopted it, where and when', () => {
    expect(
      events(
        'The government recalls that the proposal adopted by the Coastal Group in Lindau last week should be read in a spirit of complementarity.',
        'press-release',
      ),
    ).toContainEqual(['meeting', null]);
    expect(
      events('We take note of the plan adopted by the Coastal Group in Lindau on 14 May.', 'press-release'),
    ).toContainEqual(['meeting', '2031-05-14']);
  });

  it('reads the active verb with its text and place, or with its day before the subject', () => {
    expect(
      events('Last Wednesday the Coastal Group adopted a plan of its own, a diplomat said.'),
    ).toContainEqual(['meeting', '2031-05-14']);
    expect(
      events(
        'The foreign ministers of the Coastal Group adopt a nine-point counter-proposal in Lindau, the chair said.',
      ),
    ).toContainEqual(['meeting', null]);
    // The day straight after the text, or after its topic.
    expect(events('The Coastal Group adopted a plan on Monday, a diplomat said.')).toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
    expect(
      events('The Coastal Group adopted a proposal on water sharing in Lindau, the chair said.'),
    ).toContainEqual(['meeting', null]);
  });

  it('reads a government that decided on a day of its own', () => {
    expect(
      events('Will Torvania send observers, as Arvenia decided on Tuesday?', 'press-release'),
    ).toContainEqual(['meeting', '2031-05-20']);
  });
});

describe('a text adopted at a sitting told by what the body is', () => {
  it('reads the sitting named as such, the body by its kind, and a fund with its sum', () => {
    expect(
      events(
        'The paper, adopted at a special ministerial council on 18 May, went to both capitals.',
        'press-release',
      ),
    ).toContainEqual(['meeting', '2031-05-18']);
    expect(
      events('The Coastal Group adopted a $40 million relief fund on 18 May, officials said.'),
    ).toContainEqual(['meeting', '2031-05-18']);
  });

  it('reads no sitting in a text adopted by a margin, or a fund only planned', () => {
    expect(events('The paper was adopted by a wide margin on Monday, officials said.')).not.toContainEqual([
      'meeting',
      '2031-05-19',
    ]);
    expect(events('The Coastal Group will adopt a $40 million relief fund on 28 May.')).not.toContainEqual([
      'meeting',
      '2031-05-28',
    ]);
  });
});

// The meetings a document reports, each as its day and who took part.
const sittings = (body: string) =>
  processDocument(
    new TextEncoder().encode(`Bloc weighs its own plan\n\nFJELLBY, May 20 (Nordpress) - ${body}`),
    'news.txt',
    { roster, received: '2031-06-01' },
  )
    .claims.filter((c): c is EventClaim => c.kind === 'event' && c.data.eventKind === 'meeting')
    .map((e) => [e.data.date ?? null, e.data.participants]);

describe('a text adopted by a body named after "by" or "at"', () => {
  it('is a sitting of that body, not of the parties the sentence names around it', () => {
    expect(
      sittings(
        'Torvania hailed the text, adopted by the General Assembly on Tuesday, and pressed Arvenia to answer.',
      ),
    ).not.toContainEqual([expect.anything(), expect.arrayContaining(['torvania'])]);
    expect(
      sittings(
        'Torvania hailed the text adopted at the Coastal Group council on Tuesday and pressed Arvenia to answer.',
      ),
    ).not.toContainEqual([expect.anything(), expect.arrayContaining(['arvenia'])]);
  });

  it('keeps who took part when the body named is a party', () => {
    expect(
      sittings('Torvania hailed the text, adopted by the Union on Tuesday, and pressed Arvenia to answer.'),
    ).toContainEqual([expect.anything(), expect.arrayContaining(['union'])]);
  });
});

describe('no sitting in', () => {
  it('a stance adopted, nor a text adopted in a year long past', () => {
    expect(events('Torvania adopted a harder line in Lindau on Monday, a diplomat said.')).not.toContainEqual(
      ['meeting', '2031-05-19'],
    );
    expect(
      events('Both sides invoked the principles adopted in Lindau in 2029, the mediator said on Monday.'),
    ).not.toContainEqual(['meeting', expect.anything()]);
  });

  it('a statement adopted (its own event), nor an adoption still to come', () => {
    expect(
      events('The joint statement adopted on 12 May asks the Union to guarantee the flow.', 'press-release'),
    ).not.toContainEqual(['meeting', '2031-05-12']);
    expect(
      events('Today the government will adopt the resolution on the new funds, the minister said.'),
    ).not.toContainEqual(['meeting', '2031-05-20']);
  });

  it('a decision in the passive, or by a pronoun', () => {
    expect(
      events('The future of the river is decided in Fjellby, not in Lindau, the minister said.'),
    ).toEqual([]);
    expect(
      events('It was decided on Monday that the talks would go on, a diplomat said.'),
    ).not.toContainEqual(['meeting', '2031-05-19']);
  });
});
