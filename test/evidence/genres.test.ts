import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, type Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

// Written on Wednesday 5 March 2031.
const dates = (sentence: string) => findDates(sentence, '2031-03-05').map((d) => [d.text, d.iso]);

function quotes(text: string, genre?: Genre) {
  return extractClaims(text, { roster, ...(genre ? { genre } : {}) })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => ({
      words: c.data.words,
      speaker: c.speaker?.personId ?? c.speaker?.partyId ?? c.speaker?.name,
      said: c.speaker?.said,
      ...(c.data.form ? { form: c.data.form } : {}),
      ...(c.data.unclosed ? { unclosed: true } : {}),
    }));
}

describe('genre', () => {
  it('tells a transcript, a post, a joint statement, a press release and a readout from news', () => {
    expect(
      detectGenre('MR. DAHL: Good morning.\n\nQuestion: Will you sign?\n\nMR. DAHL: Not today.').genre,
    ).toBe('press-conference');
    expect(detectGenre('H. Dahl: We open.\n\nO. Varin: We agree.\n\nH. Dahl: Then we begin.').genre).toBe(
      'meeting-transcript',
    );
    expect(detectGenre('Henrik Dahl @envoy_dahl · Mar 4, 2031\n\nGood talks today.').genre).toBe('social');
    expect(
      detectGenre('Joint Statement of Arvenia and Torvania\n\nFjellby, 4 March 2031\n\n1. The sides met.')
        .genre,
    ).toBe('joint-statement');
    for (const title of ['Joint Communiqué', 'JOINT COMMUNIQUÉ', 'Joint Communique', 'Joint Declaration'])
      expect(
        detectGenre(`${title} of Arvenia and Torvania\n\n1. The sides met in Fjellby.`).genre,
        title,
      ).toBe('joint-statement');
    expect(detectGenre('FOR IMMEDIATE RELEASE\n\nThe ministry welcomed the talks.').genre).toBe(
      'press-release',
    );
    expect(detectGenre('The envoys met on Tuesday. "We are close," Dahl said.').genre).toBe('news');
  });
});

describe('genre of a record with two speakers', () => {
  it("reads two leaders' statements to the press as a transcript, however their turns open", () => {
    for (const text of [
      'Statements for the press\n\nHenrik Dahl: Ladies and gentlemen, friends,\n\nOur talks were long and useful.\n\nOskar Varin: Thank you. We agreed on much today.',
      'MR. DAHL: We have closed the round. The text goes home.\n\nMS. SOLBERG: Torvania will read it with care.',
      'President Dahl: We met for four hours.\n\nPrime Minister Varin: And we will meet again soon.',
    ])
      expect(detectGenre(text).genre, text).toBe('meeting-transcript');
  });

  it('leaves a fact box, one speaker, or one-word labels to news', () => {
    for (const text of [
      'The corridor opens in May.\n\nCapacity: 4.5 million tonnes a year\n\nLength: 640 kilometres of track',
      'Henrik Dahl: We met for four hours today.\n\nHenrik Dahl: And we will meet again soon.',
      'Dahl: We met for four hours today.\n\nVarin: And we will meet again soon.',
      'Henrik Dahl: Yes.\n\nOskar Varin: No.',
      'Talks resume in Fjellby.\n\nAlso Read: Torvania names a new envoy to the talks\n\nMore Stories: The corridor opens in May',
      'The ministry issued a statement.\n\nPress Contact: Ada Lind, +47 22 555 0101\n\nPress Office: Ministry of Foreign Affairs of Torvania',
      'The accord was signed in Fjellby.\n\nDate Signed: 12 March 2031\n\nEntry Into Force: 1 April 2031',
    ])
      expect(detectGenre(text).genre, text).toBe('news');
  });
});

