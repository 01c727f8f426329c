// Quotations set against quotations (quoteFlags.ts): what is a rendering that changes what was
// said, and what is one sentence given to two people. Each class of false flag beside the
// contradiction it must still find. Invented sentences about the Arvenia–Torvania talks, in the
// house styles that quote one remark several times: two wires, a presidency's page and a wire,
// a briefing transcript and a wire, a press-conference transcript and its translation.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { speakerKey } from '../../src/evidence/quoteFlags.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const wire = (source: string, words: string, tag = 'Kostal said') =>
  doc(source, `KESSEL, March 5 (Wirenews) - "${words}," ${tag}.`);
// A presidency's news page (the cleaner gives its «…», – quotation marks as plain ones).
const page = (source: string, words: string, who = 'Mira Kostal') =>
  doc(
    source,
    `President of Arvenia\n\n5 March 2031\n\n"${words}," ${who} said at the Palace.`,
    'press-release',
  );
const quoteFlags = (found: string[]) => found.filter((k) => /^(?:quote|attribution)/.test(k));
/** Whether the two documents' quotations were read as such and linked: a pair left unflagged is compared. */
const quotesLinked = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.some((l) => l.a.kind === 'quote' && l.b.kind === 'quote');

describe('two renderings of one speaker’s words', () => {
  it('takes renderings that differ in grammar or in a common variant of a word for one sentence', () => {
    const same: [string, string][] = [
      // Two wires: "going to" for "will".
      ['We are not going to sign a bad deal', 'We will not sign a bad deal'],
      // A wire and a page: person, a title dropped, "moment" for "time".
      [
        'We are ready to meet President Varin in Fjellby at any time',
        'I am ready to meet Varin in Fjellby at any moment',
      ],
      // Reported speech: the tense moved back, "that" left out.
      ['I told President Varin that time is running out', 'I told Varin time was running out'],
      // A quantifier or a word of emphasis that adds no claim.
      ['We are ready to continue contacts at all levels', 'We are ready to continue contacts at every level'],
      ['We have already handed over the lists of prisoners', 'We have handed over the lists of prisoners'],
      [
        'The situation on the ground remains very difficult',
        'The situation on the ground is still very difficult',
      ],
      // A limit within the month for the month.
      ['We will sign the document in April', 'We will sign the document by the end of April'],
      // Arms by another name, put down for laid down, "in order to" for "to".
      [
        'We did not take up arms to lose the valley, and we will not lay them down to give it up',
        'We did not take up weapons in order to lose the valley, and we will not put them down in order to give it up',
      ],
      // A translation: "document" for "text", "contains" for "has", the order turned.
      [
        'The text has 24 points, and on six of them we still disagree',
        'The document contains 24 points, and we still disagree on six of them',
      ],
    ];
    for (const [a, b] of same) {
      expect(quotesLinked(wire('a', a), page('b', b)), `${a} / ${b}`).toBe(true);
      expect(quoteFlags(kinds(wire('a', a), page('b', b))), `${a} / ${b}`).toEqual([]);
    }
  });

  it('still flags a rendering that denies, gives another figure, month or name, or adds a word of substance', () => {
    const apart: [string, string][] = [
      ['We will not sign a bad deal', 'We will sign a bad deal'],
      ['We will sign the document in April', 'We will sign the document in May'],
      [
        'The text has 24 points, and on six of them we still disagree',
        'The document contains 24 points, and we still disagree on four of them',
      ],
      [
        'We are ready to meet Varin in Fjellby at any time',
        'We are ready to meet Surin in Fjellby at any time',
      ],
      ['We have agreed the text of the framework', 'We have fully agreed the text of the framework'],
      ['We will exchange the prisoners on Friday', 'We will exchange the prisoners now'],
      [
        'We agreed to exchange all prisoners before Easter',
        'We agreed to exchange all prisoners after Easter',
      ],
      [
        'The monitors will be deployed along the whole line',
        'The monitors will be deployed along the northern line',
      ],
    ];
    for (const [a, b] of apart)
      expect(quoteFlags(kinds(wire('a', a), page('b', b))), `${a} / ${b}`).toEqual(['quote ab']);
  });

  it('still flags one sentence with its contrast reversed', () => {
    expect(
      quoteFlags(
        kinds(
          wire('a', 'The deadline is a target, not a cliff'),
          page('b', 'The deadline is a cliff, not a target'),
        ),
      ),
    ).toEqual(['quote ab']);
  });
});

