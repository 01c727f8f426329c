// Meeting records, UN-style verbatim records, threads and news conventions the quote
// reading must carry over to (issue #13 item 1): each text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, type Genre, turnLabel } from '../../src/evidence/genre.ts';
import { recordChair } from '../../src/evidence/turns.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { quotesRead } from './quotesRead.ts';
import { roster as base } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

// The test roster plus an office held once, an office held twice and a multi-word office.
const roster: Roster = {
  parties: base.parties,
  people: [
    ...base.people,
    { id: 'oyelaran', name: 'Dami Oyelaran', office: 'Secretary-General', party: 'union', aliases: [] },
    {
      id: 'pell',
      name: 'Anton Pell',
      office: 'Minister of Fisheries and Forests',
      party: 'arvenia',
      aliases: [],
    },
  ],
};

function quotes(text: string, genre: Genre = detectGenre(text).genre) {
  return extractClaims(text, { roster, genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => ({
      words: c.data.words,
      speaker: c.speaker?.personId ?? c.speaker?.name,
      ...(c.speaker?.partyId && !c.speaker.personId ? { party: c.speaker.partyId } : {}),
    }));
}

describe('meeting-record turns', () => {
  const record = [
    'VELL RIVER TALKS\nThird plenary session\nFjellby, 9 May 2031',
    'Present:\nFor Arvenia: Ms. Mira Kostal, President; two advisers.\nFor the Mediator: Mr. Henrik Dahl, Special Envoy of Norland (Chair).',
    'CHAIR: We resume. I give the floor to Arvenia.',
    'The representative of Arvenia (Ms. Kostal): Thank you, Chair. Arvenia accepts the quota.',
    'It does so for one season only.',
    'CHAIR: Thank you. The delegation of Torvania.',
    'The representative of Torvania: We need a day to consult the capital.',
    'THE SECRETARY-GENERAL: The Union stands ready to verify the quota.',
    'CHAIR: The session is suspended.',
  ].join('\n\n');

  it('knows a record with delegation labels as a meeting transcript', () => {
    expect(detectGenre(record).genre).toBe('meeting-transcript');
  });

  it('reads every turn, procedural ones too, each with the roster speaker of its label', () => {
    expect(quotes(record)).toEqual([
      { words: 'We resume. I give the floor to Arvenia.', speaker: 'dahl' },
      {
        words: 'Thank you, Chair. Arvenia accepts the quota. It does so for one season only.',
        speaker: 'kostal',
      },
      { words: 'Thank you. The delegation of Torvania.', speaker: 'dahl' },
      {
        words: 'We need a day to consult the capital.',
        speaker: 'The representative of Torvania',
        party: 'torvania',
      },
      { words: 'The Union stands ready to verify the quota.', speaker: 'oyelaran' },
      { words: 'The session is suspended.', speaker: 'dahl' },
    ]);
  });

  it('takes the chair from a header line, which is not a turn', () => {
    const text =
      'Union Council\n\nChair: Ambassador Lena Hoff (Norland)\n\nAgenda item 1: the Vell quota\n\n' +
      'CHAIR: I open the meeting.\n\nMr. Varin (Torvania): Torvania agrees.\n\nCHAIR: It is so decided.';
    expect(quotes(text, 'meeting-transcript')).toEqual([
      { words: 'I open the meeting.', speaker: 'Lena Hoff' },
      { words: 'Torvania agrees.', speaker: 'varin' },
      { words: 'It is so decided.', speaker: 'Lena Hoff' },
    ]);
    expect(turnLabel('Chair: Ambassador Lena Hoff (Norland)')).toBeUndefined();
    expect(turnLabel('CHAIR: Thank you.')).toMatchObject({ name: 'CHAIR' });
  });

  it('reads a UN-style record: "The President:" is the presidency, asides are countries or languages', () => {
    const text =
      'President: Mr. Olav Brenn (Norland)\n\nThe President: The meeting is called to order.\n\n' +
      'Ms. Kostal (spoke in French): Arvenia thanks the President.\n\n' +
      'Mr. Ekker (Arvenia): I associate myself with the President of Arvenia.\n\n' +
      'The President: I thank the representative of Arvenia.';
    expect(quotes(text, 'meeting-transcript')).toEqual([
      { words: 'The meeting is called to order.', speaker: 'The President' },
      { words: 'Arvenia thanks the President.', speaker: 'kostal' },
      { words: 'I associate myself with the President of Arvenia.', speaker: 'Ekker', party: 'arvenia' },
      { words: 'I thank the representative of Arvenia.', speaker: 'The President' },
    ]);
  });

  it('keeps a presidency held by no one on the roster as the office, gives it to its holder when on it, and a chair to the person named', () => {
    const turns =
      'The President: I call the meeting to order.\n\nMr. Varin (Torvania): We agree.\n\nTHE PRESIDENT (spoke in French): It is so decided.';
    for (const head of [
      'President: Mr. Brenn . . . . . . . . (Norland)',
      'President: Ms. Ada Lund-Berg (Norland)',
      'Present:\nMs. Ada Lund, Permanent Representative of Norland (President)',
    ])
      expect(
        quotes(`UNION COUNCIL\n\n${head}\n\n${turns}`, 'meeting-transcript').map((q) => q.speaker),
        head,
      ).toEqual(['The President', 'varin', 'The President']);
    expect(
      quotes(
        `UNION COUNCIL\n\nPresident: Ms. Ingrid Solberg (Norland)\n\n${turns}`,
        'meeting-transcript',
      ).map((q) => q.speaker),
    ).toEqual(['solberg', 'varin', 'solberg']);
    for (const [head, label] of [
      ['Chair: Ambassador Ada Lund (Norland)', 'CHAIR'],
      ['Chairperson: Ms. Ada Lund (Norland)', 'The Chairperson'],
    ])
      expect(
        quotes(
          `UNION COUNCIL\n\n${head}\n\n${label}: I open the meeting.\n\nMr. Varin (Torvania): We agree.`,
          'meeting-transcript',
        )[0]?.speaker,
      ).toBe('Ada Lund');
  });

  it('reads turns a line each, with no blank line between them, and header lines as no turns', () => {
    const text =
      'Union Council, 4 June 2031\nPresident: Mr. Olav Brenn . . . . . (Norland)\nMembers: Arvenia, Torvania\n\n' +
      'The President: I call the meeting to order.\nMr. Varin (Torvania) (spoke in French): We agree.\n' +
      'The President (spoke in English): It is so decided.';
    expect(quotes(text, 'meeting-transcript')).toEqual([
      { words: 'I call the meeting to order.', speaker: 'The President' },
      { words: 'We agree.', speaker: 'varin' },
      { words: 'It is so decided.', speaker: 'The President' },
    ]);
  });

  it("reads the Kremlin's office-of-country labels and a bare office label through the roster", () => {
    const text =
      'President of Arvenia Mira Kostal: Good afternoon.\n\nQuestion: Is the quota final?\n\n' +
      'CHIEF OF STAFF: Not yet.\n\nPresident of Arvenia Mira Kostal: It will be.';
    expect(quotes(text, 'press-conference').map((q) => q.speaker)).toEqual([
      'kostal',
      'journalist',
      'melnyk',
      'kostal',
    ]);
  });

  it("gives a parliament's office label to the member its aside names, a constituency aside to no one", () => {
    const text =
      'Vell River Talks\n11.32 am\n\n' +
      'The Secretary of State for Foreign Affairs (Mr Peter Gale): With permission, I will make a statement.\n\n' +
      'Emily Thorne (Bristol North) (Lab): Has Torvania seen the text?\n\n' +
      'The Minister for Europe (Dame Ruth Ashby): Not yet, as I understand it.\n\n' +
      'The Prime Minister (Sir Alan Crane): It will.';
    expect(quotes(text, 'meeting-transcript').map((q) => q.speaker)).toEqual([
      'Peter Gale',
      'Emily Thorne',
      'Ruth Ashby',
      'Alan Crane',
    ]);
  });

  it("reads a parliament's verbatim report: the speaker set off by a full stop and a dash, the language after it", () => {
    const text = [
      'Vell River settlement (debate)',
      'President. – The next item is the statement on the Vell River settlement.',
      'Ingrid Solberg, Foreign Minister of Norland. – Madam President, the text is not final, but it is close.',
      'Lukas Brenner, on behalf of the Green Group. – Madam President, has Torvania seen it?',
      'Amélie Roux (Renew). – (FR) Madame la Présidente, nous ne signerons pas un texte que personne n’a lu.',
      '(Applause)',
      'President. – The debate is closed.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      { words: 'The next item is the statement on the Vell River settlement.', speaker: 'President' },
      { words: 'Madam President, the text is not final, but it is close.', speaker: 'solberg' },
      { words: 'Madam President, has Torvania seen it?', speaker: 'Lukas Brenner' },
      {
        words: 'Madame la Présidente, nous ne signerons pas un texte que personne n’a lu.',
        speaker: 'Amélie Roux',
      },
      { words: 'The debate is closed.', speaker: 'President' },
    ]);
    // A dash after a sentence in news prose opens no turn; nor does a hyphen.
    expect(
      quotes('Kostal said the talks would resume. – The envoy left for Drava on Friday.', 'news'),
    ).toEqual([]);
    expect(
      quotes('Ingrid Solberg. - Madam President, the text is close.\n\nPer Holm. - Not yet.', 'news'),
    ).toEqual([]);
  });

  it('reads a recording transcript whose turns open with their time code, in brackets or not', () => {
    const text = [
      'The Table, episode 214: inside the Fjellby talks',
      '[00:00:04] MAYA LUND: Welcome back. With me is Henrik Dahl.',
      '[00:00:11] HENRIK DAHL: Thanks for having me.',
      '00:01:14 Maya Lund: Who counted the buses?',
      '(01:20) DAHL: I did.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.words, q.speaker])).toEqual([
      ['Welcome back. With me is Henrik Dahl.', 'Maya Lund'],
      ['Thanks for having me.', 'dahl'],
      ['Who counted the buses?', 'Maya Lund'],
      ['I did.', 'dahl'],
    ]);
  });

  it("gives a magazine interview's outlet label to the journalist when the head says who talked to it", () => {
    const text = [
      'Interview: a text nobody has read',
      "Torvania's spokesman Pavel Surin talked to the Fjellby Review about the draft. This interview has been edited for length.",
      'FJELLBY REVIEW: Did you receive the revised text on Monday?',
      'SURIN: We received a summary. A summary is not a text.',
      'FJELLBY REVIEW: Is the deadline still realistic?',
      'SURIN: Deadlines are for people who have read what they sign.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['journalist', 'surin', 'journalist', 'surin']);
  });

  it("gives a bare spokesman's label to the one the head names by any word for the office, never to another government's", () => {
    const un = [
      'Noon briefing by Lena Marrow, Spokesperson for the Secretary-General.',
      'Question: Any update on the talks?',
      'Spokesman: Not at this point.',
    ].join('\n\n');
    expect(quotes(un, 'press-conference').map((q) => q.speaker)).toEqual(['journalist', 'Lena Marrow']);
    // The roster's only spokesman is the Citadel's: an Arvenian page's spokesman is someone else.
    const kessel = ['Presidential Office of Arvenia', 'Question: When?', 'Spokesman: On Friday.'].join(
      '\n\n',
    );
    expect(quotes(kessel, 'press-conference').map((q) => q.speaker)).toEqual(['journalist', 'Spokesman']);
    const citadel = ['Briefing at the Citadel', 'Question: When?', 'Spokesman: On Friday.'].join('\n\n');
    expect(quotes(citadel, 'press-conference').map((q) => q.speaker)).toEqual(['journalist', 'surin']);
  });

  it('finds the chair only in the head of a record', () => {
    expect(recordChair('Present:\nMs. Ingrid Solberg, Foreign Minister of Norland (Chair).')).toBe(
      'Ingrid Solberg',
    );
    expect(recordChair('Chair: Thank you all.')).toBeUndefined();
  });

  it('resolves a role shared by two holders through the party the record names', () => {
    const two: Roster = {
      parties: roster.parties,
      people: [
        ...roster.people,
        { id: 'ambler', name: 'Rhea Ambler', office: 'Secretary-General', party: 'norland', aliases: [] },
      ],
    };
    const text =
      'Union Council, 1 June 2031\n\nCHAIR: Welcome.\n\nTHE SECRETARY-GENERAL: The Union has its report ready.\n\nCHAIR: Thank you.';
    const turns = extractClaims(text, { roster: two, genre: 'meeting-transcript' }).filter(
      (c): c is Quote => c.kind === 'quote',
    );
    expect(turns[1]?.speaker?.personId).toBe('oyelaran');
  });
});

