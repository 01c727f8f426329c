// A header line that lists who takes part is the record's, not a turn (turns.ts LIST_HEADER).
import { describe, expect, it } from 'vitest';
import { splitParagraphSpans } from '../../src/evidence/sentences.ts';
import { findTurns } from '../../src/evidence/turns.ts';

const labels = (text: string) => findTurns(text, splitParagraphSpans(text)).map((t) => t.label);

describe('a list of those taking part above a transcript', () => {
  it('is no turn, in a government presser, a panel or a committee record', () => {
    expect(
      labels(
        'Government press conference of 5 March 2031\n\nSpeakers: Government spokesperson Pavel Surin; Anna Holt (Foreign Office)\n\nCHAIR: Good morning.\n\nSURIN: Good morning from me too.',
      ),
    ).toEqual(['CHAIR', 'SURIN']);
    expect(
      labels(
        'Panel on the ceasefire\n\nPanellists: Ingrid Solberg, Henrik Dahl\n\nMODERATOR: Welcome.\n\nSOLBERG: Thank you.',
      ),
    ).toEqual(['MODERATOR', 'SOLBERG']);
    expect(labels('Committee hearing\n\nPresent: Ms Dunn, Mr Barlow\n\nCHAIR: We begin.')).toEqual(['CHAIR']);
  });

  it('keeps a speaker so labelled once the turns have begun', () => {
    expect(labels('Debate\n\nCHAIR: The floor is yours.\n\nSpeakers: none further.')).toEqual([
      'CHAIR',
      'Speakers',
    ]);
  });
});
