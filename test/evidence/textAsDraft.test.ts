// What the negotiated text is, said as a whole: "It is a working draft, whatever the covering
// note says" (open), "The revised accord constitutes the final text of the talks" (final). A
// transcript's answer may follow the question about it ("Is it final?"), which follows the line
// naming the text; "this is not a final text" names the text itself. A draft of something else,
// and "not a draft", say no state of the text.
// Invented lines about the Arvenia–Torvania talks in press-release and Hansard styles.
import { describe, expect, it } from 'vitest';
import { wholeTextStatus, wholeTextValue } from '../../src/evidence/wholeText.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';

describe('the text said a working draft or the final text', () => {
  it('reads a working draft as open and the final text as final', () => {
    expect(wholeTextValue('The framework is still only a working paper.')).toBe('open');
    expect(wholeTextValue('The accord remains a draft.')).toBe('open');
    expect(wholeTextValue('The revised accord constitutes the final text of the talks.')).toBe('final');
  });

  it('reads no state in a draft of something else, a denial, or a final text of another thing', () => {
    expect(wholeTextValue('The text is a draft resolution for the Council.')).toBeUndefined();
    expect(wholeTextValue('The accord is not a draft.')).toBeUndefined();
    expect(wholeTextValue('The document is the final version of the agenda.')).toBeUndefined();
    expect(wholeTextValue('The minister read the final text of her speech.')).toBeUndefined();
  });

  it('reads "this is (not) the final text" as naming the text itself, with nothing before it', () => {
    expect(wholeTextStatus(sentencePassage('This is not a final text; it is a text to be finished.'))).toBe(
      'open',
    );
    expect(wholeTextStatus(sentencePassage('It is the final text of the talks.'))).toBe('final');
    expect(wholeTextStatus(sentencePassage('This is the final text of her speech.'))).toBeUndefined();
    expect(wholeTextStatus(sentencePassage('It is a working draft.'))).toBeUndefined();
  });

  it('reads the final text of whoever tables it, not the final text of another thing it names', () => {
    expect(wholeTextStatus(sentencePassage('This is the final text of the mediator.'))).toBe('final');
    expect(wholeTextStatus(sentencePassage('It is the final text of this presidency.'))).toBe('final');
    expect(
      wholeTextStatus(sentencePassage('It is the final text of the presidency statement.')),
    ).toBeUndefined();
    expect(
      wholeTextStatus(sentencePassage('It is the final text of the mediator’s speech.')),
    ).toBeUndefined();
  });

  it('reads the final text named by a caption’s run-on sentence, not another thing’s', () => {
    const cue = '00:01:02.400 --> 00:01:06.900 so the ministers meet in fjellby to sign it on the 9th.';
    expect(wholeTextStatus(sentencePassage(`${cue} this is the final text`))).toBe('final');
    expect(wholeTextStatus(sentencePassage(`${cue} this is the final text of her speech`))).toBeUndefined();
    expect(wholeTextStatus(sentencePassage(`${cue} we are close to the final text`))).toBeUndefined();
  });

  it('flags a caption’s "this is the final text" against a post calling the text a working draft', () => {
    const captions = doc(
      'a',
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\nthe mediator sent the revised accord to both delegations\n\n2\n00:00:05.000 --> 00:00:09.000\nand both delegations have read it line by line. this is the final text',
      'press-conference',
    );
    const post = doc('b', 'For Torvania the revised accord is a working draft.', 'social');
    expect(kinds(captions, post)).toEqual(['status ab']);
  });

  it('reads "this is (not) a final version" only after a sentence naming the text, and not of a programme', () => {
    const version = 'This is not a final version; the order of speakers may still change.';
    expect(wholeTextStatus(sentencePassage(version))).toBeUndefined();
    expect(
      wholeTextStatus({
        ...sentencePassage(version),
        antecedents: ['Norland sent the revised framework to both delegations.'],
      }),
    ).toBe('open');
    expect(wholeTextValue('The document is the final version of the talks timetable.')).toBeUndefined();
    expect(
      wholeTextStatus(sentencePassage('It is the final text of the negotiations agenda.')),
    ).toBeUndefined();
    expect(
      wholeTextValue('The revised accord constitutes the final text of the talks and goes to both capitals.'),
    ).toBe('final');
  });

  it('flags a transcript’s "It is a working draft" after a question, against the final text', () => {
    const release = doc(
      'a',
      'The Ministry of Foreign Affairs of Norland has sent the revised accord to both delegations. The revised accord constitutes the final text of the talks.',
      'press-release',
    );
    const hansard = doc(
      'b',
      'Ms Lind: Minister, Norland calls this accord the final text of the talks. Is it final, and has it been signed?\n\nThe Minister: It is a working draft, whatever the covering note says.',
      'meeting-transcript',
    );
    expect(kinds(release, hansard)).toEqual(['status ab']);
  });

  it('does not flag "It is a working draft" said of a speech', () => {
    const release = doc(
      'a',
      'The Ministry of Foreign Affairs of Norland has sent the revised accord to both delegations. The revised accord constitutes the final text of the talks.',
      'press-release',
    );
    const hansard = doc(
      'b',
      'Ms Lind: Minister, will you publish your speech to the Council? Is it ready?\n\nThe Minister: It is a working draft, whatever the press says.',
      'meeting-transcript',
    );
    expect(kinds(release, hansard)).toEqual([]);
  });
});
