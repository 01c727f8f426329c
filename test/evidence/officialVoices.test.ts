// Speakers that official and event records write in house styles of their own (issue #13 item 1):
// a transcription tool's numbered voices and its closing note, a committee's chair by alias or
// left unnamed, a think tank's names alone on their lines over the remarks and its summary under
// the Chatham House Rule, a paper's "Ms." before the name and an office before it in lower case,
// a broadcaster's initials asking, a ministry's daily briefing, a press pool's chat export, a
// fediverse thread's warnings and stamps, a meetings coverage summary's long paragraphs. Every
// text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { quotesRead } from './quotesRead.ts';
import { roster as base } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

const read = (text: string, roster: Roster = base) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words.slice(0, 30)]);

describe("a transcription tool's numbered voices", () => {
  const otter = (list: string, first: string) =>
    [
      'Vell Desk ep 9 - raw',
      '',
      'SPEAKERS',
      list,
      '',
      'Speaker 1  0:02',
      first,
      '',
      'Speaker 2  0:15',
      'Glad to be here, although the road from the border was long and slow today.',
      '',
      'Speaker 1  0:24',
      'Let us start with the text. Did your side receive it on Friday or not?',
      '',
      'Henrik Dahl  0:31',
      'We received it on Saturday, by hand, in the morning. Not on Friday.',
      '',
      'Speaker 3  0:50',
      'Sorry, the levels dropped there, can we go again from the top of that answer?',
      '',
      'Transcribed by https://transcriber.example',
    ].join('\n');

  it('names a voice by its own introduction and by the name the list holds in its place; an unnamed one stays its label', () => {
    const text = otter(
      'Speaker 1, Henrik Dahl, Speaker 3',
      "We are rolling. This is the Vell Desk, I'm Ingrid Solberg, and my guest has come a long way.",
    );
    expect(quotesRead(text, 'otter.txt', 20)).toEqual([
      ['solberg', 'We are rolling. This'],
      ['dahl', 'Glad to be here, alt'],
      ['solberg', 'Let us start with th'],
      ['dahl', 'We received it on Sa'],
      ['Speaker 3', 'Sorry, the levels dr'],
    ]);
  });

  it("ends the last turn at the tool's note, and names no voice from another's words or an office", () => {
    const text = otter(
      'Speaker 1, Speaker 2, Speaker 3, Henrik Dahl',
      'We are rolling. I am Foreign Minister today, as it happens, and my guest has come a long way.',
    );
    const quotes = quotesRead(text, 'otter.txt', 200);
    expect(quotes.map(([who]) => who)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1', 'dahl', 'Speaker 3']);
    expect(quotes.at(-1)?.[1]).toBe(
      'Sorry, the levels dropped there, can we go again from the top of that answer?',
    );
  });

  it('names no voice by whom it stands for or by an office after the capitals, and keeps an apostrophe inside a name', () => {
    const first = (intro: string) =>
      quotesRead(otter('Speaker 1, Speaker 2, Speaker 3, Henrik Dahl', intro), 'otter.txt', 20)[0]?.[0];
    expect(first("Morning all. I'm Ingrid Solberg's deputy, sitting in for her on the river file.")).toBe(
      'Speaker 1',
    );
    expect(first("Morning all. I'm Upper Vell's observer in this room, without a vote of my own.")).toBe(
      'Speaker 1',
    );
    expect(first("Morning all. I'm Vell Desk deputy editor and I will keep the time for us.")).toBe(
      'Speaker 1',
    );
    expect(first("Morning all. I'm Tomas O'Brien, and my guest has come a long way to be here.")).toBe(
      "Tomas O'Brien",
    );
    expect(first("Morning all. I'm Aoife D'Arcy-Lund, and my guest has come a long way to be here.")).toBe(
      "Aoife D'Arcy-Lund",
    );
  });
});

describe("a meeting app's transcript", () => {
  it("leaves the app's closing note out of the last turn", () => {
    const text = [
      'Working group on the Vell - Transcript',
      '',
      'Ingrid Solberg: Good morning, the recording is on and we have one hour for the three points.',
      '',
      'Henrik Dahl: The survey is done for two districts out of three, the third by Friday.',
      '',
      'Ingrid Solberg: Then we meet again on Friday at ten, I will send the invitation.',
      '',
      'Transcription ended after 00:41:12',
    ].join('\n');
    expect(read(text).at(-1)).toEqual(['solberg', 'Then we meet again on Friday a']);
    expect(
      extractClaims(text, { roster: base, genre: 'meeting-transcript' })
        .filter((c): c is Quote => c.kind === 'quote')
        .at(-1)?.data.words,
    ).toBe('Then we meet again on Friday at ten, I will send the invitation.');
  });
});

describe("a committee's chair", () => {
  const hearing = [
    'Committee on Foreign Affairs',
    'Estimates hearing',
    '',
    'Members in attendance: Senators Holm, Brand.',
    '',
    'CHAIR: We resume with the first outcome. Senator Holm, you have the call.',
    '',
    'Senator HOLM: Has the department seen the revised text of the Vell accord yet?',
    '',
    'Mr Dahl: We received it on Saturday, through the mediator, and we are reading it now.',
    '',
    'CHAIR: Thank you. We move to the second outcome.',
    '',
    'Proceedings suspended from 11:19 to 11:31',
    '',
    'The committee heard no further witnesses on the accord that morning, the record shows.',
  ].join('\n');

  it('is the person whose roster alias the label is, and a suspension line ends the turn', () => {
    const roster: Roster = {
      ...base,
      people: [...base.people, { id: 'brand', name: 'Ola Brand', office: 'Senator', aliases: ['CHAIR'] }],
    };
    const quotes = read(hearing, roster);
    expect(quotes.map(([who]) => who)).toEqual(['brand', 'Holm', 'dahl', 'brand']);
    expect(
      extractClaims(hearing, { roster, genre: 'meeting-transcript' })
        .filter((c): c is Quote => c.kind === 'quote')
        .at(-1)?.data.words,
    ).toBe('Thank you. We move to the second outcome.');
  });

  it("is not the roster's chair of another body", () => {
    const roster: Roster = {
      ...base,
      people: [
        ...base.people,
        { id: 'rask', name: 'Per Rask', office: 'Chair of the River Basin Council', aliases: [] },
      ],
    };
    expect(read(hearing, roster)[0]?.[0]).not.toBe('rask');
  });
});

describe("a think tank's event record", () => {
  const record = [
    'Transcript',
    '',
    'The Vell accord: water, land and a bridge',
    '',
    'Speakers: Henrik Dahl, Special Envoy of Norland',
    'Ingrid Solberg, Foreign Minister',
    'Chair: Dr Lena Vik, Director, River Programme',
    '',
    'The introductory remarks were on the record; the discussion was held under the Chatham House Rule.',
    '',
    'Lena Vik',
    '',
    'Good evening and welcome. Our first speaker came straight from the airport. Henrik, the floor is yours.',
    '',
    'Henrik Dahl',
    '',
    'Thank you, Lena. The river chapter is closed, and nobody has asked to open it again since May.',
    '',
    'Ingrid Solberg',
    '',
    'The bridge is the hard part. We will not sign a text that leaves the bridge to a later round.',
    '',
    'Question and answer session (held under the Chatham House Rule)',
    '',
    'A participant asked about the bridge. A speaker replied that the matter was "settled in principle". Another participant said that Torvania "will sign first, whatever is said".',
    '',
    'A participant said: "A text nobody has read cannot be signed."',
  ].join('\n');

  it('reads a name its head lists, alone on its line, as the label over the words', () => {
    expect(detectGenre(record).genre).toBe('meeting-transcript');
    expect(read(record).slice(0, 3)).toEqual([
      ['Lena Vik', 'Good evening and welcome. Our '],
      ['dahl', 'Thank you, Lena. The river cha'],
      ['solberg', 'The bridge is the hard part. W'],
    ]);
  });

  it('ends the remarks at the discussion heading and gives its quotations to the roles that said them', () => {
    expect(read(record).slice(3)).toEqual([
      ['speaker', 'settled in principle'],
      ['participant', 'will sign first, whatever is s'],
      ['participant', 'A text nobody has read cannot '],
    ]);
  });

  it('takes no name alone on its line for a label when the head lists nobody', () => {
    const news = record.replace(/Speakers: .*\n.*\nChair: .*\n/, '');
    expect(read(news).some(([who]) => who === 'dahl')).toBe(false);
  });
});

describe('a title before the name after a quotation', () => {
  it('reads "Ms. Lind said" and "said Mr. Roe, who …" as the attribution', () => {
    const text = [
      'Foreign Minister Ingrid Solberg said on Sunday that the talks would go on.',
      '',
      '"We will not be rushed by anyone," Ms. Solberg said. "We read every line first."',
      '',
      '"The text is ready for both of them," said Mr. Dahl, who has led the mediation since May.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['solberg', 'We will not be rushed by anyon'],
      ['solberg', 'We read every line first.'],
      ['dahl', 'The text is ready for both of '],
    ]);
  });

  it('reads an office with its "of the" before the name as the one after the verb', () => {
    const text = [
      'The Treasury set out the schedule of sanctions relief on Monday.',
      '',
      '"Relief is earned, not given," said Chief of the Presidential Staff Taras Melnyk. "This schedule tells them exactly what they get.',
    ].join('\n');
    expect(read(text).map(([who]) => who)).toEqual(['melnyk', 'melnyk']);
  });

  it('reads an office in lower case without its article before the name after the verb', () => {
    const text = [
      'The ministry held its weekly briefing on Tuesday.',
      '',
      '"We are watching the process very closely," said foreign ministry spokesman Pavel Surin at the briefing.',
      '',
      '"Nothing is agreed yet," said one of the officials present.',
    ].join('\n');
    expect(read(text).map(([who]) => who)[0]).toBe('surin');
  });

  it('still ends the attribution at a sentence that a title does not open', () => {
    const text = [
      'Foreign Minister Ingrid Solberg spoke in the morning; Henrik Dahl spoke later in the day.',
      '',
      '"We will not be rushed by anyone." Mr. Dahl said nothing of the kind that afternoon.',
    ].join('\n');
    expect(read(text)[0]?.[0]).not.toBe('dahl');
  });
});

