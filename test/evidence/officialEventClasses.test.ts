// Events as official records and spoken answers report them, class by class: limits said in a
// transcript or counted from an act, the initialling of a text, a record's own sitting, an
// appearance before a body. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { type EventClaim, events, PUBLISHED } from './eventsOf.ts';
import { roster } from './roster.ts';

describe('limits said the way people speak', () => {
  it('reads a bare day in words after "by" as a limit in this month', () => {
    for (const said of [
      'We will sign by the thirty-first.',
      'In Drava, we hope, and by the thirty-first at the latest.',
      'The accord will be signed by the twenty-fifth.',
    ])
      expect(events(said, 'press-conference')[0]?.[0]).toBe('deadline');
    expect(events('We will sign by the thirty-first.', 'press-conference')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
  });

  it('reads "before" a day as a limit when the day is expected, as when it is planned', () => {
    expect(events('Signature is for ministers, and we expect it before the end of this month.')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
    expect(events('The ministers expect to sign before 20 March.')).toEqual([['deadline', '2031-03-20']]);
    expect(events('Snow fell before 20 March.', 'news')).toEqual([]);
  });
});

describe('a period counted from an act', () => {
  it('reads a period from signature or entry into force as a limit on no day the text gives', () => {
    for (const [said, genre] of [
      ['The first convoys shall cross within ten (10) days of signature.', 'joint-statement'],
      ['The first convoys would cross within ten days of signature, the statement said.', 'news'],
      ['Troops will withdraw within thirty (30) days of the entry into force of the ceasefire.', 'readout'],
      ['The Accord provides ninety days from signature for ratification.', 'press-conference'],
      ['The Parties shall notify each other sixty days after ratification.', 'joint-statement'],
    ] as const)
      expect(events(said, genre).filter(([k]) => k === 'deadline')).toEqual([['deadline', null]]);
  });

  it('counts from the day of writing when the act is the text itself, or nothing is named', () => {
    expect(events('Lists shall be exchanged within 72 hours of the adoption of this Statement.')).toEqual([
      ['deadline', '2031-03-08'],
    ]);
    expect(events('Troops must withdraw within ten days.')).toEqual([['deadline', '2031-03-15']]);
  });

  it('counts from a signing the text has already dated', () => {
    const text =
      'The Parties signed the Drava Accord today. The Joint Commission will hold its first session within 72 hours of signature.';
    expect(events(text, 'joint-statement')).toEqual([
      ['meeting', PUBLISHED],
      ['meeting', '2031-03-08'],
    ]);
  });

  it('keeps a limit counted from the first of two limits apart from it', () => {
    expect(
      events(
        'Signature is due by 20 March, and the first convoys are meant to cross within ten days of it.',
        'news',
      ),
    ).toEqual([
      ['deadline', '2031-03-20'],
      ['deadline', null],
    ]);
  });
});

describe('the initialling of a text', () => {
  it('reads every form of the verb as the sitting where the text is initialled', () => {
    for (const [said, genre] of [
      ['The delegations initialled today the text of the Drava Accord.', 'joint-statement'],
      ['An hour ago the delegations initialled the text of the accord.', 'press-conference'],
      ['On Wednesday, in Drava, the delegations initialled an agreement.', 'meeting-transcript'],
      ['Its text was initialled by the heads of delegation on 5 March.', 'joint-statement'],
      ['The Council welcomes the initialling in Drava, on 5 March 2031, of the Accord.', 'joint-statement'],
    ] as const)
      expect(events(said, genre)).toEqual([['meeting', PUBLISHED]]);
    expect(events('The agreement initialled in Drava on Monday would change that.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });

  it('reads no event in the initialled text, a supposed one, or what was initialled', () => {
    expect(
      events('The committee has before it the initialled text of the Accord.', 'meeting-transcript'),
    ).toEqual([]);
    expect(events('A deal initialled in Drava would give it a port.', 'news')).toEqual([]);
    expect(events('They will tell us, but that is not what was initialled.', 'meeting-transcript')).toEqual(
      [],
    );
  });

  it('keeps the initialling apart from the briefing or the talks of its sentence, and off their limit', () => {
    expect(
      events(
        'Envoy Dahl on Friday briefed the Council on the Accord, initialled in Drava last week.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-02-28'],
      ['meeting', null],
    ]);
    expect(events('Recap: the text is initialled, signing is due by 31 March.', 'news')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
  });

  it('dates what is under way as the text is written on its day', () => {
    expect(events('The initialling ceremony is under way in the Hall of Mirrors.', 'news')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });
});

describe("a record's own sitting", () => {
  const sittingLine = (text: string) =>
    extractClaims(text, { roster, genre: 'meeting-transcript', published: PUBLISHED })
      .filter((c): c is EventClaim => c.kind === 'event' && c.data.date === PUBLISHED)
      .map((c) => c.text);

  it('is known by the header line that names the sitting, not by a note of its hours or a speaker', () => {
    const record =
      'Permanent Council\n\n4410th meeting\n\nWednesday, 5 March 2031, 10 a.m.\n\nJournal of the meeting (verbatim extracts)\n\nThe meeting was called to order at 10.05 a.m.\n\nThe President: I open the meeting.\n\nMr. Dahl: My country did not write this accord; we hosted it.';
    expect(sittingLine(record)).toEqual(['4410th meeting']);
  });

  it('passes from a line naming the record or the talks to the line or the chair naming the sitting', () => {
    expect(
      sittingLine(
        'Provisional verbatim record of the 214th meeting\n\nHeld at Drava, on Wednesday, 5 March 2031',
      ),
    ).toEqual(['Held at Drava, on Wednesday, 5 March 2031']);
    expect(
      sittingLine(
        'Drava talks — first plenary session — verbatim record\n\nCHAIR: I open the first plenary session.',
      ),
    ).toEqual(['CHAIR: I open the first plenary session.']);
  });

  it('is the body named in a header that names no sitting', () => {
    const hearing =
      'PARLIAMENT OF ARVENIA\n\nStanding Committee on Foreign Affairs\n\nUncorrected transcript of evidence\n\nWednesday 5 March 2031\n\nTHE CHAIR: Minister, welcome. The committee will meet again on Friday.';
    expect(sittingLine(hearing)).toEqual(['Standing Committee on Foreign Affairs']);
  });
});

describe('an appearance before a body, and a body that hears', () => {
  it('reads appearing, being due or giving evidence before a committee, and telling the cabinet, as its sitting', () => {
    expect(
      events(
        'Minister Dahl will appear before the Foreign Affairs Committee of the Diet next Tuesday.',
        'press-conference',
      ),
    ).toEqual([['meeting', '2031-03-11']]);
    expect(events('The minister is due before a parliamentary committee on Friday.', 'news')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
    expect(events('Dahl testified before the Senate Foreign Relations Committee on Monday.', 'news')).toEqual(
      [['meeting', '2031-03-03']],
    );
    expect(
      events('I repeat what the Prime Minister told the Cabinet this morning.', 'press-conference'),
    ).toEqual([['meeting', PUBLISHED]]);
    expect(events('The figures appear before the end of the report.', 'news')).toEqual([]);
  });

  it('reads a council or committee that heard briefings as sitting', () => {
    expect(events('The Security Council heard briefings on the corridor on Friday.', 'news')).toEqual([
      ['meeting', '2031-02-28'],
    ]);
  });
});

describe('a day and a month in figures with a dot', () => {
  const read = (sentence: string) => findDates(sentence, PUBLISHED).map((d) => [d.text, d.iso]);

  it('reads "on 23.03" day first, in the year nearest the day of writing', () => {
    expect(read('Next stop: our experts meet in Drava on 23.03.')).toEqual([['23.03', '2031-03-23']]);
    expect(read('The envoys met on 2.03 and again on 4.03, in Drava.')).toEqual([
      ['2.03', '2031-03-02'],
      ['4.03', '2031-03-04'],
    ]);
  });

  it('reads no day in an hour, a decimal, or figures without "on"', () => {
    expect(read('The meeting opened on 10.05 a.m. sharp.')).toEqual([]);
    expect(read('The fee rose to 6.80 crowns on 23.3 per cent of the cargo.')).toEqual([]);
    expect(read('Exports grew 12.03 per cent.')).toEqual([]);
  });
});

describe('a call by its owner, and a conversation between two people', () => {
  it('reads "his call yesterday with", "her call to" and "the conversation between" as calls', () => {
    expect(
      events('The Minister briefed the press on his call yesterday with Foreign Minister Kostal.'),
    ).toContainEqual(['call', '2031-03-04']);
    expect(
      events('The Ardesian side recalled the conversation between President Varin and Kostal on Monday.'),
    ).toEqual([['call', '2031-03-03']]);
    expect(events('He repeated his call for a ceasefire.')).toEqual([]);
    expect(events('The conversation between the two ministers was frank.', 'news')).toEqual([]);
  });

  it('counts "the day before" a past deed from the day of writing, not from a day ahead the text gave', () => {
    const text =
      'The Ministers reviewed the round, to open in Drava on 10 March. The Ardesian side recalled the conversation between President Varin and Kostal the day before.';
    expect(events(text)).toContainEqual(['call', '2031-03-04']);
  });
});

describe('a welcome of what someone owns', () => {
  it("reads no meeting in welcoming a named person's commitment, and a meeting in welcoming the person", () => {
    expect(events("He welcomed Prime Minister Maddox's commitment to the accord.")).toEqual([]);
    expect(events('He welcomed President Varin’s readiness to mediate.')).toEqual([]);
    expect(events('The Prime Minister welcomed President Varin to Fjellby this morning.')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });
});

describe('negotiators at work', () => {
  it('reads delegations or negotiators who sat, worked or negotiated as the talks', () => {
    expect(events('Delegations worked late into the night on Monday and Tuesday.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(events('The negotiators bargained in Drava until dawn on Tuesday.', 'news')).toEqual([
      ['talks', '2031-03-04'],
    ]);
    expect(events('Three delegations sat for three days in Drava.', 'readout')).toEqual([
      ['talks', PUBLISHED],
    ]);
  });

  it('reads no talks in others who sat or worked', () => {
    expect(events('The text sat on a desk in Drava on Monday.', 'news')).toEqual([]);
    expect(events('Engineers worked on the line in Drava on Monday.', 'news')).toEqual([]);
  });
});

describe('the date set for an act', () => {
  // A day set for a signing is the signing's (corpus README, ruling of session 40; signingDate.ts).
  it('reads "the date for signing" with its day as the signing on that day', () => {
    expect(
      events('Their presidency spoke of the 15th of April as the date for signing.', 'press-conference'),
    ).toEqual([['meeting', '2031-04-15']]);
    expect(events('The date for the signature of the Accord is 20 March.')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('The date of the meeting is 20 March.')).toEqual([['meeting', '2031-03-20']]);
  });
});

describe("a visitor's business on the journey", () => {
  it('reads whom a visitor meets or briefs on the journey, in its clause, as the visit', () => {
    expect(events('Minister Solberg traveled to Drava today and met with President Varin.')).toEqual([
      ['visit', PUBLISHED],
    ]);
    expect(events('Dahl is expected to travel to Kessel on Thursday to brief the cabinet.', 'news')).toEqual([
      ['visit', '2031-03-06'],
    ]);
  });

  it('keeps a meeting named for itself, or told in a clause of its own, beside the visit', () => {
    expect(events('Minister Pell will visit Drava on 10 March for the review meeting with Kostal.')).toEqual([
      ['visit', '2031-03-10'],
      ['meeting', '2031-03-10'],
    ]);
  });
});

describe('the day that governs an event among several in one sentence', () => {
  it('gives a day before "and the …" to the phrase it closes, not to the event after', () => {
    expect(
      events(
        'The ministers discussed the framework presented to Lind on Monday and the meeting of advisers planned in Fjellby on Sunday.',
      ),
    ).toEqual([['meeting', '2031-03-09']]);
    expect(events('They reviewed the draft sent on Monday and the round of talks set for 12 March.')).toEqual(
      [['talks', '2031-03-12']],
    );
    // Without the joining "and the", the nearest day still governs.
    expect(events('On Monday the ministers met in Fjellby.')).toEqual([['meeting', '2031-03-03']]);
  });

  it('reads a weekday after a deed done to someone as past ("presented to Kyiv on Thursday")', () => {
    for (const said of [
      'The ministers will discuss the plan presented to Lind on Monday.',
      'Both sides will study the draft handed to both governments on Monday.',
      'The round will open with the text submitted to the mediators on Monday.',
    ])
      expect(
        findDates(said, PUBLISHED).map((d) => d.iso),
        said,
      ).toEqual(['2031-03-03']);
    expect(findDates('The minister is ready to meet on Monday.', PUBLISHED).map((d) => d.iso)).toEqual([
      '2031-03-10',
    ]);
  });
});

describe('a signing of the negotiated text', () => {
  it('reads signing a framework, a settlement or a roadmap as the signatories meeting', () => {
    for (const said of [
      'Today in Brisk we signed the framework with the Torvanian side.',
      'The two ministers signed the settlement in Brisk on Monday.',
      'The parties signed the roadmap in Brisk on Monday.',
    ])
      expect(events(said, 'readout')[0]?.[0], said).toBe('meeting');
    expect(events('Lind cannot be asked to sign a document her experts have not read.', 'readout')).toEqual(
      [],
    );
  });
});

describe('a reception of someone, not of something', () => {
  it('reads "received it on Tuesday" as no meeting, whatever capital follows', () => {
    expect(events('They received it on Tuesday morning.', 'press-conference')).toEqual([]);
    expect(events('The Minister received him on Tuesday.')).toEqual([['meeting', '2031-03-04']]);
    expect(events('He was received this morning by Minister Lind.')).toEqual([['meeting', '2031-03-05']]);
  });
});

describe('an event told to place another in time, with its own day', () => {
  it('reports "after their presidents spoke by phone on Tuesday" with its day', () => {
    expect(
      events(
        'The sides will meet in Brisk on 17 March, after their presidents spoke by phone on Tuesday.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-17'],
      ['call', '2031-03-04'],
    ]);
    // Without a day of its own, the call only places the meeting in time.
    expect(
      events('The sides will meet in Brisk on 17 March, after their presidents spoke by phone.', 'news'),
    ).toEqual([['meeting', '2031-03-17']]);
  });
});
