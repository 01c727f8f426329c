// A text agreed in part ("agreed on the text of 18 of them", "the bulk of the framework",
// "in its main parts") or still being worked on ("is being finalised") is not final, though
// "agreed" and "finalised" are in the sentence. Against "the text is not final" it agrees;
// against "the text has been finalised" it disagrees. Invented lines of the Arvenia–Torvania
// talks in a joint statement's, a briefing's, a wire's and a ministry post's house styles.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/evidence/status.ts';
import { doc, kinds } from './linkedDocs.ts';

const status = (text: string) => statusOf({ text, words: new Set<string>() } as never)?.value;

describe('a text agreed in part or being finalised is open', () => {
  it('reads partial agreement as open', () => {
    for (const text of [
      'The Parties reviewed the draft Framework Agreement, which now consists of 22 points, and agreed on the text of 18 of them.',
      'The sides have agreed on the bulk of the framework document.',
      'According to Drava, the framework has been agreed in its main parts.',
      'The delegations agreed on 18 points out of 22, a Torvanian official told Wirenews.',
      'The text is largely agreed, the ministry said.',
      'All but two of the points have been agreed, the envoy said.',
      'The text has been agreed, except for the clause on the crossing.',
      'Most of the 22-point document has been agreed.',
    ])
      expect(status(text), text).toBe('open');
  });

  it('reads a text being finalised as open, a finalised one as final', () => {
    expect(status('The framework text is being finalised by the experts.')).toBe('open');
    expect(status('The document, which now has 22 points, is being finalised.')).toBe('open');
    expect(status('The annex is still being negotiated in Fjellby.')).toBe('open');
    expect(status('The text of the Framework Agreement has been finalised.')).toBe('final');
    expect(status('All 22 points have been agreed.')).toBe('final');
  });

  it('does not flag partial agreement against "not final"', () => {
    const statement = doc(
      'a',
      'Joint Statement\n\nThe Parties reviewed the draft Framework Agreement, which now consists of 22 points, and agreed on the text of 18 of them.',
      'joint-statement',
    );
    const wire = doc('b', '"The framework text is not final," Kostal said on Wednesday.');
    expect(kinds(statement, wire)).toEqual([]);
    const briefing = doc(
      'c',
      'PAVEL SURIN: The framework text, which now has 22 points, is being finalised by the experts.',
      'press-conference',
    );
    const post = doc('d', 'The framework text is still under discussion in Fjellby. #Arvenia', 'social');
    expect(kinds(briefing, post)).toEqual([]);
  });

  it('flags partial agreement against a finalised text', () => {
    const readout = doc(
      'a',
      'The sides have agreed on the bulk of the framework text in Fjellby.',
      'readout',
    );
    const post = doc(
      'b',
      'The text of the framework has been finalised in Fjellby, the Torvanian foreign ministry said.',
      'social',
    );
    expect(kinds(readout, post)).toEqual(['status ab']);
  });
});

describe('a text to be finalised is no status', () => {
  it('reads "after/once/if the text is finalised" as no status, a past one as final', () => {
    expect(
      status('Kostal invited Varin to continue the dialogue after the framework is finalised.'),
    ).toBeUndefined();
    expect(status('Once the text is agreed, the leaders will sign it.')).toBeUndefined();
    expect(status('If the text is final, we will sign it.')).toBeUndefined();
    expect(status('When the text was finalised on Tuesday, the envoys left Fjellby.')).toBe('final');
  });

  it('does not set an invitation for after the text is final against a text largely agreed', () => {
    const presidency = doc(
      'a',
      'Mira Kostal invited Oleg Varin to continue the dialogue at the leaders level after the framework is finalised.',
      'readout',
    );
    const citadel = doc(
      'b',
      'Oleg Varin noted that the framework document is largely agreed. Only technical issues remain.',
      'readout',
    );
    expect(kinds(presidency, citadel)).toEqual([]);
  });

  it('does not set the points agreed against the points still open', () => {
    const statement = doc(
      'a',
      'Joint Statement\n\nThe Parties reviewed the draft Framework Agreement, which now consists of 22 points, and agreed on the text of 18 of them.',
      'joint-statement',
    );
    const briefing = doc('b', 'KARI ENG: Four points remain open.', 'press-conference');
    expect(kinds(statement, briefing)).toEqual([]);
  });
});
