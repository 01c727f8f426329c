// Who speaks each quotation in official house styles: a leader's remarks under one label, a
// Kremlin-style record's cuts, a background call's closing time, a translated briefing's "Answer:"
// turns. Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

/** Each quotation's words and its speaker (a roster id, else the name), the genre read from the text. */
function quotes(text: string): [string, string | undefined][] {
  return extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);
}

describe("a leader's remarks under one label", () => {
  it('reads the one labelled turn under a "Remarks by" title as the speech', () => {
    const text = [
      'Remarks by President Kostal at the Opening of the Fjellby Round',
      'Fjellby Conference Centre',
      '10:14 A.M. CET',
      'THE PRESIDENT: Thank you. Please, sit down. We came to Fjellby to finish a text, not to start one.',
      '(Applause.)',
      'END 10:31 A.M. CET',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Thank you. Please, sit down. We came to Fjellby to finish a text, not to start one.', 'kostal'],
    ]);
  });

  it("reads a minister's remarks so too, the closing time left out", () => {
    const text = [
      'Remarks by Foreign Minister Solberg Before Departure',
      '8:02 A.M. CET',
      'FOREIGN MINISTER SOLBERG: Good morning. I leave for Drava with one message: the text is ready.',
      'We expect an answer by Friday.',
      '8:06 A.M. CET',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      [
        'Good morning. I leave for Drava with one message: the text is ready. We expect an answer by Friday.',
        'solberg',
      ],
    ]);
  });

  it('leaves a news story that merely opens on a speaker and a colon as news', () => {
    const text = [
      'Remarks by Varin anger Kessel',
      'Surin: the text is not final. Officials in Kessel said on Monday that they had heard this before.',
    ].join('\n\n');
    expect(detectGenre(text).genre).toBe('news');
  });
});

describe('Kremlin-style labels that give the office before the name', () => {
  it('reads offices "for" and "to" a body as offices, the name after them as the speaker', () => {
    const text = [
      'Press statements following talks with Norland',
      'President of Torvania Oleg Varin: Ladies and gentlemen, we have just finished our talks.',
      'Minister for Foreign Affairs of Norland Ingrid Solberg (retranslated): Thank you, Mr President. The talks were frank.',
      'Question (retranslated): Mr President, will you meet President Kostal?',
      'O.Varin: If it is well prepared, why not.',
      'Aide to the President Yuri Lamsky: I will add that the date is not set.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Ladies and gentlemen, we have just finished our talks.', 'varin'],
      ['Thank you, Mr President. The talks were frank.', 'solberg'],
      ['Mr President, will you meet President Kostal?', 'journalist'],
      ['If it is well prepared, why not.', 'varin'],
      ['I will add that the date is not set.', 'Yuri Lamsky'],
    ]);
  });

  it('leaves a sentence that only opens on capitals and a colon alone', () => {
    const text = 'Talks to the South: Norland said on Friday that the round would open in Fjellby.';
    expect(quotes(text)).toEqual([]);
  });
});

describe("a record's cuts and clock", () => {
  it('leaves a Kremlin-style "<…>" cut out of the turn, and a turn of a cut alone out of the record', () => {
    const text = [
      'Meeting with Special Envoy of Norland Henrik Dahl',
      'Oleg Varin: Mr Dahl, good evening. The border annex cannot be discussed in isolation.',
      '<…>',
      'Henrik Dahl (retranslated): Thank you, Mr President. We will take this back to Fjellby.',
      'Oleg Varin: …',
      'Henrik Dahl: Then we meet again in Drava.',
      '[…]',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Mr Dahl, good evening. The border annex cannot be discussed in isolation.', 'varin'],
      ['Thank you, Mr President. We will take this back to Fjellby.', 'dahl'],
      ['Then we meet again in Drava.', 'dahl'],
    ]);
  });

  it("ends a background call's last turn at the time and zone the record closes on", () => {
    const text = [
      'Background Press Call by Senior Administration Officials',
      'MODERATOR: Thanks for joining. This call is on background.',
      'SENIOR ADMINISTRATION OFFICIAL: The aim is to lock in the framework.',
      'Q: Is the Torvanian side on board?',
      'SENIOR ADMINISTRATION OFFICIAL: I will not characterize their position. They have the text.',
      '5:31 P.M. EST',
    ].join('\n\n');
    expect(quotes(text).at(-1)).toEqual([
      'I will not characterize their position. They have the text.',
      'Senior Administration Official',
    ]);
  });
});

describe('a translated briefing\'s "Answer:" turns', () => {
  it('gives the answers to the spokeswoman its title names', () => {
    const text = [
      'Briefing by Foreign Ministry Spokeswoman Vera Lind, Drava, December 3, 2026',
      'Vera Lind: Good afternoon. Let me start with the Norland initiative. We are studying the draft.',
      'Question: Will Minister Solberg visit Drava?',
      'Answer: No such visit is planned for the moment.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Good afternoon. Let me start with the Norland initiative. We are studying the draft.', 'Vera Lind'],
      ['Will Minister Solberg visit Drava?', 'journalist'],
      ['No such visit is planned for the moment.', 'Vera Lind'],
    ]);
  });

  it('gives them to the one speaker the labels name when no title does', () => {
    const text = [
      'Drava, 3 December',
      'Vera Lind: Good afternoon. We are studying the draft the envoy handed over.',
      'Question: Is there a date for the next round?',
      'Answer: Not yet. We will announce it.',
      'Question: And the annex?',
      'Answer: Our position is known.',
    ].join('\n\n');
    expect(quotes(text).filter(([, who]) => who !== 'journalist')).toEqual([
      ['Good afternoon. We are studying the draft the envoy handed over.', 'Vera Lind'],
      ['Not yet. We will announce it.', 'Vera Lind'],
      ['Our position is known.', 'Vera Lind'],
    ]);
  });
});

