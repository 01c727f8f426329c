// Who has the text, in the other words sources use for it: the text as the subject of "went to",
// an adverb of time before the denial ("has still not seen"), the speaker's side as "my
// delegation", and a passive denial that names the one not given it after the verb ("it was not
// sent to us"). Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const sent = doc(
  'a',
  'Envoy Dahl said the amended draft was sent to both delegations on 4 March by secure mail.',
  'news',
  '2031-03-05',
);

describe('who has the text, in other words', () => {
  it('reads the text that "went to" both delegations as given them', () => {
    const went = doc('a', 'The amended draft went to both delegations on 4 March.', 'readout', '2031-03-05');
    const denied = doc('b', 'Torvania has not been shown the amended draft.', 'social', '2031-03-07');
    expect(kinds(went, denied)).toEqual(['status ab']);
  });

  it('leaves a delegation that went somewhere with a text: the delegation is the subject', () => {
    const trip = doc(
      'a',
      'The Torvanian delegation went to Kessel on 4 March with the amended draft.',
      'news',
      '2031-03-05',
    );
    const denied = doc('b', 'Arvenia has not been shown the amended draft.', 'social', '2031-03-07');
    expect(kinds(trip, denied)).toEqual([]);
  });

  it('reads "has still not seen" and "my delegation" as a denial by that side', () => {
    const still = doc('b', 'Torvania has still not seen the amended draft.', 'social', '2031-03-07');
    expect(kinds(sent, still)).toEqual(['status ab']);
    const mine = doc(
      'b',
      'Pavel Surin told reporters: "My delegation has not seen the amended draft, whatever Fjellby says."',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, mine)).toEqual(['status ab']);
  });

  it('reads the one named after a passive denial: "was not sent to Torvania"', () => {
    const passive = doc(
      'b',
      'The amended draft, a ministry official said, was not sent to Torvania at all.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, passive)).toEqual(['status ab']);
    // Given to one and kept from another: the one after "to" is the one given it.
    const other = doc(
      'b',
      'The amended draft, a ministry official said, was sent to Torvania and not to the press.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, other)).toEqual([]);
  });

  it('leaves a giving put as a question: "asked whether it had been sent to both delegations"', () => {
    const asked = doc(
      'a',
      'Reporters asked Envoy Dahl whether the amended draft had been sent to both delegations on 4 March.',
      'news',
      '2031-03-05',
    );
    const denied = doc('b', 'Torvania has not been shown the amended draft.', 'social', '2031-03-07');
    expect(kinds(asked, denied)).toEqual([]);
  });
});
