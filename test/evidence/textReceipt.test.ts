// Who has the text: a text said to be shared with both delegations, or in every party's hands,
// and a party that, no earlier, says it has not received it or was not shown it, cannot both be
// true. Said before, the party simply had it later. Invented lines of the Arvenia–Torvania talks in
// a readout, a briefing transcript, a Telegram post and a wire.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const readout = (published: string) =>
  doc(
    'a',
    'Secretary Solberg noted that the revised text of the water protocol was shared with both delegations today.',
    'readout',
    published,
  );

describe('who has the text', () => {
  it('flags a party that says it has not received a text said to be with both delegations', () => {
    const post = doc(
      'b',
      'Pavel Surin: Torvania has not received the revised text. We read about it in the newspapers.',
      'social',
      '2031-03-07',
    );
    expect(kinds(readout('2031-03-05'), post)).toEqual(['status ab']);
    const transcript = doc(
      'b',
      [
        'Question: Mr President, have you seen the revised text?',
        'President Varin: No. We have not been shown the revised text, whatever Fjellby says.',
      ].join('\n\n'),
      'press-conference',
      '2031-03-06',
    );
    expect(kinds(readout('2031-03-05'), transcript)).toEqual(['status ab']);
  });

  it('flags "shown to everyone except" a party against all parties having it', () => {
    const briefing = doc(
      'a',
      [
        'MODERATOR: Mr Dahl.',
        'SPECIAL ENVOY DAHL: All parties now have the text in hand, and we expect answers by Friday.',
      ].join('\n\n'),
      'press-conference',
      '2031-03-05',
    );
    const wire = doc(
      'b',
      'DRAVA, March 6 (Norland Wire) - The text has been shown to everyone except Torvania, its foreign ministry said on Thursday.',
      'news',
      '2031-03-06',
    );
    expect(kinds(briefing, wire)).toEqual(['status ab']);
  });

  it('leaves a party that had not received a text before it was sent', () => {
    const before = doc(
      'a',
      'As of this morning, the Torvanian side had not yet received the revised text, the ministry said.',
      'readout',
      '2031-03-05',
    );
    const after = doc(
      'b',
      'The revised text was transmitted to the Government of Torvania on 6 March.',
      'joint-statement',
      '2031-03-07',
    );
    expect(kinds(before, after)).toEqual([]);
  });

  it('leaves two states of the text, and a text still to be sent', () => {
    const first = doc(
      'a',
      'The first draft was handed to both delegations on 1 March.',
      'readout',
      '2031-03-02',
    );
    const notRevised = doc('b', 'Torvania has not received the revised text.', 'news', '2031-03-05');
    expect(kinds(first, notRevised)).toEqual([]);
    const call = doc(
      'a',
      'The Union calls for the text to be transmitted to Torvania without delay.',
      'joint-statement',
      '2031-03-02',
    );
    const notYet = doc('b', 'Torvania has not received the text, Surin said.', 'news', '2031-03-05');
    expect(kinds(call, notYet)).toEqual([]);
  });

  it('leaves a text to be sent once something else is done: a giving in a clause of time or condition', () => {
    const notYet = doc(
      'b',
      'By Tuesday morning Torvania had still not received the new text, its foreign minister said.',
      'news',
      '2031-03-05',
    );
    for (const [genre, line] of [
      [
        'news',
        'Solberg said the new text would have to be initialled by Arvenia and Norland before being sent to Torvania.',
      ],
      [
        'press-conference',
        'SPECIAL ENVOY DAHL: Only once the two capitals sign off will the new text be handed to Torvania.',
      ],
      [
        'readout',
        'The leaders agreed that the new draft, once the experts have finished, should be transmitted to Torvania.',
      ],
      [
        'social',
        'If Arvenia accepts the last changes, the new text goes out — it will be shown to Torvania next week.',
      ],
    ] as const)
      expect(kinds(doc('a', line, genre, '2031-03-04'), notYet), line).toEqual([]);
    // Given outright, it still conflicts.
    const given = doc(
      'a',
      'The new text was handed to Torvania on Monday, Solberg said.',
      'news',
      '2031-03-04',
    );
    expect(kinds(given, notYet)).toEqual(['status ab']);
  });
});