describe('a wire retelling a named aide', () => {
  it('gives "the official" and "the aide" to the one the wire named, not to a description', () => {
    const text = [
      'KESSEL, December 5. /ARN/. Arvenia will not sign a framework text without the annex, Chief of Staff Taras Melnyk told reporters on Friday.',
      '"The annex is not a detail. It is the heart of the text," the official stressed.',
      'The aide noted that Norland had "done everything possible" to keep the talks going.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['The annex is not a detail. It is the heart of the text,', 'melnyk'],
      ['done everything possible', 'melnyk'],
    ]);
  });

  it('keeps an unnamed official the wire introduced as such', () => {
    const text = [
      'President Mira Kostal met the envoy on Friday, a senior Arvenian official told reporters.',
      '"We are not there yet," the official said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['We are not there yet,', 'senior Arvenian official']]);
  });

  it('never calls a president "the official"', () => {
    const text = [
      'President Mira Kostal said on Friday that the round would open in Fjellby.',
      '"Nothing is final until it is signed," the official said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['Nothing is final until it is signed,', 'official']]);
  });
});

describe('a post quoting someone by name', () => {
  it('gives the quoted words to the one the post names, the post to its author', () => {
    const text = [
      'Mira Kostal | Official channel',
      '4 December 2026, 21:45',
      'Spoke with Foreign Minister Ingrid Solberg. Norland is ready to host the next round.',
      'Henrik Dahl told me: "The text can be ready in ten days if Drava wants it." We want it.',
      '👁 312.4K  edited  21:52',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      [
        'Spoke with Foreign Minister Ingrid Solberg. Norland is ready to host the next round. Henrik Dahl told me: "The text can be ready in ten days if Drava wants it." We want it.',
        'kostal',
      ],
      ['The text can be ready in ten days if Drava wants it.', 'dahl'],
    ]);
  });

  it("gives a presidency's post to its office and the President's words, quoted in it, to the President", () => {
    const text = [
      'Office of the President of Arvenia',
      '412,860 subscribers',
      'President Mira Kostal received the Norland envoy today in Kessel.',
      '"A text is only as good as the trust behind it," the Head of State said after the meeting.',
      '👁 51.3K   edited  16:07',
    ].join('\n\n');
    expect(quotes(text).at(-1)).toEqual(['A text is only as good as the trust behind it,', 'kostal']);
  });

  it('leaves a scare quote in a post unattributed', () => {
    const text = [
      'Taras Melnyk',
      '@melnyk_ta',
      'We keep hearing about a "deadline of the fifteenth" that everybody allegedly agreed. Nobody asked Arvenia.',
      '9:14 PM · Dec 4, 2026',
    ].join('\n\n');
    expect(quotes(text).map(([, who]) => who)).toEqual(['melnyk']);
  });
});

describe('the subject of the reporting verb, by grammar', () => {
  it('reads no subject across a semicolon', () => {
    const text =
      'The signing is planned for Friday. Arvenia has said it will sign first; a Torvanian official said the order had "not been discussed".';
    expect(quotes(text)).toEqual([['not been discussed', 'Torvanian official']]);
  });

  it('reads an "and" after a semicolon as opening the clause of its subject', () => {
    const text =
      'Arvenia says the clause was its proposal; Norland says nothing; and President Varin, in Drava last week, said that "the clause was our text".';
    expect(quotes(text)).toEqual([['the clause was our text', 'varin']]);
  });

  it("gives an office a party's pronoun owns to that office's holder", () => {
    const text =
      'Torvania handed over its answer on Thursday, a day after its spokesman said "nothing is agreed until the annex is agreed".';
    expect(quotes(text)).toEqual([['nothing is agreed until the annex is agreed', 'surin']]);
  });

  it('takes the description right before the verb over a name further back', () => {
    const text =
      'The call came a week after Norland handed both sides a draft, which a Torvanian official described as "a starting point, not an ultimatum".';
    expect(quotes(text)).toEqual([['a starting point, not an ultimatum', 'Torvanian official']]);
  });

  it('gives a statement from a body to the body', () => {
    const text =
      'A statement from the Foreign Ministry said the round had brought "progress on the humanitarian questions".';
    expect(quotes(text)).toEqual([['progress on the humanitarian questions', 'Foreign Ministry']]);
  });

  it("gives the words of a party's side to the party, and of its president to the president", () => {
    const text = [
      'Norland said the call lasted about ninety minutes. The Torvanian side said it went on for "more than two hours".',
      'According to President Varin, "the annex is not a detail". The Torvanian president also said the crossings must open "the same day" as the signing.',
    ].join('\n\n');
    const side = extractClaims(text, { roster }).find((c): c is Quote => c.kind === 'quote');
    expect(side?.speaker?.partyId).toBe('torvania');
    expect(quotes(text)).toEqual([
      ['more than two hours', 'Torvanian side'],
      ['the annex is not a detail', 'varin'],
      ['the same day', 'varin'],
    ]);
  });
});

describe('a fragment quoted after a verb of wishing, praise or naming', () => {
  it("is the subject's own words, as after a verb of saying", () => {
    const text = [
      'Drava, 14 March (Corbel Wire) – Arvenian President Mira Kostal wished the Norland mediators a "calm and fruitful" round on Friday.',
      'Torvanian President Oleg Varin hailed the draft as "a serious basis" for the next meeting.',
      'Foreign Minister Ingrid Solberg dubbed the annex "the hard part" in remarks to reporters.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['calm and fruitful', 'kostal'],
      ['a serious basis', 'varin'],
      ['the hard part', 'solberg'],
    ]);
  });
});
