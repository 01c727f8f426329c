// A press conference's opening remarks printed before its first label are the turn of the speaker
// its title names (an alliance's, the UN's, a presidency's and a ministry's house styles); a
// Kremlin-style intro, a UN transcript note and a gaggle's summary are the record's own voice, and
// a joint press conference's opening has no one speaker. Invented documents.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { openingRemarks } from '../../src/evidence/openingRemarks.ts';
import { titleSpeaker } from '../../src/evidence/speeches.ts';
import { roster } from './roster.ts';

const turns = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre, published: '2031-03-10' }).flatMap((c) =>
    c.kind === 'quote' ? [[c.speaker?.personId ?? c.speaker?.name ?? null, c.data.words.slice(0, 20)]] : [],
  );

describe('opening remarks before the first label', () => {
  it('are the turn of the secretary general the title names (alliance style, "As delivered")', () => {
    const text = [
      'Press conference by Secretary General Ingrid Solberg following the meeting of Foreign Ministers',
      '07 Mar. 2031',
      '(As delivered)',
      'Good afternoon.\nWe have just concluded a productive meeting of Foreign Ministers.',
      'I also spoke with President Kostal this morning.',
      'Oana Brandt (Spokesperson): We will start with Reuters.',
      'Question [Reuters]: Secretary General, who drafted the framework?',
      'Secretary General: Norland did.',
    ].join('\n\n');
    expect(turns(text)).toEqual([
      ['solberg', 'Good afternoon. We h'],
      ['Oana Brandt', 'We will start with R'],
      ['journalist', 'Secretary General, w'],
      ['solberg', 'Norland did.'],
    ]);
  });

  it('are the office holder’s when the title names an office the roster does not hold (UN press encounter)', () => {
    const text = [
      "Secretary-General's remarks at press encounter on the Fjellby talks [as delivered]",
      'New York, 11 March 2031',
      'Good morning.',
      'I have just returned from Fjellby. Let me be clear: there is no military solution.',
      'Question: Secretary-General, will you meet President Varin?',
      'Secretary-General: I am ready to meet any leader who wants peace.',
    ].join('\n\n');
    expect(turns(text)[0]).toEqual(['Secretary-General', 'Good morning. I have']);
  });

  it('are a president’s before a departure, and a minister’s at a doorstep', () => {
    const departure = [
      'Remarks by President Kostal Before Departure',
      '10:14 A.M.',
      'Thank you. Look, we had a good call with President Varin last night. We are going to get there.',
      'Q    Madam President, did you agree on a date?',
      'THE PRESIDENT:  Not yet.',
    ].join('\n\n');
    expect(turns(departure)[0]).toEqual(['kostal', 'Thank you. Look, we ']);
    const doorstep = [
      'Doorstep by Foreign Minister Ingrid Solberg ahead of the Foreign Affairs Council',
      'Brussels, 10 March 2031',
      'Check against delivery',
      'Today we will discuss the talks in Fjellby. We will not accept any deadline imposed from outside.',
      'Journalist: Will the Union send monitors?',
      'Ingrid Solberg: We are ready, if the parties ask.',
    ].join('\n\n');
    expect(turns(doorstep)[0]).toEqual(['solberg', 'Today we will discus']);
  });

  it('are the spokesperson’s whom the UN noon briefing’s note names, the note itself no one’s', () => {
    const text = [
      'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
      '11 March 2031',
      "The following is a near-verbatim transcript of today's noon briefing by Lena Marrow, Spokesperson for the Secretary-General.",
      'Good afternoon. I will start with a statement on the talks in Fjellby.',
      'Question: Will the Secretary-General travel to Drava?',
      'Spokesperson: Not at this point.',
    ].join('\n\n');
    expect(turns(text)).toEqual([
      ['Lena Marrow', 'Good afternoon. I wi'],
      ['journalist', 'Will the Secretary-G'],
      ['Lena Marrow', 'Not at this point.'],
    ]);
  });

  it.each([
    [
      'a Kremlin-style intro',
      [
        'News conference of President of Torvania Oleg Varin',
        'Drava, 10 March 2031',
        'Oleg Varin answered questions from journalists following talks with Foreign Minister Ingrid Solberg.',
        'Question: Mr President, is the framework final?',
        'Oleg Varin: No. The text is still being negotiated.',
      ],
    ],
    [
      'a gaggle’s summary line',
      [
        'PRESS GAGGLE BY PRESS SECRETARY LUND',
        'March 6, 2031',
        'The Press Secretary briefed reporters aboard the aircraft en route to Fjellby.',
        'Q    Is the President meeting Varin?',
        'MS. LUND: Not on this trip.',
      ],
    ],
    [
      'a joint press conference’s opening',
      [
        'Joint press conference by President Mira Kostal and Foreign Minister Ingrid Solberg',
        'Kessel, 5 March 2031',
        'Good afternoon. We have just concluded our talks.',
        'Question: Madam President, when will you meet Varin?',
        'Mira Kostal: When he is ready.',
      ],
    ],
    [
      'an interview’s standfirst',
      [
        'Interview by Anna Berg',
        'Foreign Minister Ingrid Solberg spoke to the Courier in her office on Thursday.',
        'Question: Is the framework final?',
        'Ingrid Solberg: It is agreed in principle.',
        'Question: Who wrote it?',
        'Ingrid Solberg: The parties did.',
      ],
    ],
  ])('%s is no turn', (_, lines) => {
    const said = turns(lines.join('\n\n'));
    expect(said[0]?.[0]).toBe('journalist');
  });
});

