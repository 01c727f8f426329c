// "No order of signatures has been agreed", "not discussed, let alone agreed", "has not been
// signed off": denials holding "agreed" in positive form, read as open, not final. Invented
// lines about the Arvenia–Torvania talks in wire, briefing, Hansard and Slack house styles.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { statusOf } from '../../src/evidence/status.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const value = (text: string) => statusOf(sentencePassage(text))?.value;

describe('a denial naming what is not agreed', () => {
  it('reads "no X has been agreed" and "let alone agreed" as open', () => {
    expect(value('No order of signatures has been agreed.')).toBe('open');
    expect(value('Officials said no date for the ceremony was fixed in Fjellby.')).toBe('open');
    expect(value('The annex has not been discussed, let alone agreed.')).toBe('open');
    expect(value('The fisheries annex has not been signed off by either capital.')).toBe('open');
  });

  it('reads "neither X nor Y has been agreed" as open, of those two things', () => {
    const both = statusOf(
      sentencePassage('Neither the venue nor the date has been fixed by the two capitals.'),
    );
    expect(both?.value).toBe('open');
    expect([...(both?.subject ?? [])].sort()).toEqual(['date', 'venu']);
    expect(value('Neither the annex nor its maps were settled in Fjellby.')).toBe('open');
  });

  it('keeps "neither" without its "nor" and an affirmation after it final', () => {
    expect(value('Neither delegation doubts that the fisheries annex has been agreed.')).toBe('final');
  });

  it('keeps affirmations with "no" before them final', () => {
    expect(value('No doubt the fisheries annex has been agreed.')).toBe('final');
    expect(value('The fisheries annex was signed off on Monday.')).toBe('final');
    expect(value('The order of signatures has been agreed.')).toBe('final');
  });

  it('reads the order of signature as open or settled', () => {
    expect(
      readSigningOrder('No order of signatures has been agreed, the spokesman said.', roster)?.settled,
    ).toBe(false);
    expect(
      readSigningOrder('The envoys also agreed on the order of signature in Fjellby on Tuesday.', roster)
        ?.settled,
    ).toBe(true);
    expect(readSigningOrder('The order of signature agreed in Fjellby stands.', roster)?.settled).toBe(true);
  });
});

describe('two sources on whether the order of signature is agreed', () => {
  it('flags a wire against a Hansard answer, once', () => {
    const wire = doc(
      'a',
      'FJELLBY, March 5 (AP) — The order of signatures has been agreed, the mediator told reporters on Thursday.',
    );
    const hansard = doc(
      'b',
      'The Minister of State (Ms Ruth Carran): No order of signatures has been agreed. Nobody asked us.',
      'meeting-transcript',
    );
    expect(kinds(wire, hansard)).toEqual(['status ab']);
  });

  it('leaves two denials of one order unflagged', () => {
    const briefing = doc(
      'a',
      'MR PRICE: The order of signature has not been discussed, let alone agreed.',
      'press-conference',
    );
    const slack = doc(
      'b',
      '#press-desk: no order of signatures has been agreed, per the delegation',
      'social',
    );
    expect(kinds(briefing, slack)).toEqual([]);
  });
});
