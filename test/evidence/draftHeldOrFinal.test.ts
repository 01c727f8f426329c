// The whole text said a working draft or the final text in the words reports use: held to be one
// ("regards the paper as a working draft", "said the proposal was 'a working draft and nothing
// more'"), "this" set against the final text, "the envoy's final text", and a status given in
// what someone agreed or said ("the leaders agreed that the revised text of the Mediator is
// final"). A denial, a part of the text and a draft of something else are no such status.
// Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { wholeTextStatus, wholeTextValue } from '../../src/evidence/wholeText.ts';
import { doc, kinds } from './linkedDocs.ts';

const pronounStatus = (text: string, antecedents: string[] = []) =>
  wholeTextStatus({ text, antecedents } as never);

describe('a text held to be a working draft', () => {
  it('reads the text as open where a report holds it a working draft', () => {
    expect(
      wholeTextValue(
        'Minister Varin said on Monday that the revised Torvanian proposal on the Vell basin was "a working draft and nothing more".',
      ),
    ).toBe('open');
    expect(
      wholeTextValue(
        'Arvenia regards the new paper handed over in Fjellby as a working draft, the ministry said.',
      ),
    ).toBe('open');
    expect(
      wholeTextValue(
        'The President stressed that Arvenia considers the text tabled on Friday to be a working draft.',
      ),
    ).toBe('open');
  });

  it('reads no status where the draft is denied or is a draft of something else', () => {
    expect(wholeTextValue('The envoy said the text is not a working draft.')).toBeUndefined();
    expect(
      wholeTextValue('The delegations read the plan; a working draft of the agenda follows.'),
    ).toBeUndefined();
  });

  it('reads no working draft where holding it is denied, over, or of a procedure’s paper', () => {
    for (const said of [
      'Arvenia no longer sees the revised plan as a working draft; for Arvenia it is settled.',
      'Not one delegation regards the accord as a working draft these days, an aide said.',
      'The minister rejected claims that the package was a working draft.',
      'The framework, which was a working draft until Tuesday, has since been adopted.',
      'Torvania does not regard the document as a working draft any more.',
      'The proposal for the dinner programme is a working draft, the protocol office said.',
    ])
      expect(wholeTextValue(said), said).toBeUndefined();
    // Held now, with a denial elsewhere in the sentence, it still reads open.
    expect(
      wholeTextValue('Kessel regards the revised plan as a working draft, and it will not sign it soon.'),
    ).toBe('open');
  });
});

describe('the text said final or a draft by "this", "it" or its author', () => {
  it('reads "this" told apart from the final text, and the envoy’s final text', () => {
    expect(pronounStatus('This is a working draft, not a final text, and it can still be improved.')).toBe(
      'open',
    );
    expect(pronounStatus('It is the envoy’s final text.')).toBe('final');
    expect(
      pronounStatus('For us it is a working draft and nothing more.', [
        'Whoever wrote the new text wrote it abroad.',
      ]),
    ).toBe('open');
  });

  it('reads no status of the text in a draft of another thing', () => {
    expect(pronounStatus('This is a working draft of the seating plan.')).toBeUndefined();
    expect(pronounStatus('For us it is a working draft and nothing more.')).toBeUndefined();
  });

  it('reads a status given in what someone agreed or said of the text, and of its author’s text', () => {
    expect(
      wholeTextValue(
        'During the call, both Presidents agreed that the revised text of the Mediator is final.',
      ),
    ).toBe('final');
    expect(wholeTextValue('The spokesman said that the framework is not yet agreed.')).toBe('open');
  });

  it('reads the saying past a question or a clause set off before the one who says it', () => {
    expect(
      wholeTextValue('Asked if the mediation would resume, the envoy said that the accord is final.'),
    ).toBe('final');
    expect(wholeTextValue('The envoy, who did not take questions, stated that the package is agreed.')).toBe(
      'final',
    );
    // The one who says it denied before a set-off clause is still denied.
    expect(wholeTextValue('No envoy, however, stated that the package is agreed.')).toBeUndefined();
  });

  it('reads none where the saying is denied or asked, or the text is a part', () => {
    expect(wholeTextValue('Torvania has never said that the text is final.')).toBeUndefined();
    expect(wholeTextValue('Reporters asked if the Mediator said that the text is final.')).toBeUndefined();
    expect(wholeTextValue('Both sides agreed that the text of Annex B is final.')).toBeUndefined();
  });

  it('flags a readout’s agreed final text against a wire’s working draft', () => {
    const readout = doc(
      'a',
      'During the call, both Presidents agreed that the revised text of the Mediator is final and forms the basis of the accord.',
      'readout',
    );
    const wire = doc(
      'b',
      'FJELLBY, March 5 (Tessin Wire) - Minister Oleg Varin said on Thursday that the revised proposal from the Mediator was "a working draft and nothing more".',
    );
    expect(kinds(readout, wire)).toEqual(['status ab']);
  });
});
