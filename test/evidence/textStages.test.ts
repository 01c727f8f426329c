// The stage a negotiated text reached — initialled, signed, ratified — said in different
// words and forms by different sources, and said reached by one and not reached by another.
// Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { textStages } from '../../src/evidence/textStages.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const stagesOf = (text: string) => {
  const [p] = passagesOf(doc('a', text), roster);
  return Object.fromEntries([...textStages(p!, roster)].map(([stage, said]) => [stage, said.reached]));
};
const reasons = (a: string, b: string, published = ['2031-03-05', '2031-03-06']) =>
  linkSources([doc('a', a, 'news', published[0]), doc('b', b, 'readout', published[1])], roster).links.map(
    (l) => l.reason,
  );

describe('the stage a text reached', () => {
  it('reads a stage reached from a verb, an adjective and a noun welcomed', () => {
    for (const text of [
      'The delegations initialled the text of the river accord in Fjellby on Tuesday.',
      'The committee has before it the initialled text of the river accord.',
      'The three delegations left Fjellby with an initialled text on the river.',
      'The Council welcomes the initialling of the river accord in Fjellby.',
      'The river accord, initialed by both delegations, now goes to the capitals.',
    ])
      expect(stagesOf(text), text).toEqual({ initial: 'done' });
  });

  it('reads a stage still to come as none reached, and a denied one as not reached', () => {
    for (const text of [
      'The river accord will be signed by the end of March in Fjellby.',
      'Ministers are expected to sign the river accord before the summer.',
      'The accord must be ratified before the observers can deploy along the river.',
      'Once the accord is ratified, the observers deploy along the river.',
      'The initialling ceremony for the river accord is set for Tuesday in Fjellby.',
    ])
      expect(stagesOf(text), text).toEqual({});
    expect(stagesOf('I want to be clear about the river accord: initialled, not signed.')).toEqual({
      initial: 'done',
      sign: 'not',
    });
    expect(stagesOf('The river accord has not yet been ratified by either parliament.')).toEqual({
      ratify: 'not',
    });
  });

  it('links two sources saying one stage reached in different words', () => {
    expect(
      reasons(
        'Negotiators from Arvenia and Torvania initialled on Tuesday the text of an accord on water sharing and river patrols.',
        'The Council has before it the initialled text of the river accord, which goes to ministers next.',
      ),
    ).toContain('the text reached one stage (initial)');
  });

  it('does not link one stage on two named days, in two years, or by two parties', () => {
    expect(
      reasons(
        'The delegations initialled the water annex on 3 March 2031 in Fjellby.',
        'The delegations initialled the patrol protocol on 5 March 2031 in Drava.',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'An earlier river accord, ratified in 1998, gave Arvenia half the flow of the river.',
        'The water accord was ratified by both chambers, the speaker told reporters in the capital.',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'The parliament of Arvenia ratified the river accord on a vote of 120 to 30 this week.',
        'Torvania ratified the river accord after a long debate in its upper chamber this week.',
      ),
    ).toEqual([]);
  });

  it('takes a signing said done for an event, not a status of the text: no link by stage alone', () => {
    expect(
      reasons(
        'President Kostal and President Varin signed the river accord in Fjellby this afternoon.',
        'Signed yesterday in Fjellby: the river accord between Arvenia and Torvania, after six rounds.',
      ),
    ).not.toContain('the text reached one stage (sign)');
  });

  it('flags a stage said reached by one source and not reached by another', () => {
    const { disagreements } = linkSources(
      [
        doc('a', 'Today in Fjellby we signed the river accord with our Torvanian partners.', 'social'),
        doc('b', 'Let me be precise about the river accord: it is initialled, not signed.', 'readout'),
      ],
      roster,
    );
    expect(disagreements.map((d) => `${d.kind} ${d.reason}`)).toEqual(['status sign reached vs not reached']);
  });
});