describe('titleSpeaker', () => {
  it.each([
    [
      'Press conference by Secretary General Ingrid Solberg following the meeting',
      'Secretary General Ingrid Solberg',
    ],
    ['Remarks by President Kostal Before Marine One Departure', 'President Kostal'],
    ["Secretary-General's remarks to the press on the Fjellby talks", 'Secretary-General'],
    ['Secretary Henrik Dahl Remarks to the Press', 'Secretary Henrik Dahl'],
    ['REMARKS TO THE PRESS\nSpecial Envoy Henrik Dahl\nFjellby', 'Special Envoy Henrik Dahl'],
    ['Press availability by Foreign Minister Ada Lind and spokesperson Per Holm', undefined],
    ['Interview by Anna Berg', undefined],
    ["Press statement by President Kostal and answers to journalists' questions", 'President Kostal'],
    ['Remarks by President Kostal and Prime Minister Holm', undefined],
  ])('%s', (head, speaker) => {
    expect(titleSpeaker(head)).toBe(speaker);
  });
});

describe('openingRemarks', () => {
  it('starts at the greeting, after the header lines', () => {
    const head = 'Remarks by President Kostal\n\nSouth Lawn\n\nGood morning. We are close.\n\n';
    const span = openingRemarks(head);
    expect(span && head.slice(...span)).toBe('Good morning. We are close.');
  });
  it('ends before a heading left over the questions, and keeps a greeting alone', () => {
    const head = 'Remarks by President Kostal\n\nGood morning. We are close.\n\n**Questions and Answers\n\n';
    const span = openingRemarks(head);
    expect(span && head.slice(...span)).toBe('Good morning. We are close.');
    const greeting = 'Remarks by President Kostal\n\nGood morning\n\n';
    const alone = openingRemarks(greeting);
    expect(alone && greeting.slice(...alone)).toBe('Good morning');
  });
  it('needs a delivery note for a first paragraph that greets no one', () => {
    expect(openingRemarks('Remarks by President Kostal\n\nWe are close to a deal.\n\n')).toBeUndefined();
    expect(
      openingRemarks('Remarks by President Kostal\n\n(As delivered)\n\nWe are close to a deal.'),
    ).toBeDefined();
  });
});

describe('a ministry briefing’s announcements before the questions', () => {
  it('are the spokesman’s when he speaks as "I", under a section heading', () => {
    const text = [
      'Briefing by Foreign Ministry Spokesman Pavel Surin, Drava, March 4, 2031',
      'On the Fjellby talks',
      'I would like to begin with the talks in Fjellby. The Torvanian delegation has not received the text.',
      'Question: When will the next round take place?',
      'Pavel Surin: The date has not been agreed.',
      'Question: Who wrote the text?',
      'Pavel Surin: Not us.',
    ].join('\n\n');
    expect(turns(text)[0]).toEqual(['surin', 'I would like to begi']);
  });
  it.each([
    'On March 10, Foreign Minister Pavel Surin will hold consultations with Special Envoy Henrik Dahl.',
    'Pavel Surin took questions on Tuesday. "I am not worried," he told the briefing.',
  ])('are not when the paragraph speaks of him or quotes him: %s', (paragraph) => {
    const text = [
      'Briefing by Foreign Ministry Spokesman Pavel Surin, Drava, March 4, 2031',
      paragraph,
      'Question: When will the next round take place?',
      'Pavel Surin: The date has not been agreed.',
      'Question: Who wrote the text?',
      'Pavel Surin: Not us.',
    ].join('\n\n');
    expect(turns(text).filter(([, w]) => w?.startsWith('On March') || w?.startsWith('Pavel'))).toEqual([]);
  });
});