describe('genre of a short briefing', () => {
  it('reads one question and its answer as a press conference when the header calls it a briefing or a transcript', () => {
    for (const text of [
      'Noon briefing by the Spokesperson\n\nThe talks resumed today.\n\nQuestion: Has the envoy called the minister?\n\nSpokesperson: He called her yesterday.',
      'Near-verbatim transcript of the doorstep\n\nREPORTER: Will you sign on Friday?\n\nMINISTER LIND: We will see.',
      'Remarks to the press by the Envoy\n\nQ: Is the deadline still Thursday?\n\nEnvoy Holm: It is.',
    ])
      expect(detectGenre(text).genre, text).toBe('press-conference');
  });

  it('leaves a question and an answer without such a header to news', () => {
    const text =
      'The talks resumed today in Fjellby.\n\nQuestion: Who pays for the dam?\n\nAnswer: Both sides do.';
    expect(detectGenre(text).genre).toBe('news');
  });
});

describe('genre of a short readout its header names', () => {
  it('reads a short readout headed READOUT or "attributable to" as a readout', () => {
    for (const head of [
      'READOUT\n\nOFFICE OF THE SPOKESPERSON',
      'The following is attributable to Spokesperson Ada Lind:',
    ])
      expect(
        detectGenre(
          `${head}\n\nSecretary Dahl spoke today with Foreign Minister Lind. The Secretary underscored the need for a ceasefire.`,
        ).genre,
        head,
      ).toBe('readout');
    expect(
      detectGenre(
        'The Secretary spoke today with Lind, officials said, in a call about the readout of the talks.',
      ).genre,
    ).toBe('news');
  });

  it('reads a heading that ends in "readout" as one, and a news headline about a readout as news', () => {
    const body = 'Secretary Dahl spoke today with Foreign Minister Lind about the crossings.';
    expect(detectGenre(`Secretary's call with Foreign Minister Lind: readout\n\n${body}`).genre).toBe(
      'readout',
    );
    for (const head of [
      'White House readout leaves out tariffs\n\nBy Ada Lind\n\nWASHINGTON, 4 March –',
      'What the readout did not say\n\nAnalysis by Ada Lind',
    ])
      expect(detectGenre(`${head}\n\n${body} Its account made no mention of tariffs.`).genre, head).toBe(
        'news',
      );
  });
});

describe('genre of a readout', () => {
  it('knows a readout by the set phrases of its narration, without the common ones', () => {
    const text =
      'Prime Minister Varin receives Special Envoy Dahl\n\nPrime Minister Varin today received Special Envoy Henrik Dahl, who briefed him on the round.\n\n' +
      'The Prime Minister expressed the hope that the next round would bring an agreement.\n\nThe interlocutors also touched upon the conference in Fjellby.';
    expect(detectGenre(text).genre).toBe('readout');
  });

  it("knows a head of state's office by its own set phrases", () => {
    const text =
      '24 March 2031 - 19:05\n\nPresident Varin held a meeting with the delegation back from Fjellby\n\n' +
      'The Head of State heard a report from the head of the delegation on the consultations.\n\n' +
      'President Varin also spoke by phone with the Prime Minister of Arvenia.';
    expect(detectGenre(text).genre).toBe('readout');
  });
});

describe('the tense of a clause with an irregular verb of the past', () => {
  it('reads a weekday in a clause led by "heard", "chose", "withdrew" as the one before', () => {
    for (const verb of ['heard a report on the round', 'chose to leave the round', 'withdrew from the round'])
      expect(dates(`The President ${verb} on Sunday.`), verb).toEqual([['on Sunday', '2031-03-02']]);
  });
});

