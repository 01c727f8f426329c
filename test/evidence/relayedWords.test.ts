// Words relayed with their owner named (relayedWords.ts): "As X said, …" and "…, as X said" in
// Hansard questions, briefing turns and speeches give the clause to X, for attribution only.
import { describe, expect, it } from 'vitest';
import { relayedClause } from '../../src/evidence/relayedWords.ts';
import { doc, kinds } from './linkedDocs.ts';

const relayed = (sentence: string) => {
  const r = relayedClause(sentence);
  return r && [r.owner, sentence.slice(r.words[0], r.words[1])];
};

describe('a sentence that relays another speaker’s words', () => {
  it('gives the clause to its owner, before or after it, with a day or an audience', () => {
    // Hansard question.
    expect(relayed('As the Foreign Secretary said on Tuesday, a ceasefire is not peace.')).toEqual([
      'the Foreign Secretary',
      'a ceasefire is not peace',
    ]);
    // UN noon briefing.
    expect(
      relayed('As the Secretary-General told the Council yesterday, the monitors must deploy first.'),
    ).toEqual(['the Secretary-General', 'the monitors must deploy first']);
    // Ministerial speech, the owner after the clause.
    expect(relayed('No island will be traded for a signature, as the Prime Minister has said.')).toEqual([
      'the Prime Minister',
      'No island will be traded for a signature',
    ]);
    // A named owner and "put it".
    expect(relayed('As President Kostal put it last week, the door remains open.')).toEqual([
      'President Kostal',
      'the door remains open',
    ]);
  });

  it('reads no owner in a set phrase, a pronoun, a text, or a question', () => {
    for (const s of [
      'As you know, the talks resume on Monday.',
      'As agreed, the monitors will deploy by 1 April.',
      'The line runs along the river, as the text says.',
      'As I said on Tuesday, a ceasefire is not peace.',
      'As Article 4 states, the zone is ten kilometres wide.',
      'As we said, the door remains open.',
      'As the Prime Minister said on Thursday, is the door still open?',
      'As expected, the vote was close.',
    ])
      expect(relayedClause(s), s).toBeUndefined();
  });
});

const wire = doc(
  'w',
  'KESSEL, March 18 (Wirenews) - "A ceasefire is not peace," President Kostal told reporters on Tuesday.',
);

describe('a relayed phrase set against its owner elsewhere', () => {
  it('flags the phrase put in two mouths', () => {
    const hansard = doc(
      'h',
      'Hansard\n\nMr Tom Barlow (Eastfield) (Con)\nAs the Foreign Secretary said on Tuesday, a ceasefire is not peace. Will the Minister say what comes next?\n\nThe Minister of State, Foreign Office (Ms Claire Dunn)\nI agree with my hon. Friend.',
      'meeting-transcript',
    );
    expect(kinds(hansard, wire)).toContain('attribution hw');
    const briefing = doc(
      'b',
      'Daily Press Briefing\n\nSPOKESPERSON: A ceasefire is not peace, as the Secretary-General said on Tuesday. He will travel to Fjellby.\n\nQUESTION: Thank you.',
      'press-conference',
    );
    expect(kinds(briefing, wire)).toContain('attribution bw');
  });

  it('does not hold the relayer to the words, nor the owner to a shortened rendering', () => {
    // The owner is the same: no attribution, and the relayer's shortening is no second rendering.
    const speech = doc(
      's',
      'Hansard\n\nMr Tom Barlow (Eastfield) (Con)\nAs President Kostal said on Tuesday, a ceasefire is no peace at all. I agree.',
      'meeting-transcript',
    );
    expect(kinds(speech, wire).filter((k) => /^(?:quote|attribution)/.test(k))).toEqual([]);
  });
});