describe('a record that labels only its questions', () => {
  const eeas = [
    'Fjellby: Press remarks by High Representative Ingrid Solberg after the Foreign Affairs Council',
    '10.03.2031',
    'Check against delivery!',
    'Thank you. Good afternoon.',
    'Today we discussed the talks in Fjellby. We will not accept any deadline imposed from outside.',
    'Q. Will the Union send monitors to Drava?',
    'We are ready, if the parties ask. But this is not a decision for today.',
    'Q. Has Torvania received the revised text? And when?',
    'I cannot speak for Torvania.',
    'Link to the video: https://video.example/v-123',
  ].join('\n\n');
  it('gives the answers under each question to the title’s speaker, the headline’s topic no turn', () => {
    expect(turns(eeas)).toEqual([
      ['solberg', 'Thank you. Good afte'],
      ['journalist', 'Will the Union send '],
      ['solberg', 'We are ready, if the'],
      ['journalist', 'Has Torvania receive'],
      ['solberg', 'I cannot speak for T'],
    ]);
  });
  it('keeps a question’s paragraphs together where answers have labels', () => {
    const text = [
      'Press conference by Secretary General Ingrid Solberg',
      'Question: Two questions. First, who drafted the framework?',
      'And second, when will it be signed?',
      'Secretary General: Norland did, and soon.',
      'Question: Thank you.',
      'Secretary General: Thank you.',
    ].join('\n\n');
    expect(turns(text).slice(0, 2)).toEqual([
      ['journalist', 'Two questions. First'],
      ['solberg', 'Norland did, and soo'],
    ]);
  });
  it('reads the UN’s "SG:" as the Secretary-General the title names, else as written', () => {
    const text = (title: string) =>
      [
        title,
        'Good afternoon. The agreement reached in Fjellby is an important step.',
        'Q: Will the UN monitor the ceasefire?',
        'SG: We stand ready.',
      ].join('\n\n');
    expect(
      turns(text('Remarks to the press by Secretary-General Lena Marrow on the talks')).map(([s]) => s),
    ).toEqual(['Lena Marrow', 'journalist', 'Lena Marrow']);
    expect(turns(text('Remarks to the press by the Secretary-General on the talks')).map(([s]) => s)).toEqual(
      ['Secretary-General', 'journalist', 'Sg'],
    );
  });
});

describe('the UN noon briefing’s announcements under its transcript note', () => {
  it('are the spokesman’s the note names, though they speak of the Secretary-General', () => {
    const text = [
      'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
      '11 March 2031',
      "The following is a near-verbatim transcript of today's noon briefing by Lena Marrow, Spokesperson for the Secretary-General.",
      '**Fjellby**',
      'The Secretary-General welcomes the agreement reached yesterday in Fjellby.',
      'Question: Will he travel to Drava?',
      'Spokeswoman: Not at this point.',
    ].join('\n\n');
    expect(turns(text)).toEqual([
      ['Lena Marrow', 'The Secretary-Genera'],
      ['journalist', 'Will he travel to Dr'],
      ['Lena Marrow', 'Not at this point.'],
    ]);
  });
  it('are no one’s without the note: a press conference’s first paragraph in the third person is narrative', () => {
    const text = [
      'Press conference by the Spokesperson for the Secretary-General',
      'The Secretary-General welcomes the agreement reached yesterday in Fjellby.',
      'Question: Will he travel to Drava?',
      'Spokesperson: Not at this point.',
    ].join('\n\n');
    expect(turns(text)[0]?.[0]).toBe('journalist');
  });
});

describe('a speech printed whole, with no label', () => {
  const speech = (title: string, note: string, body: string[]) =>
    [title, '10 March 2031', note, ...body].join('\n\n');
  it.each([
    [
      speech('Speech by Foreign Minister Ingrid Solberg at the Union Council', 'Check against delivery', [
        'Thank you, Madam Chair.',
        'Colleagues, we will not accept any deadline imposed from outside.',
      ]),
      'solberg',
    ],
    [
      speech("Secretary-General's remarks to the Security Council on the Fjellby talks", '[As delivered]', [
        'Mr. President, distinguished members of the Council,',
        'I thank you for the opportunity to brief the Council.',
      ]),
      'Secretary-General',
    ],
  ])('is one turn of the speaker its title names: %s', (text, speaker) => {
    expect(detectGenre(text).genre).toBe('press-conference');
    expect(turns(text)).toEqual([[speaker, expect.any(String)]]);
  });
  it.each([
    speech('Statement by Foreign Minister Ingrid Solberg on the Fjellby talks', '', [
      'Norland welcomes the agreement reached in Fjellby. Norland stands ready to host the next round.',
    ]),
    speech('Speech by Foreign Minister Ingrid Solberg draws criticism', '', [
      'Thank you, said the minister as she opened the Council, before a speech critics called vague.',
    ]),
  ])('is not one without a delivery note: %s', (text) => {
    expect(detectGenre(text).genre).not.toBe('press-conference');
  });
});
