import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

// Invented reports of the Arvenia–Torvania talks: two sources give the parties' replies to the
// mediator's text two days a few days apart, and none of them tells the move between those days.
const envoy = doc(
  'envoy',
  'The mediator has asked both delegations to send their written replies to the revised text by 12 May.',
  'press-release',
  '2031-05-02',
);
const wire = doc(
  'wire',
  'OSTERBY, May 8 (Reuters) - Answers from Arvenia and Torvania on the revised text are now expected by 16 May, officials said.',
  'news',
  '2031-05-08',
);

describe("the parties' replies dated apart", () => {
  it('links two days given for the replies as one deadline', () => {
    expect(eventPairs([envoy, wire])).toContain('envoy-wire');
  });

  it('reads comments on the text as replies', () => {
    const comments = doc(
      'comments',
      'The mediator has asked both delegations for their comments by 12 May.',
      'press-release',
      '2031-05-02',
    );
    const later = doc(
      'later',
      'OSTERBY, May 8 (Reuters) - Comments from Arvenia and Torvania on the text are expected by 16 May, officials said.',
      'news',
      '2031-05-08',
    );
    expect(eventPairs([comments, later])).toContain('comments-later');
  });

  it('links no answer counted from an act ("within seven days") with a day others give', () => {
    const asked = doc('asked', 'We have asked for answers by 12 May.', 'press-conference', '2031-05-06');
    const counted = doc(
      'counted',
      'Torvania will give its response on the fisheries annex within seven days.',
      'news',
      '2031-05-08',
    );
    expect(eventPairs([asked, counted])).toEqual([]);
  });

  it('keeps the replies apart from a signing deadline on another day', () => {
    const signing = doc(
      'signing',
      'The two governments are to sign the agreement by 16 May in Osterby, officials said.',
      'news',
      '2031-05-08',
    );
    expect(eventPairs([envoy, signing])).toEqual([]);
  });

  it('keeps apart replies a few days apart to two texts each names', () => {
    const annex = doc(
      'annex',
      'The mediator wants observations on the fisheries protocol from both capitals by 4 May.',
      'press-release',
      '2031-04-28',
    );
    const survey = doc(
      'survey',
      'VELL, May 1 (AP) - Responses from the two sides to the census of river villages are due by 9 May, an official said.',
      'news',
      '2031-05-01',
    );
    expect(eventPairs([annex, survey])).toEqual([]);
    const same = doc(
      'same',
      'VELL, May 1 (AP) - Responses from the two sides on the fisheries protocol are due by 9 May, an official said.',
      'news',
      '2031-05-01',
    );
    expect(eventPairs([annex, same])).toContain('annex-same');
  });

  it('keeps replies due weeks apart as two deadlines', () => {
    const later = doc(
      'later',
      'Answers from Arvenia and Torvania on the second draft are expected by 9 June, officials said.',
      'news',
      '2031-05-08',
    );
    expect(eventPairs([envoy, later])).toEqual([]);
  });
});
