// A text, or a part of it, said agreed in one source against "nothing is agreed until
// everything is agreed" (or the whole text denied agreed) in another: a ministry briefing, a
// presidency readout, a wire, a press-conference transcript, a social post. Near misses: the
// formula as one speaker's own caveat, a chapter against a denial of the whole text, a
// conditional or reported claim, the formula told as a rule of the trade, a conditional
// "nothing is agreed while …", and two accounts weeks apart. Invented lines of the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { agreedPart } from '../../src/evidence/formulaAgainstAgreed.ts';
import { doc, kinds } from './linkedDocs.ts';

const flagged = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) => kinds(a, b).includes('status ab');

describe('agreedPart', () => {
  it('reads the part plainly said agreed', () => {
    expect(agreedPart('The water chapter is agreed.')).toBe('water chapter');
    expect(
      agreedPart('The delegations have agreed the nine-point framework and will now turn to the maps.'),
    ).toBe('nine-point framework');
    expect(agreedPart('We have an agreed framework, and that is the news of the day.')).toBe('framework');
  });

  it('reads a provision or a schedule said agreed, a quoted "agreed", and past a time set aside by commas', () => {
    expect(agreedPart('The rotation schedule is agreed, four years, and that is that.')).toBe(
      'rotation schedule',
    );
    expect(agreedPart('Article 9 is agreed.')).toBe('article 9');
    expect(agreedPart('Paragraph 12 of the draft has been agreed, the envoy said.')).toBe('paragraph 12');
    expect(agreedPart('The section of the annex has been agreed, the envoy said.')).toBe(
      'section of the annex',
    );
    expect(agreedPart('The pull-back schedule has been agreed, in three phases.')).toBe('pull-back schedule');
    expect(agreedPart('The Arvenian envoy said the framework was "agreed in substance" by both teams.')).toBe(
      'framework',
    );
    expect(
      agreedPart(
        'Our reading, after two days of soundings, is that the framework has been agreed by the envoys.',
      ),
    ).toBe('framework');
  });

  it('still reads none where a time defers it or a condition stands before the aside', () => {
    for (const line of [
      'Once the rotation schedule is agreed, the ministers will meet in Fjellby.',
      'If, after the vote, the framework is agreed, the ministers will sign it.',
      'They hope, before the summit, that the sequencing clause is agreed.',
      'The timetable has been agreed to by neither side.',
    ])
      expect(agreedPart(line), line).toBeUndefined();
  });

  it("reads none where what is agreed is the talks' own, not a part of the text", () => {
    for (const line of [
      'The timetable of the talks has been agreed.',
      'The seating protocol has been agreed, so the delegations can arrive.',
      'The press section was agreed by the hosts this morning.',
      'The meeting schedule is agreed for the week.',
      'The section was agreed.',
    ])
      expect(agreedPart(line), line).toBeUndefined();
  });

  it('reads none where it is denied, deferred, reported to be doubted or put in principle', () => {
    for (const line of [
      'No text has been agreed so far.',
      'Once the framework is agreed, the ministers will sign it in Fjellby.',
      'I keep hearing people saying the text is agreed.',
      'The framework is agreed in principle only.',
      'Reports that the water chapter was agreed are premature.',
    ])
      expect(agreedPart(line), line).toBeUndefined();
  });
});

describe('a part said agreed against the formula of another source', () => {
  const formulas = [
    doc(
      'b',
      'Asked about the Arvenian account, the Torvanian spokeswoman said: "No. Nothing is agreed until everything is agreed."',
      'press-conference',
    ),
    doc(
      'b',
      'Second. Nothing is agreed until everything is agreed. We will not be rushed by anyone.',
      'social',
    ),
    doc(
      'b',
      'MS HALVORSEN: Nothing has been agreed until everything is agreed, and we are far from that.',
      'meeting-transcript',
    ),
    doc(
      'b',
      'No agreement on the text of the Vell framework has been reached, the Torvanian ministry said in a statement.',
      'press-release',
    ),
  ];

  it('flags the framework or the water chapter said agreed against it', () => {
    const claims = [
      doc('a', 'Special Envoy Dahl told reporters in Fjellby that the framework is agreed.', 'news'),
      doc(
        'a',
        'The sides noted with satisfaction that the nine-point framework has been agreed by both delegations.',
        'readout',
      ),
      doc(
        'a',
        'FJELLBY, March 4 (Wire) - Arvenian officials said on Tuesday the delegations have agreed the framework.',
        'news',
      ),
    ];
    for (const a of claims)
      for (const b of formulas) expect(flagged(a, b), `${a.cleanText} ~ ${b.cleanText}`).toBe(true);
    const chapter = doc(
      'a',
      'The sides noted with satisfaction that the water chapter of the document is agreed.',
      'readout',
    );
    for (const b of formulas.slice(0, 3)) expect(flagged(chapter, b), b.cleanText).toBe(true);
    const schedule = doc('a', 'Minister Dahl: The rotation schedule is agreed, full stop.', 'social');
    for (const b of formulas.slice(0, 3)) expect(flagged(schedule, b), b.cleanText).toBe(true);
  });

  it('flags an answer "it is agreed" to a question about the text', () => {
    const answer = doc(
      'a',
      'Q: The Torvanians say there is no agreed text. Is there a deal or not?\nTHE PRESIDENT: Look, it is agreed, basically. They like it.',
      'press-conference',
    );
    expect(flagged(answer, formulas[0]!)).toBe(true);
  });
});

