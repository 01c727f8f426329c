// The text as "it", and the recipients of a giving as sources word them: "We received it on the
// morning of the 9th" after a sentence naming the revised text; "Fjellby says it was handed to both
// delegations"; "transmitted to both heads of delegation"; "was received by both delegations";
// "handed to both delegations in Fjellby" (the place is no recipient); "has been given no text";
// "will receive the text this evening" (not had yet). An "it" that names no text, and the first
// draft against the revised text, stay apart.
// Invented sentences about the Arvenia–Torvania talks (Drava is Torvania's capital, Fjellby Norland's).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, reached } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string, genreA: 'news' | 'press-release' = 'news') =>
  linkSources([doc('a', a, genreA, '2031-03-12'), doc('b', b, 'news', '2031-03-12')], roster).links.map(
    (l) => l.reason,
  );

describe('the recipients of a giving, as sources word them', () => {
  it('reads both heads of delegation, each delegation and the holders after "received by"', () => {
    expect(
      reached('The Mediator transmitted the revised text to both heads of delegation on 9 March.'),
    ).toEqual({
      all: true,
    });
    expect(reached('The new draft was handed over in person to the heads of both delegations.')).toEqual({
      all: true,
    });
    expect(
      reached('The revised framework, of eleven articles, was received by both delegations on 9 March.'),
    ).toEqual({ all: true });
    expect(reached('The revised text was received by the Government of Torvania on Monday.')).toEqual({
      torvania: true,
    });
  });

  it('reads no recipient in the place or the press after the verb', () => {
    expect(reached('The text was handed to both delegations in Fjellby on Friday.')).toEqual({ all: true });
    expect(
      reached('A draft of the framework seen by the Vell Courier would let Torvania keep the dam.'),
    ).toBe(undefined);
  });

  it('reads a text given as none, and a text still to come as not had', () => {
    expect(reached('Torvania says it has been given no text at all.')).toEqual({ torvania: false });
    expect(reached('Both delegations will receive the revised text this evening.')).toEqual({ all: false });
    expect(reached('Nobody showed us the text before Monday.', 'arvenia')).toEqual({ arvenia: false });
  });
});

describe('the text as "it"', () => {
  it('links a party’s "we received it" to the mediator’s note of the giving', () => {
    expect(
      reasons(
        'The Ministry of Foreign Affairs of Norland transmitted the revised text to both heads of delegation on 9 March.',
        'Torvania’s chief negotiator spoke on Tuesday. "The mediators finished the revised text on Sunday. We received it on the morning of 9 March," Citadel spokesman Pavel Surin said.',
        'press-release',
      ),
    ).toContain('the text reaching torvania');
  });

  it('links "it was handed to both delegations" to a party’s word that it has it', () => {
    expect(
      reasons(
        'Arvenia says it has not read the revised draft. Norland says it was handed to both delegations.',
        'FJELLBY, March 11 (Vell Wire) - The revised text was shared with both delegations on 9 March, a Norland official said.',
      ),
    ).toContain('the text reaching all');
    expect(
      reasons(
        'Citadel spokesman Pavel Surin confirmed the revised draft had come through. "Torvania has it," he told reporters.',
        'Torvania has received the revised draft, the mediator’s office said on Wednesday.',
      ),
    ).toContain('the text reaching torvania');
  });

  it('links a party’s "we did not have it" to its complaint that it was not shown the text', () => {
    expect(
      reasons(
        'Diplomats in Drava spoke of the revised text all week. As of Friday, our Torvanian partners in the capital told us plainly that they still did not have it.',
        'Torvania has not been shown the revised text, its foreign ministry said.',
      ),
    ).toContain('the text reaching torvania');
  });

  it('reads no text in an "it" whose sentences name none', () => {
    expect(
      reasons(
        'The ceasefire held through the night. Torvania says it was handed to both delegations as a sign of goodwill.',
        'The revised text was shared with both delegations on 9 March, a Norland official said.',
      ),
    ).not.toContain('the text reaching all');
  });

  it('keeps the first draft and the revised text apart though one is told as "it"', () => {
    expect(
      reasons(
        'Talks centred on the draft that Norland handed to the two delegations on 20 February.',
        'On 9 March the mediation transmitted a revised framework of eleven articles. Torvania received it the same day.',
      ),
    ).not.toContain('the text reaching torvania');
  });
});
