// How else a text's state is worded: agreed "already", a text a party "considers agreed", sides that
// "agreed in principle on the text", a text "agreed in its essentials" or whose "broad outlines are
// agreed". Each says the state of the text, final or open; the nearby wording that says a decision
// to act ("agreed in principle to meet"), a view denied ("cannot be considered final") or a person
// "considered" for a post is read so. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/evidence/status.ts';

const read = (text: string) => {
  const s = statusOf({ text, words: new Set<string>() } as never);
  return s && { value: s.value, principle: !!s.principle, partly: !!s.partly, subject: [...s.subject] };
};

describe('other wordings of a text’s state', () => {
  it('reads a text already agreed, and one a party considers agreed, as final', () => {
    expect(read('In Kessel they say the chapter on crossings is already agreed.')?.value).toBe('final');
    expect(read('The annex on water has already been agreed, the envoy said.')?.value).toBe('final');
    const considered = read('Torvania considers the key security article agreed.');
    expect(considered?.value).toBe('final');
    expect(considered?.subject).toContain('articl');
    expect(considered?.subject).not.toContain('consid');
    expect(read('For Lind, Article 6 on the crossings may be considered agreed.')?.value).toBe('final');
  });

  it('reads a view of the text denied as open, and no state in a person considered', () => {
    expect(read('The annex cannot be considered final while the maps are missing.')?.value).toBe('open');
    expect(read('Varin is not considered settled in his post.')?.value).not.toBe('final');
    expect(read('Dahl is considered a likely envoy for the next round.')).toBe(undefined);
  });

  it('reads sides agreed in principle on a text as open in principle, not a decision to act', () => {
    const text = read('Both delegations agreed in principle on the text of the framework in Fjellby.');
    expect(text).toMatchObject({ value: 'open', principle: true });
    expect(text?.subject).toContain('framework');
    expect(read('Arvenia and Torvania agreed in principle to meet again in Fjellby.')).toBe(undefined);
  });

  it('reads a text agreed in its essentials or in its broad outlines as agreed in part', () => {
    expect(
      read('Melnyk called the accord "agreed in its essentials", with the maps still to come.'),
    ).toMatchObject({ value: 'open', partly: true });
    expect(read('The broad outlines of the deal are agreed, the spokesman said.')).toMatchObject({
      value: 'open',
      partly: true,
    });
  });
});
