// Which sides were at one occasion, by party: a third party's official said to be in the room
// by one source, and the room said to have held the parties alone (or that party said absent)
// by another. Read in readouts, ministry releases, wires, a UN-style summary and a live blog;
// two sessions on days apart, a question's premise, and agreeing lists are no disagreement.
import { describe, expect, it } from 'vitest';
import { readPartyPresence } from '../../src/evidence/partyPresence.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const read = (text: string) => {
  const said = readPartyPresence(text, roster);
  return (
    said && { present: [...said.present], absent: [...said.absent], only: [...(said.only ?? [])].sort() }
  );
};

describe('parties said to be at an occasion, or not', () => {
  it('reads a party there through its official, "on behalf of", or "with … attending"', () => {
    expect(
      read('Ambassador Henrik Dahl attended the verification session on 5 March as an observer.'),
    ).toEqual({
      present: ['norland'],
      absent: [],
      only: [],
    });
    expect(read('A senior official attended on behalf of the Union as an observer at the session.')).toEqual({
      present: ['union'],
      absent: [],
      only: [],
    });
    expect(
      read(
        'The two presidents met in a closed session hosted by Norland, with Taras Melnyk attending as the host’s guest.',
      ),
    ).toEqual({ present: ['arvenia'], absent: [], only: [] });
  });

  it('reads a party said absent, and the only ones there', () => {
    expect(read('According to Melnyk, the Union’s envoys did not take part in Monday’s session.')).toEqual({
      present: [],
      absent: ['union'],
      only: [],
    });
    expect(
      read('She stressed that the 5 March session was attended only by both parties and the mediators.'),
    ).toEqual({
      present: [],
      absent: [],
      only: ['arvenia', 'norland', 'torvania'],
    });
    expect(
      read('The round was attended by delegations from three sides only - Arvenian, Torvanian and Norland.'),
    ).toEqual({
      present: [],
      absent: [],
      only: ['arvenia', 'norland', 'torvania'],
    });
    expect(read('The talks continued late into the night.')).toBeUndefined();
  });

  it('takes "present" after "did not" for the verb it is, and "was never present" for absence', () => {
    expect(read('Norland did not present a new map at the session, the ministry said.')).toBeUndefined();
    expect(read('Torvania never presented its proposal during the talks.')).toBeUndefined();
    expect(read('The Union was never represented at the talks.')).toEqual({
      present: [],
      absent: ['union'],
      only: [],
    });
  });

  it('flags a party put in the room by one source and kept out by another (readout, release, wire)', () => {
    const readout = doc(
      'readout',
      'A senior official attended on behalf of the Union as an observer at the session in Fjellby.',
      'readout',
      '2031-03-05',
    );
    const release = doc(
      'release',
      'According to Taras Melnyk, the Union’s envoys did not take part in Monday’s session.',
      'press-release',
      '2031-03-05',
    );
    expect(kinds(readout, release)).toEqual(['participants readoutrelease']);
    const summary = doc(
      'summary',
      'She stressed that the 5 March session was attended only by both parties and the mediators.',
      'news',
      '2031-03-09',
    );
    const blog = doc(
      'blog',
      'A Norland official told me that the Union sat in on the session of 5 March as an observer.',
      'news',
      '2031-03-06',
    );
    expect(kinds(summary, blog)).toEqual(['participants summaryblog']);
  });

  it('does not flag two sessions days apart, agreeing lists, or a question', () => {
    const early = doc(
      'early',
      'The session of 5 March was attended only by both parties and the mediators.',
      'news',
      '2031-03-05',
    );
    const late = doc(
      'late',
      'The Union attended the session of 19 March as an observer.',
      'readout',
      '2031-03-19',
    );
    expect(kinds(early, late)).toEqual([]);
    const only = doc(
      'only',
      'The session of 5 March was attended only by both parties and the mediators.',
      'news',
    );
    const varin = doc('varin', 'President Oleg Varin attended the session of 5 March in person.', 'readout');
    expect(kinds(only, varin)).toEqual([]);
    const asked = doc(
      'asked',
      'Q: Was the session of 5 March attended by the Union as an observer?',
      'press-conference',
    );
    expect(kinds(only, asked)).toEqual([]);
  });
});

describe('a party kept out by its people or by its invitation', () => {
  it('reads "no official of" a party, "no <adjective> delegate", and "was not invited to" the occasion', () => {
    expect(read('No official of the Union took part in Tuesday’s technical round in Fjellby.')).toEqual({
      present: [],
      absent: ['union'],
      only: [],
    });
    expect(read('The ministry said no Torvanian delegate attended the session on Monday.')).toEqual({
      present: [],
      absent: ['torvania'],
      only: [],
    });
    expect(read('The Union was not invited to the 5 March session, its spokesman said.')).toEqual({
      present: [],
      absent: ['union'],
      only: [],
    });
    const out = { present: [], absent: ['torvania'], only: [] };
    expect(read('Torvania wasn’t invited to Monday’s session in Fjellby.')).toEqual(out);
    expect(read('Torvania has never been invited to talks in Fjellby.')).toEqual(out);
    expect(read('No Torvanian members attended the session in Fjellby.')).toEqual(out);
    expect(read('No delegation of Torvania was present at the round on 5 March.')).toEqual(out);
  });

  it('reads no absence from the wire’s "not available" or an invitation to no occasion', () => {
    expect(
      read('No representatives of the Union were available for comment on the session.'),
    ).toBeUndefined();
    expect(read('No Torvanian delegates were presented with the draft before the session.')).toBeUndefined();
    expect(
      read('No Arvenian diplomat was more outspoken at the session than Dahl, who attended every sitting.'),
    ).toEqual({ present: ['norland'], absent: [], only: [] });
    expect(
      read('Torvania was not invited to the table until the session on 5 March, when it attended.'),
    ).toEqual({
      present: ['torvania'],
      absent: [],
      only: [],
    });
  });

  it('reads no absence where "no" counts something else or the invitation is to act', () => {
    expect(read('No officials were harmed, and the Union took part in the session as an observer.')).toEqual({
      present: ['union'],
      absent: [],
      only: [],
    });
    expect(read('The Union was not invited to comment on the session.')).toBeUndefined();
  });

  it('flags an observer said present against "no <adjective> delegate" of the party (wire, readout)', () => {
    const wire = doc(
      'wire',
      'An observer from Torvania also attended the session in Fjellby on 5 March, the mediators said.',
      'news',
      '2031-03-05',
    );
    const readout = doc(
      'readout',
      'No Torvanian delegate attended the session held in Fjellby on 5 March.',
      'readout',
      '2031-03-06',
    );
    expect(kinds(wire, readout)).toEqual(['participants wirereadout']);
  });
});
