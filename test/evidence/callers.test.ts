// callerOf reads who placed a call from the call's own wording, in three readings: a call received
// "from" someone, a call verb with its caller before it, and an office standing as a name's title
// (not a second person). Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { callerOf } from '../../src/evidence/callers.ts';
import { roster } from './roster.ts';

const caller = (text: string, speakerParty?: string) =>
  callerOf(
    {
      text,
      words: new Set<string>(),
      names: [],
      ...(speakerParty ? { speaker: { name: 'the speaker', partyId: speakerParty, via: 'name' } } : {}),
    } as never,
    roster,
  );

describe('who placed a call, by its wording', () => {
  it('reads the caller after "from" in a call received, titles between', () => {
    expect(
      caller('Kostal received on Sunday a telephone call from the President of Torvania Oleg Varin.'),
    ).toBe('torvania');
    // A name far past "from", with other words between, is no caller.
    expect(
      caller('Kostal received a call from a number she did not know, aides to Varin said.'),
    ).toBeUndefined();
  });

  it('reads the caller just before a call verb, the one called just after', () => {
    expect(caller('Varin rang Kostal on Friday.')).toBe('torvania');
    expect(caller('Varin rang first.')).toBe('torvania');
    // A clause between them: the name before is not the caller.
    expect(caller('Varin said that it was a relief when the phone rang Kostal.')).toBeUndefined();
  });

  it("reads an office before a name as that name's title, not a second person", () => {
    // "President" is Kostal's title: the caller is Kostal's side, not an office of the other.
    expect(caller('President Kostal phoned President Varin on Tuesday.')).toBe('arvenia');
    expect(caller('Varin phoned the President of Arvenia Mira Kostal.')).toBe('torvania');
  });

  it('reads the speaker as the caller of "I phoned", and no caller of a call within one side', () => {
    expect(caller('I phoned President Varin on Tuesday.', 'arvenia')).toBe('arvenia');
    expect(caller('I phoned President Kostal on Tuesday.', 'arvenia')).toBeUndefined();
  });
});