describe('labels with their aside in square brackets', () => {
  it("reads an alliance's transcript: the role or the outlet in square brackets, a question's outlet after its colon", () => {
    const text = [
      'Press conference by the Special Envoy',
      'MODERATOR [Ada Holm]: Good afternoon. The Envoy will take questions.',
      'HENRIK DAHL [Special Envoy]: Thank you. The text is ready.',
      'Q [Radio Fjell, Ilse Varga]: Were you shown the revised draft?',
      'HENRIK DAHL [Special Envoy]: I was briefed yesterday.',
      'Q: [Vell Daily] Will the minister travel to Brisk next week?',
      'MIRA KOSTAL [President of Arvenia]: She will.',
    ].join('\n\n');
    expect(detectGenre(text).genre).toBe('press-conference');
    expect(quotes(text)).toEqual([
      { words: 'Good afternoon. The Envoy will take questions.', speaker: 'Ada Holm' },
      { words: 'Thank you. The text is ready.', speaker: 'dahl' },
      { words: 'Were you shown the revised draft?', speaker: 'journalist' },
      { words: 'I was briefed yesterday.', speaker: 'dahl' },
      { words: 'Will the minister travel to Brisk next week?', speaker: 'journalist' },
      { words: 'She will.', speaker: 'kostal' },
    ]);
  });

  it('keeps square brackets that open no label as the words of the turn', () => {
    expect(turnLabel('[Inaudible] We will see.')).toBeUndefined();
    expect(turnLabel('Q: We [the ministry] will answer later.')?.full).toBe('Q: ');
  });
});