describe('a part said agreed against the formula that answers a report of it', () => {
  const readout = doc(
    'a',
    'The sides noted with satisfaction that the fisheries chapter is agreed.',
    'readout',
  );

  it('reads a part only in its own voice, not reported of another or asked', () => {
    expect(agreedPart('Minister Dahl has written on his blog that the fisheries chapter is agreed.')).toBe(
      'fisheries chapter',
    );
    expect(
      agreedPart('Minister Dahl has written on his blog that the fisheries chapter is agreed.', true),
    ).toBeUndefined();
    expect(agreedPart('Dahl to the press pool: "The fisheries chapter is agreed."', true)).toBeUndefined();
    expect(agreedPart('So is the fisheries chapter agreed or not?', true)).toBeUndefined();
    expect(agreedPart('The fisheries chapter is agreed, and we move on.', true)).toBe('fisheries chapter');
    expect(agreedPart('A chapter is agreed only when its maps are agreed.')).toBeUndefined();
    expect(agreedPart('The fisheries chapter was agreed when the ministers met.')).toBe('fisheries chapter');
  });

  it("flags the formula given in answer to another side's claim its own source reports", () => {
    const interview = doc(
      'b',
      'Q: Minister Dahl has written on his blog that the fisheries chapter is agreed.\nMS HALVORSEN: No. Nothing is agreed until everything is agreed.',
      'meeting-transcript',
    );
    expect(flagged(readout, interview)).toBe(true);
    const thread = doc(
      'b',
      'Dahl to the press pool this morning: "The fisheries chapter is agreed."\n\nHalvorsen, an hour later, in the same corridor: "Nothing is agreed until everything is agreed."',
      'social',
    );
    expect(flagged(readout, thread)).toBe(true);
  });

  it("does not flag a speaker's own caveat reported after the claim", () => {
    const caveat = doc(
      'b',
      'Dahl said the fisheries chapter is agreed. He added that nothing is agreed until everything is agreed.',
      'news',
    );
    expect(flagged(readout, caveat)).toBe(false);
  });

  it('does not flag a timetable, a procedure, a meeting agreed, nor the formula as a principle alone', () => {
    const formula = doc(
      'b',
      'Q: Minister Dahl says the timetable is settled.\nMS HALVORSEN: Our principle is that nothing is agreed until everything is agreed.',
      'meeting-transcript',
    );
    for (const text of [
      'The timetable of the talks is agreed, with sessions each morning.',
      'The procedure for the next round has been agreed by the heads of delegation.',
      'The two ministers agreed to meet again in Fjellby next week.',
      'The talks were constructive and will resume on Monday, the envoy said.',
    ])
      expect(flagged(doc('a', text, 'readout'), formula), text).toBe(false);
  });
});

describe('near misses', () => {
  const formula = doc(
    'b',
    'The Torvanian spokeswoman said: "Nothing is agreed until everything is agreed."',
    'press-conference',
  );

  it('does not flag a chapter said agreed against a denial of the whole text', () => {
    const a = doc('a', 'The sides noted with satisfaction that the water chapter is agreed.', 'readout');
    const b = doc(
      'b',
      'No agreement on the text of the Vell framework has been reached, the Torvanian ministry said.',
      'press-release',
    );
    expect(flagged(a, b)).toBe(false);
  });

  it('does not flag a speaker who says both, nor the formula told as a caveat of the trade', () => {
    const own = doc(
      'a',
      'The water chapter is agreed. Of course, nothing is agreed until everything is agreed, and the maps are still open.',
      'press-conference',
    );
    expect(flagged(own, formula)).toBe(false);
    const trade = doc(
      'b',
      'In this kind of negotiation you close chapters one by one, and then you say nothing is agreed until everything is agreed.',
      'meeting-transcript',
    );
    expect(flagged(doc('a', 'The water chapter is agreed.', 'readout'), trade)).toBe(false);
    const understanding = doc(
      'b',
      'The Parties accepted the framework as the basis for further talks, on the understanding that nothing is agreed until everything is agreed.',
      'joint-statement',
    );
    expect(flagged(doc('a', 'Dahl said the water chapter is agreed.', 'news'), understanding)).toBe(false);
  });

  it('does not flag a conditional claim, a premise put back, or a conditional "nothing is agreed while"', () => {
    expect(
      flagged(doc('a', 'Once the framework is agreed, the ministers will meet in Fjellby.', 'news'), formula),
    ).toBe(false);
    expect(
      flagged(
        doc('a', 'Minister, you said the text is agreed. Is that still your view?', 'press-conference'),
        formula,
      ),
    ).toBe(false);
    const condition = doc(
      'b',
      'The ministry said that "nothing is agreed while our fishermen are still held in Arvenian ports".',
      'news',
    );
    expect(flagged(doc('a', 'The framework is agreed, Dahl said.', 'news'), condition)).toBe(false);
  });

  it('does not flag two accounts weeks apart: the text may have been agreed since', () => {
    const early = doc(
      'b',
      'Nothing is agreed until everything is agreed, the Torvanian spokeswoman said.',
      'news',
      '2031-02-01',
    );
    const late = doc('a', 'The framework is agreed, the Norland envoy announced.', 'news', '2031-03-05');
    expect(flagged(late, early)).toBe(false);
  });
});