describe('a transcript and a translation of one press conference', () => {
  const transcript = (words: string) =>
    doc(
      'a',
      `Press statements following talks\n\n[Translated from Arvenian]\n\nMira Kostal: ${words}\n\nOleg Varin: Thank you.`,
      'press-conference',
    );
  it('takes one figure said twice in a sentence for no second figure', () => {
    expect(
      quoteFlags(
        kinds(
          transcript('The text has 24 points, and on six of them we still disagree.'),
          page('b', 'The document contains 24 points, and we still disagree on six of them'),
        ),
      ),
    ).toEqual([]);
  });
  it('flags a translation that waits for one captive where the other waits for all, however reworded', () => {
    expect(
      quoteFlags(
        kinds(
          transcript('We will not hand over a single rifle before the first hostage walks free.'),
          page('b', 'No weapon will be surrendered until every hostage is released'),
        ),
      ),
    ).toEqual(['quote ab']);
  });
  it('takes a translation that says "every" where the other says "all" for one sentence', () => {
    expect(
      quoteFlags(
        kinds(
          transcript('We will not hand over a single rifle before all the hostages walk free.'),
          page('b', 'No weapon will be surrendered until every hostage is released'),
        ),
      ),
    ).toEqual([]);
  });
  it('flags a translation that has a thing done in the main where the other has it done whole', () => {
    expect(
      quoteFlags(
        kinds(transcript('The annex is agreed, basically.'), page('b', 'The annex is fully agreed')),
      ),
    ).toEqual(['quote ab']);
    expect(
      quoteFlags(
        kinds(transcript('The annex is fully agreed.'), page('b', 'The annex is completely agreed')),
      ),
    ).toEqual([]);
  });
  it('flags a translation that has the text final where the other has it still to be finished', () => {
    expect(
      quoteFlags(
        kinds(
          transcript('This is not a final text; it is a text still to be finished.'),
          page('b', 'This is the final text, and it will not be reopened'),
        ),
      ),
    ).toEqual(['quote ab']);
    expect(
      quoteFlags(
        kinds(
          transcript('This is the final text, and it will not be reopened.'),
          page('b', 'The text is final; nobody will reopen it'),
        ),
      ),
    ).toEqual([]);
  });
  it('still flags a translation that gives another figure or another month', () => {
    expect(
      quoteFlags(
        kinds(
          transcript('The text has 24 points, and on six of them we still disagree.'),
          page('b', 'The document contains 24 points, and we still disagree on four of them'),
        ),
      ),
    ).toEqual(['quote ab']);
    expect(
      quoteFlags(
        kinds(
          transcript('We are ready to sign the document in April.'),
          page('b', 'We are ready to sign the document in May'),
        ),
      ),
    ).toEqual(['quote ab']);
  });
});

describe('a journalist’s question is no one’s words', () => {
  it('does not compare a question relaying a party’s position with the speaker’s words', () => {
    const briefing = doc(
      'a',
      'Press briefing by the Ministry Spokesperson\n\nQUESTION: The Torvanian side says the text is final. Is that correct?\n\nMR SURIN: We will say more tomorrow.',
      'press-conference',
    );
    expect(quoteFlags(kinds(briefing, wire('b', 'The text is not final')))).toEqual([]);
    const quoting = doc(
      'a',
      'QUESTION: Mr Surin, President Kostal says the deadline of 31 March is dead. Your comment?\n\nMR SURIN: No comment.',
      'press-conference',
    );
    expect(quoteFlags(kinds(quoting, wire('b', 'The deadline of 31 March is dead')))).toEqual([]);
  });

  it('still flags the same speaker’s two renderings that deny each other', () => {
    expect(
      quoteFlags(
        kinds(
          wire('a', 'We are ready to meet Varin at any time'),
          page('b', 'We are not ready to meet Varin at this time'),
        ),
      ),
    ).toEqual(['quote ab']);
  });
});

