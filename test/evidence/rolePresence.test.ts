// Who was in the room, by role, as a typed claim: "There were also two observers" / "No
// observers, no ministers." / "attended only by the two Ministers" / "the special envoy was in
// the room for the whole meeting". Such sentences name people by what they are and often leave
// the occasion to the sentence or the question before them. Two sources are compared on one
// occasion only: a meeting of another day, or a sentence telling both sides of a dispute, is no
// contradiction. Invented lines about the Arvenia–Torvania talks in post, interview, Hansard,
// press-office and liveblog styles.
import { describe, expect, it } from 'vitest';
import { readRolePresence } from '../../src/evidence/rolePresence.ts';
import { doc, kinds } from './linkedDocs.ts';

const roles = (text: string) => {
  const r = readRolePresence(text);
  return r && { present: [...r.present], absent: [...r.absent], only: r.only && [...r.only] };
};

describe('presence by role, read from a sentence', () => {
  it('reads roles said there, not there, or alone there', () => {
    expect(
      roles('There were also two observers, from the Union and Norland, at the side of the room.'),
    ).toEqual({
      present: ['observer'],
      absent: [],
      only: undefined,
    });
    expect(roles('No observers, no ministers.')).toEqual({
      present: [],
      absent: ['observer', 'minister'],
      only: undefined,
    });
    expect(roles('As I understand it, no foreign ministers were present.')?.absent).toEqual(['minister']);
    expect(roles('The meeting was attended only by the two Ministers and the Metropolitan.')?.only).toEqual([
      'minister',
    ]);
    expect(roles('Only the delegations and the mediator.')?.only).toEqual(['delegation', 'mediator']);
    expect(roles('The meeting was attended by the ministers of both countries.')?.present).toEqual([
      'minister',
    ]);
    expect(roles('State Secretary Lind had taken part as an observer in the meeting.')?.present).toEqual([
      'observer',
    ]);
  });

  it('reads no presence in a minister’s comment, or in a sentence telling both sides', () => {
    expect(roles('No minister has commented on the talks.')).toBeUndefined();
    expect(
      roles('Norland says an observer was present; Torvania says there were no observers at all.'),
    ).toBeUndefined();
  });
});

describe('verbs of presence in their other senses', () => {
  it('reads no one in the room from criticism, joining in, or a role', () => {
    for (const line of [
      'The foreign ministers came in for sharp criticism at home after the round.',
      'The delegations joined in condemning the attack on the convoy.',
      'The mediator was there to help, not to judge, the envoy said.',
    ])
      expect(roles(line)?.present ?? []).toEqual([]);
    expect(roles('The two foreign ministers came in for the last hour.')?.present).toEqual(['minister']);
  });
});

describe('two sources on who was in the room', () => {
  it('flags a thread post’s list of absentees against an interview naming the occasion in its question', () => {
    const thread = doc(
      'a',
      'Mira Kostal\n@MiraKostal\n\n3/5 On the meeting of 3 March: it was the heads of delegation and the envoy. Nobody else. No observers, no ministers.',
      'social',
      '2031-03-06',
    );
    const interview = doc(
      'b',
      'Q: The meeting of 3 March is described differently by everyone. Who was there?\n\nVARIN: The two foreign ministers came in for the last hour. I was there, so I can tell you.',
      'press-conference',
      '2031-03-08',
    );
    expect(kinds(thread, interview)).toEqual(['participants ab']);
  });

  it('flags a press office’s "attended only by" against a committee answer naming another role', () => {
    const office = doc(
      'a',
      'The meeting, which lasted two hours, was held at the request of both parties. The meeting was attended only by the two Ministers and the Metropolitan.',
      'press-release',
      '2031-03-02',
    );
    const committee = doc(
      'b',
      'Ambassador Holm: I was not in the room myself. But I can tell the Committee that Norland’s special envoy was in the room for the whole meeting.',
      'meeting-transcript',
      '2031-03-06',
    );
    expect(kinds(office, committee)).toEqual(['participants ab']);
  });

  it('does not flag a meeting of another day, or another occasion', () => {
    const thread = doc(
      'a',
      'On the meeting of 3 March: the heads of delegation only. No ministers.',
      'social',
    );
    const otherDay = doc(
      'b',
      'At the meeting of 5 March the two foreign ministers came in for the last hour.',
      'news',
    );
    expect(kinds(thread, otherDay)).toEqual([]);
    const signing = doc('c', 'The foreign ministers were in the hall for the signing ceremony.', 'news');
    expect(kinds(thread, signing)).toEqual([]);
    const monday = doc('d', "No ministers were present at Monday's session, a delegate said.", 'news');
    const tuesday = doc('e', "The foreign ministers came in for the last hour of Tuesday's session.", 'news');
    expect(kinds(monday, tuesday)).toEqual([]);
  });
});
