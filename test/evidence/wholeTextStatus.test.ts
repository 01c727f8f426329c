// The status of the negotiated text as a whole read as a typed claim: short sentences in other
// words ("The text is agreed. It is done." / "Nothing is final until the presidents have signed")
// are about one thing and contradict each other. A part of the text, a party's own procedure, a
// maxim of method and a text agreed after it was said not final are no such contradiction.
// Invented lines about the Arvenia–Torvania talks in wire, post, briefing and Hansard styles.
import { describe, expect, it } from 'vitest';
import { wholeTextValue } from '../../src/evidence/wholeText.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('the whole text’s status, read from a sentence', () => {
  it('reads the text, framework or accord said agreed, final or not', () => {
    expect(wholeTextValue('The text is AGREED ✅ All 12 articles.')).toBe('final');
    expect(
      wholeTextValue(
        'This accord of twelve articles, which is the outcome of three rounds held in Fjellby in February and March, is agreed between the parties.',
      ),
    ).toBe('final');
    expect(wholeTextValue('The document initialled today is not final.')).toBe('open');
    expect(wholeTextValue('For Norland, the framework has been agreed.')).toBe('final');
    expect(wholeTextValue('Nothing is final until the two presidents have signed.')).toBe('open');
    expect(wholeTextValue('There is no final agreement yet, a Citadel source said.')).toBe('open');
    expect(wholeTextValue('It was stressed that no text has been agreed so far.')).toBe('open');
  });

  it('reads no status of the whole in a part, a stage, a maxim or a condition', () => {
    expect(wholeTextValue('The text of Article 6 is agreed.')).toBeUndefined();
    expect(wholeTextValue('The agreement on prisoners is final.')).toBeUndefined();
    expect(wholeTextValue('The text is initialled.')).toBeUndefined();
    expect(wholeTextValue('Nothing is agreed until everything is agreed.')).toBeUndefined();
    expect(wholeTextValue('On territory, there is no agreement yet, Surin told reporters.')).toBeUndefined();
    expect(wholeTextValue('Nothing is settled regarding the Vell corridor.')).toBeUndefined();
    expect(wholeTextValue('There is no final agreement on the framework yet.')).toBe('open');
    expect(wholeTextValue('Nothing has been agreed until the annexes are agreed.')).toBeUndefined();
    expect(wholeTextValue('Nothing is agreed while our sailors are held in Arvenian ports.')).toBeUndefined();
    expect(wholeTextValue('There is no agreement on the line of contact.')).toBeUndefined();
  });

  it('reads a day or a span of time after a status as no part of the text', () => {
    expect(
      wholeTextValue('Nothing is final until the President has signed, the spokesman said on Monday.'),
    ).toBe('open');
    expect(wholeTextValue('There is no final agreement yet, officials said on 3 March.')).toBe('open');
    expect(wholeTextValue('There is no final deal, the minister told reporters about an hour later.')).toBe(
      'open',
    );
    expect(wholeTextValue('There is no agreement yet on Monday’s prisoner list.')).toBeUndefined();
    expect(wholeTextValue('No final agreement on territory, the envoy said on Friday.')).toBeUndefined();
  });
});

describe('two sources on the whole text’s status', () => {
  it('flags a negotiator’s "It is done." against a spokesman’s post that nothing is final', () => {
    const wire = doc(
      'a',
      'FJELLBY, March 5 (Tessin Wire) - Arvenia’s President Mira Kostal spoke briefly to reporters. "The text is agreed. It is done," she said.',
    );
    const post = doc(
      'b',
      'Pavel Surin\n\nNothing is final until the Heads of State sign, and there is no final agreement yet. 🇹🇻 #Vell',
      'social',
    );
    expect(kinds(wire, post)).toEqual(['status ab']);
  });

  it('flags a ministry’s Q&A answer led by "it" against a Hansard answer', () => {
    const briefing = doc(
      'a',
      'Q - Torvania says the accord is not final. Is it agreed or not?\n\nR - The accord has been initialled by both heads of delegation. For Norland, it is agreed.',
      'press-conference',
    );
    const hansard = doc(
      'b',
      'Oleg Varin: Let me be plain with the House. Nothing is final until our parliament has given its consent and the President has signed.',
      'meeting-transcript',
    );
    expect(kinds(briefing, hansard)).toEqual(['status ab']);
  });

  it('does not set a guarantor’s own paper on its side track against the negotiated text', () => {
    const readout = doc(
      'a',
      '"The framework is agreed," President Kostal said after the call with President Varin.',
    );
    const union = doc(
      'b',
      'The Union’s security guarantees document is not final. Work continues with the partners.',
    );
    expect(kinds(readout, union)).toEqual([]);
    const spokesman = doc('c', 'Nothing is final until the Heads of State sign, Pavel Surin said.');
    expect(kinds(readout, spokesman)).toEqual(['status ac']);
  });

  it('does not flag a party’s own consent, a text agreed on a later day, or a part of the text', () => {
    const agreed = doc('a', 'The text is agreed, Norland’s envoy Henrik Dahl told reporters in Fjellby.');
    const consent = doc('b', 'Our parliament has yet to give its consent, Varin said on Tuesday.');
    expect(kinds(agreed, consent)).toEqual([]);
    const early = doc('c', 'Nothing is final until the presidents sign.', 'news', '2031-03-02');
    const later = doc(
      'd',
      'The accord was agreed in Fjellby on 4 March, the envoy said.',
      'news',
      '2031-03-05',
    );
    expect(kinds(early, later)).toEqual([]);
    const part = doc('e', 'The text of Article 6 is agreed, Kostal said.');
    expect(kinds(part, early)).toEqual([]);
  });

  it('takes a day to come in the final one as no day the text became final', () => {
    // Final on 5 March with the signing still ahead; not final, said a week on: one question.
    const final = doc(
      'a',
      'Both sides now treat the amended text as final, with a signing set for Fjellby on 28 March.',
      'readout',
      '2031-03-05',
    );
    const open = doc('b', 'The text is not final, Varin told the House.', 'news', '2031-03-12');
    expect(kinds(final, open)).toEqual(['status ab']);
    // Agreed on a day between the two: a text that moved on, as before.
    const agreedSince = doc(
      'c',
      'The accord was agreed in Kessel on 14 March, the two ministers said.',
      'readout',
      '2031-03-20',
    );
    expect(kinds(open, agreedSince)).toEqual([]);
  });
});
