// Sentences that name a party near a text without saying it wrote that text: a reader's impression
// ("reads like it came from …"), the allies of a party as the subject, an owner the roster does not
// know ("the bloc's paper"), a thing proposed that is no text ("the order of signature proposed by
// the mediator"), an agent denied ("written in Kessel rather than by the mediator"); and a
// quotation of a counter-proposal's author, named by the sentence around it, against the plan's
// author. Invented sentences in Slack, AP, AFP, EU Council, Telegram and BBC styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const authorship = (...docs: ReturnType<typeof doc>[]) =>
  kinds(...docs).filter((k) => k.startsWith('authorship'));
const mediators = doc(
  'a',
  'In Fjellby, the special envoy Henrik Dahl insists that the revised plan was drafted by his team alone.',
);

describe('a party named near a text, not as its author', () => {
  it('reads no author from an impression of a text', () => {
    const slack = doc(
      'b',
      'ok read the whole plan. Reads like it came from the Torvanian ministry of defence.',
      'social',
    );
    expect(authorship(mediators, slack)).toEqual([]);
  });

  it('reads no author from the allies of a party, nor from an owner the roster does not know', () => {
    const wire = doc(
      'b',
      'Varin met Dahl in Fjellby on 16 March, a week after regional allies of Drava put forward their own plan for ending the dispute.',
    );
    const afp = doc(
      'c',
      'Ola Berg, an analyst at the Kessel Institute for Northern Affairs, told AFP the bloc’s plan was "a way of telling the mediators that Drava has friends".',
    );
    expect(authorship(mediators, wire, afp)).toEqual([]);
  });

  it('reads no author from an order of signature proposed, and a denied agent as no author', () => {
    const council = doc(
      'b',
      '7. Notes the order of signature of the plan proposed by the mediator, namely Arvenia, Torvania and the Union as witness;',
      'joint-statement',
    );
    expect(authorship(mediators, council)).toEqual([]);
    const readout = doc(
      'c',
      'The President noted that, according to the information at his disposal, the plan was written in Kessel rather than by the mediator.',
      'readout',
    );
    expect(authorship(mediators, readout)).toEqual(['authorship ac']);
  });

  it('gives a quotation the counter-proposal its sentence names, not the plan', () => {
    const bbc = doc(
      'b',
      'The minister praised the Union’s counter-proposal, which he described as "a serious contribution prepared by the Union secretariat, not by any single capital."',
    );
    expect(authorship(mediators, bbc)).toEqual([]);
    const wire = doc(
      'c',
      'The counter-proposal was prepared by the Union secretariat, the minister told AFP.',
    );
    const officials = doc(
      'd',
      'Torvanian officials insist the counter-proposal was written in Kessel, not in Brussels.',
    );
    expect(authorship(wire, officials)).toEqual(['authorship cd']);
  });
});

describe('a writer named in what others say', () => {
  const envoy = doc(
    'a',
    'The revised plan was drafted by the special envoy Henrik Dahl and his team in Fjellby.',
  );

  it('reads no author from reports or rumours a source takes note of or dismisses', () => {
    const noted = doc(
      'b',
      'The Union has taken note of reports that the revised plan was drafted by Arvenian officials.',
    );
    const dismissed = doc(
      'c',
      'Kessel on Monday dismissed rumours that the revised plan was written in Drava.',
    );
    expect(authorship(envoy, noted)).toEqual([]);
    expect(authorship(envoy, dismissed)).toEqual([]);
  });

  it('reads no author from described reports or from claims a source waves away', () => {
    const pressReports = doc(
      'b',
      'The Council is aware of recent press reports that the revised plan was drafted by Arvenian officials.',
    );
    const claims = doc('c', 'Kessel rejected claims that the revised plan was written by Arvenian advisers.');
    expect(authorship(envoy, pressReports)).toEqual([]);
    expect(authorship(envoy, claims)).toEqual([]);
  });

  it('reads the author of reports a source confirms', () => {
    const confirmed = doc(
      'b',
      'The Council acknowledged the reports that the revised plan was drafted by Arvenian officials.',
    );
    expect(authorship(envoy, confirmed)).toHaveLength(1);
  });

  it('still reads the author an outlet reports itself', () => {
    const courier = doc(
      'b',
      'The Courier reports that the revised plan was drafted by Arvenian officials in Kessel.',
    );
    expect(authorship(envoy, courier)).toHaveLength(1);
  });
});