describe("a broadcaster's interview and a ministry's daily briefing", () => {
  it("reads a broadcaster's joined initials as its asker, and ends the last answer at the editor's note", () => {
    const text = [
      'Interview: Norland Envoy Says The Text Is Final',
      '',
      'By Lena Vik',
      '',
      'Henrik Dahl has led the mediation since May. He spoke to us by video link on Friday.',
      '',
      'RFE/RL: The Arvenian side says it never received the revised text. Did it?',
      '',
      'Dahl: It went to both delegations on the same evening, at the same hour, by the same courier.',
      '',
      'RFE/RL: Will the signing happen on the first of October?',
      '',
      'Dahl: We will sign a text both sides have read. Give them the week, then ask me again.',
      '',
      'This interview has been edited for length and clarity.',
    ].join('\n');
    const quotes = extractClaims(text, { roster: base, genre: detectGenre(text).genre }).filter(
      (c): c is Quote => c.kind === 'quote',
    );
    expect(quotes.map((q) => q.speaker?.personId ?? q.speaker?.name)).toEqual([
      'journalist',
      'dahl',
      'journalist',
      'dahl',
    ]);
    expect(quotes.at(-1)?.data.words).toBe(
      'We will sign a text both sides have read. Give them the week, then ask me again.',
    );
  });

  it("gives a daily briefing's answers to the spokesperson its statements are by, not to the rhythm in its title", () => {
    const text = [
      'MINISTRY OF FOREIGN AFFAIRS OF NORLAND',
      'Daily Press Briefing',
      'Fjellby, 14 May 2031',
      '',
      'Statements by the Spokesperson',
      '',
      '1 - The Vell talks',
      '',
      'Norland welcomes the continuation of the talks between Arvenia and Torvania in Fjellby this week.',
      '',
      'Questions and answers',
      '',
      'Q - Has the Arvenian side received the revised text? Do you have information on this?',
      '',
      'R - We have been informed that the text was sent to both delegations on Monday evening.',
      '',
      'Q - Is the signing still planned for the end of the month?',
      '',
      'R - That is for the parties to say. We are ready to host it whenever they are.',
    ].join('\n');
    const speakers = read(text).map(([who]) => who);
    expect(speakers).not.toContain('Daily');
    expect(speakers.filter((who) => who !== 'journalist')).toEqual(expect.arrayContaining(['Spokesperson']));
  });
});