describe('one sentence given to two speakers', () => {
  it('takes two speakers’ parallel sentences that differ in a figure or a day for a number or date dispute', () => {
    expect(
      kinds(
        wire('a', 'We will exchange 150 prisoners next week'),
        wire('b', 'We will exchange 120 prisoners next week', 'Varin said'),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        page('a', 'The talks will resume in Fjellby on 18 March'),
        wire('b', 'The talks will resume in Fjellby on 20 March', 'Surin told reporters'),
      ),
    ).toEqual(['date ab']);
  });

  it('takes the words of a spokesperson or leader given to the institution they speak for as one voice', () => {
    const briefing = doc(
      'a',
      "Pavel Surin's briefing\n\nQuestion: And the text?\n\nPavel Surin: The text of the framework is final and will not be reopened.",
      'press-conference',
    );
    const words = 'The text of the framework is final and will not be reopened';
    expect(quotesLinked(briefing, wire('b', words, 'the Citadel said in a statement'))).toBe(true);
    expect(quoteFlags(kinds(briefing, wire('b', words, 'the Citadel said in a statement')))).toEqual([]);
    expect(quoteFlags(kinds(briefing, wire('b', words, 'Torvania said')))).toEqual([]);
    // The institution named by what it is, of the spokesperson's party or of the other.
    expect(
      quoteFlags(kinds(briefing, wire('b', words, 'the Torvanian presidency said in a statement'))),
    ).toEqual([]);
    expect(quoteFlags(kinds(briefing, wire('b', words, 'the Arvenian foreign ministry said')))).toEqual([
      'attribution ab',
    ]);
    // A ministry's spokesperson the roster does not list, and the ministry.
    const eng = doc(
      'a',
      'Briefing by the Ministry Spokesperson, Kari Eng\n\nMS ENG: Norland will host the next round, and the Special Envoy will chair it.\n\nQUESTION: Thank you.',
      'press-conference',
    );
    const host = 'Norland will host the next round, and the Special Envoy will chair it';
    expect(quoteFlags(kinds(eng, wire('b', host, "Norland's foreign ministry said")))).toEqual([]);
    // A spokesperson's words given to a minister, another person, are misattributed.
    expect(quoteFlags(kinds(eng, wire('b', host, 'Solberg said')))).toEqual(['attribution ab']);
    // So are one party's words given to the other party.
    expect(quoteFlags(kinds(briefing, wire('b', words, 'Arvenia said')))).toEqual(['attribution ab']);
  });

  it('takes a courtesy both leaders say for no misattribution', () => {
    expect(
      quoteFlags(
        kinds(
          wire('a', 'We have a lot to discuss, and I think we can make a deal'),
          page('b', 'We have a lot to discuss', 'Oleg Varin'),
        ),
      ),
    ).toEqual([]);
    expect(
      quoteFlags(
        kinds(
          wire('a', 'I am very glad to welcome you in Kessel'),
          page('b', 'I am very glad to welcome you in Kessel', 'Oleg Varin'),
        ),
      ),
    ).toEqual([]);
  });

  it('takes a stock line for no misattribution, but not a line of substance opening alike', () => {
    expect(
      quotesLinked(
        wire('a', 'We came here to work, not to talk'),
        page('b', 'We came here to work', 'Oleg Varin'),
      ),
    ).toBe(true);
    expect(
      quoteFlags(
        kinds(
          wire('a', 'We came here to work, not to talk'),
          page('b', 'We came here to work', 'Oleg Varin'),
        ),
      ),
    ).toEqual([]);
    expect(
      quoteFlags(
        kinds(
          wire('a', 'We did not come here to give up Kessel'),
          page('b', 'We did not come here to give up Kessel', 'Oleg Varin'),
        ),
      ),
    ).toEqual(['attribution ab']);
  });

  it('takes the same words in two first-hand records as said twice', () => {
    const remarks = doc(
      'a',
      'Remarks by President Kostal Before Bilateral Meeting\n\nPRESIDENT KOSTAL: A ceasefire line is not a border. We came to work.\n\nQ Thank you.',
      'press-conference',
    );
    const talks = doc(
      'b',
      'Talks with President of Arvenia\n\nOleg Varin: A ceasefire line is not a border. The situation is difficult.\n\nMira Kostal (retranslated): Thank you.',
      'meeting-transcript',
    );
    expect(quotesLinked(remarks, talks)).toBe(true);
    expect(quoteFlags(kinds(remarks, talks))).toEqual([]);
  });

  it('still flags identical words of substance given to two leaders, or a transcript’s words given by a wire to another', () => {
    const words = 'We are ready to exchange 150 prisoners for 150';
    expect(quoteFlags(kinds(page('a', words), wire('b', words, 'Varin said')))).toEqual(['attribution ab']);
    const remarks = doc(
      'a',
      'Remarks by President Kostal\n\nPRESIDENT KOSTAL: A ceasefire line is not a border. We came to work.\n\nQ Thank you.',
      'press-conference',
    );
    expect(
      quoteFlags(kinds(remarks, wire('b', 'A ceasefire line is not a border', 'Varin told reporters'))),
    ).toEqual(['attribution ab']);
  });
});

describe("a transcription tool's numbered voice", () => {
  const turn = (source: string, name: string) => ({
    ...sentencePassage('We can live with the river chapter as it now reads.'),
    kind: 'quote' as const,
    source,
    speaker: { name, via: 'name' as const },
  });

  it('is one voice within its record and someone else in another record', () => {
    expect(speakerKey(turn('call-x', 'Speaker 1'))).toBe(speakerKey(turn('call-x', 'Speaker 1')));
    expect(speakerKey(turn('call-x', 'Speaker 1'))).not.toBe(speakerKey(turn('call-y', 'Speaker 1')));
    expect(speakerKey(turn('call-x', 'Unknown Speaker 2'))).not.toBe(
      speakerKey(turn('call-y', 'Unknown Speaker 2')),
    );
    // A named speaker is the same person in any record.
    expect(speakerKey(turn('call-x', 'Tomas Brenn'))).toBe(speakerKey(turn('call-y', 'Tomas Brenn')));
  });
});
