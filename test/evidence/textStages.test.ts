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

  it('reads a signing given as a time, a condition or a wish as no stage reached', () => {
    for (const text of [
      'Patrols along the river resume the week after the signing, the mission said.',
      'Ministers will meet again after the signing to settle the patrol rota.',
      'The first payment falls due within 60 days of the river accord being signed.',
      'Patrols start as soon as the water annex is signed by both sides.',
      'Arvenia wants the river accord signed before the flood season.',
      'The Arvenian treasury has not signed off on the cost of the patrols.',
    ])
      expect(stagesOf(text), text).toEqual({});
    // A signing told as past, or since a past signing, is still a stage reached.
    expect(stagesOf('Patrols resumed on the river after the accord was signed in Fjellby.')).toEqual({
      sign: 'done',
    });
    expect(stagesOf('The river has been calm since the signing of the accord.')).toEqual({ sign: 'done' });
  });

  it('reads a rule of any text, and the rest of its sentence, as no stage reached', () => {
    for (const text of [
      'A river treaty of this kind is signed by the heads of state, never by envoys.',
      'Nothing is signed here until both capitals say it is signed.',
      'An accord is signed by equals or it is not signed at all.',
      'Trust is not signed in an afternoon; it is earned over years.',
    ])
      expect(stagesOf(text), text).toEqual({});
    // A pronoun or a named text is one text, not a rule.
    expect(stagesOf('It is signed, and the river accord now goes to parliament.')).toEqual({ sign: 'done' });
    expect(stagesOf('The river accord is not signed yet, the spokesman said.')).toEqual({ sign: 'not' });
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
