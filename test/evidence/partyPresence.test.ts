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
      read('Ambassador Henrik Dahl attended the session on verification on 5 March as an observer.'),
    ).toEqual({
      present: ['norland'],
      absent: [],
      only: [],
    });
    expect(read('A senior official attended on behalf of the Union as an observer to the session.')).toEqual({
      present: ['union'],
      absent: [],
      only: [],
    });
    expect(
      read(
        'The two presidents met in a closed session hosted by Norland, with Taras Melnyk attending at the invitation of the host.',
      ),
    ).toEqual({ present: ['arvenia'], absent: [], only: [] });
  });

  it('reads a party said absent, and the only ones there', () => {
    expect(
      read('According to Melnyk, representatives of the Union did not take part in the session.'),
    ).toEqual({
      present: [],
      absent: ['union'],
      only: [],
    });
    expect(
      read(
        'She stressed that the session of 5 March had been attended only by the two parties and the mediator.',
      ),
    ).toEqual({
      present: [],
      absent: [],
      only: ['arvenia', 'norland', 'torvania'],
    });
    expect(
      read('The meeting was attended by three delegations only - Arvenian, Torvanian and Norland.'),
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
      'A senior official attended on behalf of the Union as an observer to the session in Fjellby.',
      'readout',
      '2031-03-05',
    );
    const release = doc(
      'release',
      'According to Taras Melnyk, representatives of the Union did not take part in the session.',
      'press-release',
      '2031-03-05',
    );
    expect(kinds(readout, release)).toEqual(['participants readoutrelease']);
    const summary = doc(
      'summary',
      'She stressed that the session of 5 March had been attended only by the two parties and the mediator.',
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
      'The session of 5 March was attended only by the two parties and the mediator.',
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
      'The session of 5 March was attended only by the two parties and the mediator.',
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
    expect(read('No official of the Union took part in the technical session in Fjellby.')).toEqual({
      present: [],
      absent: ['union'],
      only: [],
    });
    expect(read('The ministry said no Torvanian delegate attended the session on Monday.')).toEqual({
      present: [],
      absent: ['torvania'],
      only: [],
    });
    expect(read('The Union was not invited to the session of 5 March, its spokesman said.')).toEqual({
      present: [],
      absent: ['union'],
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

  it('flags an observer said present against "no official of" the party (wire, readout)', () => {
    const wire = doc(
      'wire',
      'An observer from the Union also attended the session in Fjellby on 5 March, the mediators said.',
      'news',
      '2031-03-05',
    );
    const readout = doc(
      'readout',
      'No official of the Union took part in the session held in Fjellby on 5 March.',
      'readout',
      '2031-03-06',
    );
    expect(kinds(wire, readout)).toEqual(['participants wirereadout']);
  });
});