describe('quotes in official genres', () => {
  it('reads every transcript turn as a quote of its label, paragraphs after it included', () => {
    const text =
      'MR. DAHL: Good morning. We begin.\n\nQuestion: Will Torvania sign?\n\nMR. DAHL: Not this week.\n\nThe text needs work.\n\nO. Varin: We will read it first.\n\nCHAIR (Ms. Solberg): Noted. Next item.';
    expect(quotes(text, 'press-conference')).toEqual([
      { words: 'Good morning. We begin.', speaker: 'dahl', said: 'MR. DAHL', form: 'turn' },
      { words: 'Will Torvania sign?', speaker: 'journalist', said: 'Question', form: 'turn' },
      { words: 'Not this week. The text needs work.', speaker: 'dahl', said: 'MR. DAHL', form: 'turn' },
      { words: 'We will read it first.', speaker: 'varin', said: 'O. Varin', form: 'turn' },
      { words: 'Noted. Next item.', speaker: 'solberg', said: 'CHAIR (Ms. Solberg)', form: 'turn' },
    ]);
  });

  it('reads a question with no colon ("Q  Karin, …", "Q. Will …") as a turn of its own', () => {
    const text =
      'MR. DAHL: Good afternoon. We begin.\n\nQ    Henrik, will Torvania sign?\n\nMR. DAHL: Not this week.\n\nQ. And the Arvenians?\n\nMR. DAHL: They will.';
    expect(quotes(text, 'press-conference').map((q) => [q.words, q.speaker, q.said])).toEqual([
      ['Good afternoon. We begin.', 'dahl', 'MR. DAHL'],
      ['Henrik, will Torvania sign?', 'journalist', 'Q'],
      ['Not this week.', 'dahl', 'MR. DAHL'],
      ['And the Arvenians?', 'journalist', 'Q.'],
      ['They will.', 'dahl', 'MR. DAHL'],
    ]);
    expect(
      quotes('Q. Hallam: We will sign.\n\nMR. DAHL: Good.\n\nQ3 figures are out.', 'press-conference')[0],
    ).toMatchObject({
      said: 'Q. Hallam',
    });
  });

  it('reads a question label in capitals as a journalist, not as a speaker named Question', () => {
    const text = 'MR. DAHL: Good morning.\n\nQUESTION: Will Torvania sign?\n\nMR. DAHL: Not this week.';
    expect(quotes(text, 'press-conference')[1]).toMatchObject({ speaker: 'journalist', said: 'QUESTION' });
  });

  it('reads a post as one statement of its account', () => {
    const text = 'Henrik Dahl\n\n@envoy_dahl\n\nMar 4, 2031\n\nGood talks in Drava today. More on Friday.';
    expect(quotes(text, 'social')).toEqual([
      {
        words: 'Good talks in Drava today. More on Friday.',
        speaker: 'dahl',
        said: 'Henrik Dahl',
        form: 'post',
      },
    ]);
  });

  it('gives a quotation in its own paragraph to the speaker a colon introduced', () => {
    const text = 'Oleg Varin noted:\n\n"Water is not a weapon. It never was."';
    expect(quotes(text)).toEqual([
      { words: 'Water is not a weapon. It never was.', speaker: 'varin', said: 'Oleg Varin' },
    ]);
  });

  it("gives bullets to the speaker of the colon before them, and a joint statement's to nobody", () => {
    const text =
      'Envoy Henrik Dahl met the delegations.\n\nThe envoy set out three points:\n\n- the annex comes first;\n\n- the quotas come last.';
    expect(quotes(text).map((q) => [q.words, q.speaker, q.form])).toEqual([
      ['the annex comes first;', 'dahl', 'bullet'],
      ['the quotas come last.', 'dahl', 'bullet'],
    ]);
    expect(
      quotes('The Parties:\n\n- agreed to meet again;\n\n- thanked Norland.', 'joint-statement'),
    ).toEqual([]);
  });

  it('takes a quotation that never closes to its paragraph end, flagged', () => {
    const text =
      'Pavel Surin said the mediator had "given away the river for a table of numbers\n\nHe said no more.';
    expect(quotes(text)).toEqual([
      {
        words: 'given away the river for a table of numbers',
        speaker: 'surin',
        said: 'Pavel Surin',
        unclosed: true,
      },
    ]);
  });

  it('keeps an office as said', () => {
    const text = 'The presidential press service described the call as "frank and businesslike".';
    expect(quotes(text)[0]).toMatchObject({
      speaker: 'presidential press service',
      said: 'The presidential press service',
    });
  });
});