describe("a press pool's chat export", () => {
  const pool = [
    'Desktop export',
    '',
    'Group: Fjellby press pool',
    '',
    'Members: 6',
    '',
    'Exported: 2031-05-19 22:41',
    '',
    'Disappearing messages: off',
    '',
    '——— Friday, 16 May 2031 ———',
    '',
    '[2031-05-16 08:52] Lena Vik: Morning all. The mediators say both delegations got the text last night. Confirm?',
    '',
    '[2031-05-16 09:31] Pavel Surin: On the record: we have not been shown the new text, whatever they say.',
    '  👍 3  😂 2',
    '',
    '——— Saturday, 17 May 2031 ———',
    '',
    '[2031-05-17 16:02] Lena Vik: The Union statement is out. Seven points. Link in next message.',
    '',
    '[2031-05-17 16:02] Lena Vik: [link preview: Union statement on the Vell — union.example]',
    '',
    '[2031-05-17 16:10] Pavel Surin: A paper copy reached us by courier this morning. We are reading it.',
  ].join('\n');

  it("reads every message under an export's header set apart by blank lines, without the app's lines", () => {
    const quotes = extractClaims(pool, { roster: base, genre: detectGenre(pool).genre }).filter(
      (c): c is Quote => c.kind === 'quote',
    );
    expect(quotes.map((q) => [q.speaker?.personId ?? q.speaker?.name, q.data.words.slice(-20)])).toEqual([
      ['Lena Vik', 'xt last night. Confirm?'.slice(-20)],
      ['surin', 'new text, whatever they say.'.slice(-20)],
      ['Lena Vik', 'Link in next message.'.slice(-20)],
      ['surin', 'ing. We are reading it.'.slice(-20)],
    ]);
  });
});

