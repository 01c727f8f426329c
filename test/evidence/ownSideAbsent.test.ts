// A side that says it was not there in its own voice ("We were not in the room in Fjellby", "No
// one from this delegation was in the room"), a party after "no one from" or one that "did not send
// anyone", and a list of those present that runs on past a comma ("attended by the ministers,
// together with an envoy of Norland"). Invented lines about the Arvenia–Torvania talks in release,
// wire and interview styles.
import { describe, expect, it } from 'vitest';
import { readPartyPresence } from '../../src/evidence/partyPresence.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const read = (text: string, speaker?: string) => {
  const said = readPartyPresence(text, roster, speaker);
  return said && { present: [...said.present].sort(), absent: [...said.absent] };
};

describe('a side absent in its own words', () => {
  it('reads "we" before a verb of absence as the speaker’s party', () => {
    expect(read('We were not in the room in Fjellby, whatever Kessel says.', 'norland')).toEqual({
      present: [],
      absent: ['norland'],
    });
  });

  it('reads no party for "we" when no speaker is known, nor for "we" present', () => {
    expect(read('We were not in the room in Fjellby, whatever Kessel says.')).toBeUndefined();
    expect(read('We were in the room in Fjellby for both days.', 'norland')).toBeUndefined();
  });

  it('reads the party after "no one from" as absent, and "this" or "our" as the speaker’s own', () => {
    expect(read('No one from Norland was in the room at the Fjellby round.')).toEqual({
      present: [],
      absent: ['norland'],
    });
    expect(read('No one from this delegation was in the room at Fjellby.', 'norland')).toEqual({
      present: [],
      absent: ['norland'],
    });
    expect(read('No one from the press was in the room at Fjellby.', 'norland')).toBeUndefined();
  });
});

describe('a party that sent no one', () => {
  it('reads "did not send anyone" as absent, and not a text it did not send', () => {
    expect(
      read('Norland did not send anyone to the Fjellby round last week and is still studying the text.'),
    ).toEqual({
      present: [],
      absent: ['norland'],
    });
    expect(read('Norland did not send the text to the session in Fjellby.')).toBeUndefined();
  });
});

describe('a list of those present that runs past a comma', () => {
  it('reads a party named after "together with"', () => {
    expect(
      read(
        'The round was attended by the foreign ministers of both states and their deputies, together with an envoy of Norland sitting with the Arvenian team.',
      )?.present,
    ).toContain('norland');
  });

  it('stops the list where another clause begins', () => {
    expect(
      read(
        'The round was attended by the two foreign ministers, and Norland later said it had not been invited.',
      )?.present ?? [],
    ).not.toContain('norland');
  });
});

describe('a release and a minister’s words on one round', () => {
  it('flags the party put at the round against its own "we were not in the room"', () => {
    const release = doc(
      'release',
      'FJELLBY, 5 March 2031 — The round, held on 3 and 4 March, with Norland attending as an observer, produced a text of nine points.',
      'press-release',
      '2031-03-05',
    );
    const wire = doc(
      'wire',
      'KESSEL, March 7 (Wirenews) - "We were not in the room in Fjellby, and nobody has sent us the text," Norland’s foreign minister Henrik Dahl said.',
      'news',
      '2031-03-07',
    );
    expect(kinds(release, wire)).toContain('participants releasewire');
  });
});