describe('events in official genres', () => {
  const events = (text: string, genre: Genre, published = '2031-03-05') =>
    extractClaims(text, { roster, genre, published })
      .filter((c): c is Extract<SuggestedClaim, { kind: 'event' }> => c.kind === 'event')
      .map((c) => [c.data.eventKind, c.data.date]);

  it('dates what a readout reports as done by the readout, and keeps two events of one sentence apart', () => {
    expect(
      events(
        'Oleg Varin held a telephone conversation with Henrik Dahl, who is in Drava on a working visit.',
        'readout',
      ),
    ).toEqual([
      ['call', '2031-03-05'],
      ['visit', '2031-03-05'],
    ]);
  });

  it('folds a headline under a kicker and a dateline into the body sentence that reports its event', () => {
    const text =
      'NEWS RELEASE\n\nMinistry of Foreign Affairs of Norland\n\nFjellby, March 5, 2031\n\nSpecial Envoy Dahl visits Drava\n\n' +
      'Special Envoy Henrik Dahl arrived in Drava today for consultations with Oleg Varin.';
    const found = extractClaims(text, { roster, genre: 'press-release', published: '2031-03-05' }).filter(
      (c) => c.kind === 'event',
    );
    expect(found.map((c) => c.text)).not.toContain('Special Envoy Dahl visits Drava');
  });

  it('gives each event the date nearest its own words', () => {
    expect(
      events('Dahl arrived in Drava this morning and will hold consultations with Varin on Friday.', 'news'),
    ).toEqual([
      ['visit', '2031-03-05'],
      ['meeting', '2031-03-07'],
    ]);
  });

  it('reads "Tuesday next week", "last night" and a span of days', () => {
    expect(events('The envoy proposed talks in Fjellby on Tuesday next week.', 'news')).toEqual([
      ['talks', '2031-03-11'],
    ]);
    expect(events('Solberg spoke with Varin last night.', 'social')).toEqual([['call', '2031-03-04']]);
    expect(events('The delegations held talks in Fjellby on 2 and 3 March 2031.', 'joint-statement')).toEqual(
      [['talks', '2031-03-02']],
    );
  });
});

describe("a speaker's words in the paragraph after 'said:', without marks", () => {
  it('gives the paragraph to the speaker, by name or by function ("the Head of State")', () => {
    expect(
      quotes(
        'President Mira Kostal received Special Envoy Henrik Dahl.\n\nThe Head of State said:\n\nWe have come a long way. Now the words on paper must become silence.\n\nThe President also thanked Norland.',
        'readout',
      ).map((q) => [q.words, q.speaker]),
    ).toEqual([['We have come a long way. Now the words on paper must become silence.', 'kostal']]);
    expect(
      quotes(
        'Henrik Dahl told reporters in Fjellby:\n\nBoth sides have the text. I expect their answers on Friday.',
      ).map((q) => [q.words, q.speaker]),
    ).toEqual([['Both sides have the text. I expect their answers on Friday.', 'dahl']]);
  });

  it('reads a Kremlin-style readout\'s "noted, in particular:" the same way, and a third-person paragraph as no one\'s', () => {
    expect(
      quotes(
        'President Oleg Varin received Henrik Dahl.\n\nThe President noted, in particular:\n\nWe value the work of the mediator.\n\nThe sides stressed:\n\nthe importance of the talks.',
        'readout',
      ).map((q) => [q.words, q.speaker]),
    ).toEqual([['We value the work of the mediator.', 'varin']]);
  });

  it("leaves the document's own account after 'informs:' or a list's colon, and a paragraph in marks to the quote reading", () => {
    expect(
      quotes("The President's Office informs:\n\nPresident Mira Kostal met Henrik Dahl today.", 'readout'),
    ).toEqual([]);
    expect(quotes('The sides discussed:\n\nthe annex, the quotas and the timetable.', 'readout')).toEqual([]);
    expect(quotes('Oleg Varin said:\n\n"Water is not a weapon."').map((q) => q.words)).toEqual([
      'Water is not a weapon.',
    ]);
  });
});