describe('a fediverse thread', () => {
  const post = (n: number, words: string) => [
    'Lena Vik',
    '@lenavik@press.example',
    '',
    'CW: Vell talks, long thread',
    '',
    `${n}/3 ${words}`,
    '',
    `May 12, 2031, 07:5${n} · 🌐 · Client for iOS`,
    `↻ 2${n} ☆ 4${n}`,
    '',
  ];
  const thread = [
    ...post(1, 'The round is over. The mediators put a revised text on the table late last night.'),
    ...post(2, 'Both delegations have flown home; nobody would tell me who signs first.'),
    ...post(3, 'More next week: I am recording with one of the negotiators on Tuesday.'),
  ].join('\n');

  it("leaves a post's content warning and its stamp line with the client out of its words", () => {
    const words = read(thread).map(([, w]) => w);
    expect(words).toEqual([
      'The round is over. The mediato',
      'Both delegations have flown ho',
      'More next week: I am recording',
    ]);
  });
});

describe("a meetings coverage summary's speakers", () => {
  it('gives a pronoun the office that opened its long paragraph, no one named since', () => {
    const text = [
      'The Assembly took up the item on the Vell river this morning.',
      '',
      'The representative of Norland, speaking as mediator, said that the revised text of eleven points had been sent to both delegations on the evening of the last day of the round. At the request of one of the parties, the deadline for written replies had been extended by five days, and the signing, first set for the end of the month, had been moved to the week after in the same town, with the guarantors invited to attend. "The last mile of a negotiation is always the steepest," he said.',
    ].join('\n');
    const quotes = extractClaims(text, { roster: base, genre: 'news' }).filter(
      (c): c is Quote => c.kind === 'quote',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.partyId])).toEqual([
      ['representative of Norland', 'norland'],
    ]);
  });
});

describe("a party's office by its pronoun and a page's bar", () => {
  it('reads "Its spokesman would say only that" at a sentence\'s start as the office of the party named before', () => {
    const text = [
      'The talks ended on Wednesday night.',
      '',
      'The delegation of Torvania was more guarded. Its spokesman would say only that the text "will be studied at home, and not before it has been shown to us properly".',
    ].join('\n');
    const [quote] = extractClaims(text, { roster: base, genre: 'news' }).filter(
      (c): c is Quote => c.kind === 'quote',
    );
    expect(quote?.speaker?.personId ?? quote?.speaker?.name).toMatch(/surin|spokesman/i);
  });

  it("ends a page's post at the bar that opens its comments, separators between its words", () => {
    const text = [
      'Office of the President of Arvenia',
      '2h · 🌐',
      '',
      'Today I received the envoy of Norland at the palace, on his return from three days of talks in Fjellby.',
      '',
      '👍❤️ 3.4K · 512 comments · 268 shares',
      '',
      'Like · Comment · Share',
      '',
      'Most relevant ▾',
    ].join('\n');
    const words = read(text).map(([, w]) => w);
    expect(words).not.toContain('Like · Comment · Share');
  });
});