describe('record heads and press-conference labels', () => {
  it('reads the list of those present as no turns, in several styles', () => {
    const text = [
      'VELL RIVER TALKS\nVerbatim record of the second plenary meeting',
      'Chair: Ms Ingrid Solberg (Foreign Minister, Norland)',
      'Present:\nArvenia: Ms Mira Kostal (President), head of delegation; Mr Taras Melnyk (Chief of Staff)\nTorvania: Lieutenant General Ivo Brann (Deputy Chief of the General Staff), head of delegation\nUnion (observer): Mr Dami Oyelaran (Secretary-General)\nNorland: H.E. Henrik Dahl',
      'The Chair: I declare the meeting open.',
      'Ms Kostal (Arvenia): Thank you, Madam Chair. Arvenia accepts ten kilometres.',
      'General Brann (Torvania) (spoke in Torvanian; interpretation from Torvanian): Madam Chair, Torvania accepts five.',
      'Arvenia: Ms Mira Kostal.',
    ].join('\n\n');
    expect(quotes(text, 'meeting-transcript')).toEqual([
      { words: 'I declare the meeting open.', speaker: 'solberg' },
      { words: 'Thank you, Madam Chair. Arvenia accepts ten kilometres.', speaker: 'kostal' },
      { words: 'Madam Chair, Torvania accepts five.', speaker: 'Brann', party: 'torvania' },
      // A name with a full stop is a speaker called to the floor, and speaks: a turn.
      { words: 'Ms Mira Kostal.', speaker: 'Arvenia', party: 'arvenia' },
    ]);
  });

  it("reads a hearing's witness and member lines as no turns, an office after the name capitalised or not", () => {
    const heads = [
      'Witness: Ms Ada Lund, Minister of Fisheries and Forests',
      'Witnesses: Ms Ada Lund, Minister of Fisheries; Mr Per Holm, Director of the Port of Fjellby',
      'Witness: Mr Per Holm, director of the port',
      'Members present: Ida Berg (Chair), Per Holm, Ada Lund',
      'Witness: Ms Ada Lund, Minister of Fisheries\nMembers present: Ida Berg (Chair), Per Holm',
    ];
    for (const head of heads) {
      const text = [
        'STANDING COMMITTEE ON TRADE\nTranscript of evidence',
        head,
        'THE CHAIR: Welcome, Minister.',
        'MINISTER LUND: Thank you, Chair.',
        'THE CHAIR: Thank you.',
      ].join('\n\n');
      expect(
        quotes(text, 'meeting-transcript').map((q) => q.words),
        head,
      ).toEqual(['Welcome, Minister.', 'Thank you, Chair.', 'Thank you.']);
    }
    // Words after a name are a turn: a greeting, a sentence, a question.
    expect(turnLabel('MR HOLM: Minister Lund, welcome.')).toBeDefined();
    expect(turnLabel('THE CHAIR: Thank you, Minister')).toBeDefined();
    expect(turnLabel('MS BERG: Ada Lund, Per Holm?')).toBeDefined();
  });

  it("reads a committee's oral evidence, each member's question numbered before the name, as the member's turn", () => {
    const text = [
      'STANDING COMMITTEE ON TRADE\nOral evidence: the Vell river accord',
      'Members present: Ida Berg (Chair), Oleg Varin, Per Holm',
      'Witness: Ingrid Solberg, Foreign Minister',
      'Q1 Chair: Good morning, Minister. Thank you for coming.',
      'Ingrid Solberg: Thank you, Chair.',
      'Q2 Oleg Varin: Will Norland host the signing?',
      'Ingrid Solberg: Yes, in March.',
      'Q103 Mr Holm: And the monitors?',
      'Ingrid Solberg: The Union pays.',
    ].join('\n\n');
    expect(quotes(text, 'meeting-transcript')).toEqual([
      { words: 'Good morning, Minister. Thank you for coming.', speaker: 'Ida Berg' },
      { words: 'Thank you, Chair.', speaker: 'solberg' },
      { words: 'Will Norland host the signing?', speaker: 'varin' },
      { words: 'Yes, in March.', speaker: 'solberg' },
      { words: 'And the monitors?', speaker: 'Holm' },
      { words: 'The Union pays.', speaker: 'solberg' },
    ]);
  });

  it('reads numbered questions with their outlet, and a moderator line as its own turn', () => {
    const text = [
      'Press conference of the Foreign Minister of Norland, Ms Ingrid Solberg, and the Special Envoy, Mr Henrik Dahl',
      'MODERATOR (Mr Per Holm): First question, please.',
      'QUESTION 1 (Radio Fjellby, through the interpreter): Minister, is the annex agreed?',
      'THE MINISTER: No, not yet.',
      'Q2 (Vell Herald): And the envoy?',
      'THE SPECIAL ENVOY: I travel on Friday.',
      'Question 3: When?',
      'THE MINISTER: Soon.',
    ].join('\n\n');
    expect(detectGenre(text).genre).toBe('press-conference');
    expect(quotes(text)).toEqual([
      { words: 'First question, please.', speaker: 'Per Holm' },
      { words: 'Minister, is the annex agreed?', speaker: 'journalist' },
      { words: 'No, not yet.', speaker: 'solberg' },
      { words: 'And the envoy?', speaker: 'journalist' },
      { words: 'I travel on Friday.', speaker: 'dahl' },
      { words: 'When?', speaker: 'journalist' },
      { words: 'Soon.', speaker: 'solberg' },
    ]);
  });

  it('reads a question label in the forms briefings write it: outlet after a dash or "from", two asides, a reporter', () => {
    const labels = [
      'Q1 – Vell Herald: Is the annex agreed?',
      'Q — Radio Fjellby: Is the annex agreed?',
      'QUESTION 4 - Norland Television: Is the annex agreed?',
      'Question from the floor: Is the annex agreed?',
      'QUESTION FROM RADIO FJELLBY: Is the annex agreed?',
      "QUESTION 3 (Le Matin d'Arvenia) (spoke in French): Is the annex agreed?",
      'Question (Ms Ada Lund, Vell Herald) (through the interpreter): Is the annex agreed?',
      'REPORTER: Is the annex agreed?',
      'Journalist (Norland Television): Is the annex agreed?',
    ];
    for (const label of labels) {
      const text = [
        'Briefing by the Foreign Minister, Ms Ingrid Solberg',
        'THE MINISTER: Good morning.',
        label,
        'THE MINISTER: Not yet.',
      ].join('\n\n');
      expect(detectGenre(text).genre, label).toBe('press-conference');
      expect(quotes(text), label).toEqual([
        { words: 'Good morning.', speaker: 'solberg' },
        { words: 'Is the annex agreed?', speaker: 'journalist' },
        { words: 'Not yet.', speaker: 'solberg' },
      ]);
    }
    // A dash in a speaker's words does not make a question of a name.
    expect(turnLabel('Quentin Marr: We agree – for now.')).toMatchObject({ question: false });
  });

  it("gives a published interview's answers to the one its head names, its questions to the journalist", () => {
    const heads: [string, string][] = [
      ['Interview of Foreign Minister Ingrid Solberg to the Vell Herald, 4 March 2031', 'solberg'],
      ["Henrik Dahl's interview with Radio Fjellby", 'dahl'],
      ['Interview given by Ambassador Ada Lund Berg to Norland Television', 'Ada Lund Berg'],
    ];
    for (const [head, speaker] of heads)
      for (const [q, a] of [
        ['Q', 'A'],
        ['Question', 'Answer'],
        ['QUESTION', 'ANSWER'],
      ]) {
        const text = [
          head,
          `${q}: Is the annex agreed?`,
          `${a}: Not yet.`,
          'We need another week.',
          `${q}: And the quota?`,
          `${a}: It holds.`,
        ].join('\n\n');
        expect(detectGenre(text).genre).toBe('press-conference');
        expect(quotes(text), `${head} ${a}`).toEqual([
          { words: 'Is the annex agreed?', speaker: 'journalist' },
          { words: 'Not yet. We need another week.', speaker },
          { words: 'And the quota?', speaker: 'journalist' },
          { words: 'It holds.', speaker },
        ]);
      }
    // The article opening a line is no label.
    expect(turnLabel('A Torvanian official: the text is ready.')).toBeUndefined();
  });

  it('gives a bare office to the person the head introduces with it, not to another office holding the word', () => {
    const text = [
      'Joint press point of Prime Minister Oleg Varin and the Minister of Fisheries, Mr Anton Pell',
      'THE MINISTER: The quota holds.',
      'Q: For how long?',
      'THE MINISTER: One season.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['pell', 'journalist', 'pell']);
  });
});

describe("quotations a speaker's turn reports", () => {
  const briefing = (turn: string) =>
    quotes(
      [
        'Briefing by the Special Envoy, Mr Henrik Dahl',
        `MR. DAHL: ${turn}`,
        'Q: And then?',
        'MR. DAHL: We wait.',
      ].join('\n\n'),
      'press-conference',
    );

  it('reads words a turn gives by name or office to someone else as theirs, the turn kept whole', () => {
    const cases: [string, string, string][] = [
      [
        'As the Foreign Minister said yesterday, "Norland will host the signing in March."',
        'Norland will host the signing in March.',
        'solberg',
      ],
      [
        'President Varin told me on Monday: "Torvania is ready to sign the annex."',
        'Torvania is ready to sign the annex.',
        'varin',
      ],
      [
        "Last night Oleg Varin asked me to pass on one line: 'Torvania keeps its word on the quota.'",
        'Torvania keeps its word on the quota.',
        'varin',
      ],
      [
        '"The Union will pay for the monitors," Ingrid Solberg wrote to me this morning. We are grateful.',
        'The Union will pay for the monitors,',
        'solberg',
      ],
    ];
    for (const [turn, words, speaker] of cases) {
      const read = briefing(turn);
      expect(read, turn).toContainEqual({ words, speaker });
      expect(read[0], turn).toMatchObject({ speaker: 'dahl' });
      expect(read, turn).toHaveLength(4);
    }
  });

  it("leaves a turn's own phrases, titles and words it gives to no one as the turn's alone", () => {
    for (const turn of [
      'We call it the "Vell River Accord on fisheries" for now.',
      'As I said on Monday, "the text is ready for signature" and it still is.',
      'The so-called "buffer zone of ten kilometres" is not in the text.',
      'People ask me "when will the boats go out?" and I tell them: soon.',
    ])
      expect(briefing(turn), turn).toHaveLength(3);
  });
});

describe('threads', () => {
  it('reads each numbered post of a thread as one quote of its author, the counter left out', () => {
    const text =
      'Henrik Dahl @envoy_dahl\n4 Mar 2031\n\n1/2 Two days in Fjellby and both sides still at the table.\n\n' +
      'More on the quota tomorrow.\n\n2/2 Thanks to the Union for its patience.';
    expect(quotes(text, 'social')).toEqual([
      {
        words: 'Two days in Fjellby and both sides still at the table. More on the quota tomorrow.',
        speaker: 'dahl',
      },
      { words: 'Thanks to the Union for its patience.', speaker: 'dahl' },
    ]);
    for (const [first, second] of [
      ['(1/2) Two days in Fjellby.', '(2/2) Thanks to the Union.'],
      ['1/ Two days in Fjellby.', '2/ Thanks to the Union.'],
      ['🧵 1/2 Two days in Fjellby.', '2/2: Thanks to the Union.'],
    ])
      expect(
        quotes(`Henrik Dahl @envoy_dahl · 4 Mar 2031\n\n${first}\n\n${second}`, 'social').map((q) => q.words),
      ).toEqual(['Two days in Fjellby.', 'Thanks to the Union.']);
  });

  it('keeps a date that opens or closes a post: it is no counter', () => {
    expect(
      quotes(
        'Henrik Dahl @envoy_dahl\n\n16/03 talks resume in Fjellby.\n\nThe annex goes to both capitals by 20/03',
        'social',
      ).map((q) => q.words),
    ).toEqual(['16/03 talks resume in Fjellby. The annex goes to both capitals by 20/03']);
  });

  it("ends a post at the platform's line of time, date and views, in the forms X prints it", () => {
    for (const stamp of [
      '10:48 PM · Mar 10, 2031 · 12.4K Views',
      '08:02 · 16.01.2031 · 981 Views',
      '9:14 AM · Mar 4, 2031',
    ]) {
      const text = `Henrik Dahl @envoy_dahl\n\n1/2 Two days in Fjellby.\n\n2/2 Thanks to the Union.\n\n${stamp}\n\n48 Reposts 21 Quotes 203 Likes`;
      expect(
        quotes(text, 'social').map((q) => q.words),
        stamp,
      ).toEqual(['Two days in Fjellby.', 'Thanks to the Union.']);
    }
  });

  it('drops the cut-off card of a quoted post that the page gives in full, keeps a cut-off post it does not', () => {
    const text = [
      'Henrik Dahl @envoy_dahl',
      'Two days in Fjellby and both sides still at the table.',
      'Quote',
      'Oleg Varin @varin_tv · Mar 4',
      'We will read the text with care.',
      '9:02 AM · Mar 5, 2031',
      'Ida Berg @idaberg · Mar 5',
      'Talks are talks.',
      'Quote',
      'Henrik Dahl @envoy_dahl · Mar 4',
      'Two days in Fjellby and both sides…',
      'Per Holm @perholm · Mar 5',
      'The annex on the quota runs to forty pages and…',
    ].join('\n\n');
    expect(quotes(text, 'social').map((q) => q.words)).toEqual([
      'Two days in Fjellby and both sides still at the table.',
      'We will read the text with care.',
      'Talks are talks.',
      'The annex on the quota runs to forty pages and…',
    ]);
  });
  it('reads a thread whose counters close each post', () => {
    const text =
      'Henrik Dahl @envoy_dahl · 4 Mar 2031\n\nTwo days in Fjellby. 1/2\n\nThanks to the Union. 2/2\n\n#Vell';
    expect(quotes(text, 'social').map((q) => q.words)).toEqual([
      'Two days in Fjellby.',
      'Thanks to the Union. 2/2 #Vell',
    ]);
  });

  it('gives each post of a page to the account in the header above it, replies included', () => {
    const text =
      'Henrik Dahl @envoy_dahl · 4 Mar 2031\n\nThe quota text goes to both capitals tonight.\n\n' +
      'Oleg Varin @varin_tv · 4 Mar 2031\n\nThank you @envoy_dahl, we will read it with care.';
    expect(quotes(text, 'social')).toEqual([
      { words: 'The quota text goes to both capitals tonight.', speaker: 'dahl' },
      { words: 'Thank you @envoy_dahl, we will read it with care.', speaker: 'varin' },
    ]);
  });
});

describe('speakers in news and releases', () => {
  it('keeps a multi-word office whole: the person after it speaks', () => {
    const text =
      '"The nets stay in the harbour until June," said Minister of Fisheries and Forests Anton Pell.';
    expect(quotes(text, 'press-release')).toEqual([
      { words: 'The nets stay in the harbour until June,', speaker: 'pell' },
    ]);
  });

  it('gives a quotation to the name an inverted attribution sets after the office ("said the chief executive, Ada Lund")', () => {
    const cases: [string, string][] = [
      ['"We are ready for the first trains," said the port\'s chief executive, Ada Lund.', 'Ada Lund'],
      ['"The quota holds," said the Foreign Minister of Arvenia, Mira Kostal, on Monday.', 'kostal'],
      [
        '"The nets stay in port," said a senior official of the Union, Per Holm, after the talks.',
        'Per Holm',
      ],
      ['"We will read it," added its director general, Ola Berg; the board met later.', 'Ola Berg'],
    ];
    for (const [text, speaker] of cases)
      expect(quotes(text, 'press-release')[0], text).toMatchObject({ speaker });
    // A day after the comma is no name: the office speaks.
    expect(quotes('"We will sign," said the ministry\'s spokesman, Monday.', 'news')[0]?.speaker).not.toBe(
      'Monday',
    );
  });

  it('gives a quotation to the name a relative "who" makes the subject of the reporting verb', () => {
    const cases: [string, string][] = [
      [
        'The envoy held talks with President Kostal, who said the accord was "the best we could hope for".',
        'kostal',
      ],
      ['Solberg spoke to Henrik Dahl, who has warned that "the window is closing fast".', 'dahl'],
      [
        'Reporters met Oleg Varin, who later told them the quota was "not up for discussion at all".',
        'varin',
      ],
    ];
    for (const [text, speaker] of cases) expect(quotes(text, 'news')[0], text).toMatchObject({ speaker });
    // A "who" clause closed by its comma is an aside: the subject after it speaks.
    expect(
      quotes('Solberg, who met Dahl on Monday, said the text was "nearly ready for signature".', 'news')[0],
    ).toMatchObject({ speaker: 'solberg' });
  });

  it('gives words a sentence with no speaker of its own to the one the sentence before set speaking', () => {
    const cases: [string, string][] = [
      [
        'Henrik Dahl is speaking to reporters in Fjellby. Key line: the quota is "settled for one season".',
        'dahl',
      ],
      [
        'President Kostal addressed the assembly this morning. Her message: "Arvenia will not wait for Torvania."',
        'kostal',
      ],
      [
        'Oleg Varin briefed the press after the talks. The annex, in his words, is "not ready this week".',
        'varin',
      ],
      ['14:02\n\nIngrid Solberg spoke to reporters. She calls the text "ninety per cent done".', 'solberg'],
    ];
    for (const [text, speaker] of cases) expect(quotes(text, 'news')[0], text).toMatchObject({ speaker });
    // Not when the sentence before sets no one speaking, or the quotation's own sentence has a speaker.
    expect(
      quotes('Henrik Dahl arrived in Fjellby on Monday. The plan is "a basis for talks".', 'news')[0]
        ?.speaker,
    ).toBeUndefined();
    expect(
      quotes(
        'Ingrid Solberg told reporters the talks would resume. Critics called the plan "a gift to Drava".',
        'news',
      )[0]?.speaker,
    ).not.toBe('solberg');
    expect(
      quotes('Arvenia is speaking now. The text is "not negotiable at all".', 'news')[0]?.speaker,
    ).toBeUndefined();
  });

  it("resolves an office to its holder: with its 'of' phrase, after its party's possessive, in a label", () => {
    expect(
      quotes('Talks ended.\n\n"The nets stay in port," the Minister of Fisheries and Forests said.', 'news'),
    ).toEqual([{ words: 'The nets stay in port,', speaker: 'pell' }]);
    expect(quotes('"We will read it," said the Secretary-General of the Union.', 'news')).toEqual([
      { words: 'We will read it,', speaker: 'oyelaran' },
    ]);
    expect(quotes('"The text is not final," Norland\'s special envoy said.', 'news')).toEqual([
      { words: 'The text is not final,', speaker: 'dahl' },
    ]);
    expect(
      quotes('O.Varin: We met.\n\nH.Dahl: We agree.\n\nO.Varin: Good.', 'meeting-transcript')[1],
    ).toEqual({
      words: 'We agree.',
      speaker: 'dahl',
    });
  });

  it('gives a quotation a colon introduces to the person who opens the sentence, whatever the verb', () => {
    expect(
      quotes(
        'President Varin has repeated the line he gave the envoy: "The river is shared by all who fish it."',
        'news',
      ),
    ).toEqual([{ words: 'The river is shared by all who fish it.', speaker: 'varin' }]);
    expect(
      quotes('The talks ended with a line from the envoy: "The river is shared by all."', 'news')[0],
    ).toMatchObject({
      speaker: undefined,
    });
  });

  it('gives a quotation the speaker a dash sets after it with a verb, in the translated style of ministries', () => {
    // As cleaning leaves them: «…» and “…” straightened.
    const text = [
      '"We are ready," Solberg said at the briefing in Fjellby.',
      '"The text is final", – Surin stressed.',
      '"Nothing is agreed," — Pavel Surin noted.',
      '"We will not sign under pressure," – noted the President of Arvenia.',
    ].join('\n\n');
    expect(quotes(text, 'news').map((q) => q.speaker)).toEqual(['solberg', 'surin', 'surin', 'kostal']);
  });

  it("gives the head of state's words to the president of the party the text named last", () => {
    const varin =
      'The President of Torvania held a meeting with the Security Council.\n\n"We are ready for dialogue, but not at any price," the head of state said.';
    expect(quotes(varin, 'news').map((q) => q.speaker)).toEqual(['varin']);
    const kostal =
      'Arvenia marked the return of its people.\n\n"We have brought them home," the Head of State said in her evening address.';
    expect(quotes(kostal, 'news').map((q) => q.speaker)).toEqual(['kostal']);
    // No party named: the function stays as said.
    expect(quotes('"We are ready," the head of state said.', 'news').map((q) => q.speaker)).toEqual([
      'head of state',
    ]);
  });

  it('gives a quotation the speaker a dash names after it', () => {
    expect(quotes('Talks ended.\n\n"We are not done yet" — a senior Arvenian diplomat.', 'news')).toEqual([
      { words: 'We are not done yet', speaker: 'senior Arvenian diplomat' },
    ]);
  });

  it('gives an unclosed quotation the speaker its own last clause names', () => {
    const text =
      'The talks ended late.\n\n"If the quota slips again, nobody in Kessel will be surprised, a senior Arvenian diplomat said.';
    expect(quotes(text, 'news')).toEqual([
      {
        words:
          'If the quota slips again, nobody in Kessel will be surprised, a senior Arvenian diplomat said.',
        speaker: 'senior Arvenian diplomat',
      },
    ]);
  });

  it('gives both halves of a quotation interrupted by "she said" to one speaker', () => {
    const text =
      'Mira Kostal spoke after the session.\n\n"We came for a quota," she said, "and we leave with one."';
    expect(quotes(text, 'news')).toEqual([
      { words: 'We came for a quota,', speaker: 'kostal' },
      { words: 'and we leave with one.', speaker: 'kostal' },
    ]);
  });
});

describe('labels that set an office and a name apart by a comma', () => {
  it('reads "Office, Name:" and "Name, Office:" as the person, the office kept as the aside', () => {
    expect(turnLabel('Official Spokesperson, Shri Taras Melnyk: Good evening, friends.')).toMatchObject({
      name: 'Shri Taras Melnyk',
      aside: 'Official Spokesperson',
    });
    expect(turnLabel('Taras Melnyk, Spokesperson: Good evening.')).toMatchObject({
      name: 'Taras Melnyk',
      aside: 'Spokesperson',
    });
    const briefing = [
      'Transcript of Special Briefing by Foreign Secretary on the Fjellby talks (March 12, 2031)',
      'Official Spokesperson, Shri Taras Melnyk: Good evening, and thank you for joining us. Sir, over to you.',
      'Foreign Secretary, Mr Henrik Dahl: Thank you. The talks concluded yesterday in Fjellby.',
      'Question: Sir, this is Anjali from the Daily Courier. Was the text agreed?',
      'Foreign Secretary, Mr Henrik Dahl: Nothing is agreed until everything is agreed.',
    ].join('\n\n');
    expect(quotes(briefing).map((q) => q.speaker)).toEqual(['melnyk', 'dahl', 'journalist', 'dahl']);
  });

  it('reads no label in two places, two offices, or a sentence with a comma before its colon', () => {
    expect(turnLabel('Fjellby, Norland: the talks resume.')).toBeUndefined();
    expect(turnLabel('President Kostal, Prime Minister Varin: a joint appearance.')).toBeUndefined();
    expect(turnLabel('In Fjellby, the minister said: we will sign.')).toBeUndefined();
    expect(turnLabel('Fjellby, Norland, Vell Valley: the talks resume.')).toBeUndefined();
  });

  it('reads a broadcaster\'s "Name, Office, Body:" as the person, the office and its body the aside', () => {
    expect(turnLabel("Taras Melnyk, Chair, Harbour Users' Group:\n\nThank you for having me.")).toMatchObject(
      {
        name: 'Taras Melnyk',
        aside: "Chair, Harbour Users' Group",
      },
    );
    expect(turnLabel('Henrik Dahl, Director, Vell River Office: We sign on Monday.')).toMatchObject({
      name: 'Henrik Dahl',
    });
    // An office "at" or "in" its ministry, as a chamber's record names a junior minister.
    expect(
      turnLabel('Henrik Dahl, Minister of State at the Foreign Office: Madam President, we welcome it.'),
    ).toMatchObject({
      name: 'Henrik Dahl',
      aside: 'Minister of State at the Foreign Office',
    });
  });

  it("reads a place before an office and its body as no person: the body's voice, kept as written", () => {
    expect(turnLabel('Kessel, Director, Vell Basin Secretariat: The survey is finished.')).toMatchObject({
      name: 'Vell Basin Secretariat',
      aside: 'Director',
      delegation: true,
    });
    const panel = [
      'Transcript: second panel of the river forum, 5 June',
      'Moderator: Good morning, all.',
      'Drava, Chair, Water Commission: The survey stands.',
      'Ingrid Solberg, Adviser, Norland Delegation: The annex is ready.',
      'Moderator: Thank you.',
    ].join('\n\n');
    const who = quotesRead(panel, 'transcript.txt', 10).map(([speaker]) => speaker);
    expect(who).toContain('Drava, Chair, Water Commission');
    expect(who).not.toContain('torvania');
    expect(who).toContain('solberg');
  });
});
