// A text initialled by one source and signed by another on the same day, the class missed on a set
// written blind (tuned5); initialled one day and signed weeks later is the ordinary course, and
// a signature planned is no signature. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/passages.ts';
import { signingStage } from '../../src/evidence/signingStage.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const stage = (text: string) => signingStage({ text } as Passage, roster);

describe('the stage a text reached', () => {
  it('is read where a source says it was initialled or signed, and only one of them', () => {
    expect(stage('The delegations initialled today the text of the river accord.')).toBe('initialled');
    expect(stage('I want to be precise: initialled, not signed.')).toBe('initialled');
    expect(stage('Today in Fjellby we signed the river accord with our partners.')).toBe('signed');
    expect(stage('The accord was signed in Fjellby on Tuesday.')).toBe('signed');
  });

  it('is none for a signature planned or a text both initialled and signed', () => {
    for (const text of [
      'The accord is to be signed no later than 30 April.',
      'Ministers will sign the river accord by the end of the month.',
      'The accord, initialled in March, was signed in Fjellby on Tuesday.',
      'The Minister signed off on the budget.',
    ])
      expect(stage(text), text).toBeUndefined();
  });
});

describe('a text initialled and signed', () => {
  const initialled = doc(
    'a',
    'The delegations of Arvenia and Torvania initialled today in Fjellby the text of the river accord.',
  );

  it('on the same day is a contradiction', () => {
    const signed = doc('b', 'Today in Fjellby Arvenia and Torvania signed the river accord.');
    expect(kinds(initialled, signed)).toContain('status ab');
  });

  it('of two texts on one day is no contradiction', () => {
    const other = doc('b', 'Today in Fjellby Arvenia and Torvania signed a memorandum on energy trade.');
    expect(kinds(initialled, other).filter((k) => k.startsWith('status'))).toEqual([]);
  });

  it('on two days is the ordinary course', () => {
    const later = doc(
      'b',
      'Arvenia and Torvania signed the river accord in Fjellby on 28 March.',
      'news',
      '2031-03-29',
    );
    expect(kinds(initialled, later).filter((k) => k.startsWith('status'))).toEqual([]);
  });
});
