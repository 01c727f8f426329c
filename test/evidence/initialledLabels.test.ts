// A chamber's stenographic record in translation: members by initials and surname with the group in
// brackets, the presiding officer by office alone, each closed by a full stop. Near misses: a
// reference list's "A. Lind (2029). Title.", a paragraph that opens on a sentence. Texts invented.
import { describe, expect, it } from 'vitest';
import { initialledLabel } from '../../src/evidence/initialledLabels.ts';
import { quotesRead } from './quotesRead.ts';

const record = [
  'NATIONAL ASSEMBLY OF NORLAND',
  'Sitting of 4 March 2031 (translation of the stenographic record)',
  '',
  'Chaired by Per Holm, Speaker of the Assembly.',
  '',
  'Chair. Colleagues! The sitting is open. The floor is given to the Foreign Minister.',
  '',
  'A. Lind (Minister for Foreign Affairs). Mr Speaker! The text reached us on Monday, and we are reading it.',
  '',
  'Chair. The floor is given to deputy Brem.',
  '',
  'O. Brem (Greens). Who wrote the annex? The house would like to know.',
  '',
  'Chair. The sitting is closed.',
].join('\n');

describe('a stenographic record in translation', () => {
  it('reads initials and surname, and the chair by office, as the turns of the record', () => {
    expect(quotesRead(record, 'sitting.txt', 30).map(([, words]) => words)).toEqual([
      'Colleagues! The sitting is ope',
      'Mr Speaker! The text reached u',
      'The floor is given to deputy B',
      'Who wrote the annex? The house',
      'The sitting is closed.',
    ]);
  });

  it('reads a member who opens by addressing the chair under a label alone as that member', () => {
    const debate = [
      'Plenary debate on the Vell river annex',
      '',
      'The Speaker: I give the floor to Mr Brem.',
      '',
      'Mr Brem (Greens):',
      'Chair. The minister writes that the annex is settled. It is not, and the house should hear why.',
      '',
      'The Speaker: Thank you. The debate is closed.',
    ].join('\n');
    expect(quotesRead(debate, 'debate.txt', 24).map(([speaker]) => speaker)).toEqual([
      'The Speaker',
      'Brem',
      'The Speaker',
    ]);
  });

  it('gives the member label its name and group', () => {
    expect(initialledLabel('O. Brem (Greens). Who wrote it?')).toMatchObject({
      name: 'O. Brem',
      aside: 'Greens',
    });
  });

  it('reads a record set in capitals: the chair named once in brackets holds the office after', () => {
    const capitals = [
      'ASSEMBLY OF ARVENIA',
      'SITTING No 12',
      'Transcript (unofficial translation)',
      '',
      'PRESIDING OFFICER (M. KOSTAL, UNF*). The sitting is open. The envoy is with us. Please.',
      '',
      'H. DAHL. Thank you. The annex is ready and both sides have it.',
      '',
      'PRESIDING OFFICER. Thank you. The first question, I. Solberg. Please.',
      '',
      'I. SOLBERG (RGP). Envoy, who wrote the annex, and when was it sent?',
      '',
      'PRESIDING OFFICER. The time for questions is over.',
    ].join('\n');
    expect(quotesRead(capitals, 'sitting.txt', 20)).toEqual([
      ['kostal', 'The sitting is open.'],
      ['dahl', 'Thank you. The annex'],
      ['kostal', 'Thank you. The first'],
      ['solberg', 'Envoy, who wrote the'],
      ['kostal', 'The time for questio'],
    ]);
    expect(initialledLabel('PRESIDING OFFICER (M. KOSTAL, UNF*). The sitting is open.')).toMatchObject({
      aside: 'M. KOSTAL, UNF',
      chamber: true,
    });
  });

  it('gives the chair to a holder named in brackets though the roster does not know them', () => {
    const handover = [
      'ASSEMBLY OF TORVANIA',
      'SITTING No 3',
      '',
      'PRESIDING OFFICER (O. VARIN, CDU). Colleagues, we begin. The floor is the minister’s.',
      '',
      'P. SURIN. The river treaty is before you, and we ask you to ratify it.',
      '',
      'PRESIDING OFFICER (L. AMUNDSEN, NPP). I take over the chair now. Deputy Lunde, please.',
      '',
      'PRESIDING OFFICER. Time is up, deputy.',
      '',
      'Ms LUNDE (Torvania Union, NPP) – A member with her group: she does not take the chair.',
      '',
      'PRESIDING OFFICER. Thank you.',
    ].join('\n');
    expect(quotesRead(handover, 'sitting.txt', 12).map(([speaker]) => speaker)).toEqual([
      'varin',
      'surin',
      'L. Amundsen',
      'L. Amundsen',
      'Lunde',
      'L. Amundsen',
    ]);
  });

  it('takes a numbered heading in capitals for no member where the other labels are in lower case', () => {
    const summary = [
      'BOARD OF THE RIVER FUND',
      'Summary of the 2nd meeting, Fjellby, 9 May 2031',
      '',
      'Chair: We open the meeting. The envoy has the floor.',
      '',
      'Henrik Dahl: Thank you. The fund is ready to pay the first share.',
      '',
      'C. FINANCE. The Board noted that the first share would be paid in June.',
      '',
      'Chair: We close the meeting.',
    ].join('\n');
    expect(quotesRead(summary, 'summary.txt', 12).map(([speaker]) => speaker)).toEqual([
      'Chair',
      'dahl',
      'Chair',
    ]);
    // A record whose every label is initials and a surname in capitals keeps them as members.
    const bare = [
      'ASSEMBLY OF NORLAND',
      'SITTING No 7',
      '',
      'H. DAHL. The fund is ready to pay the first share.',
      '',
      'O. BREM. Who decided the date? The house would like to know.',
      '',
      'H. DAHL. The Board did, in May.',
    ].join('\n');
    expect(quotesRead(bare, 'sitting.txt', 12).map(([speaker]) => speaker)).toEqual([
      'dahl',
      'O. Brem',
      'dahl',
    ]);
  });

  it("takes no reference's year nor a sentence for a label", () => {
    expect(initialledLabel('U.S. ARMY. The convoy left at dawn.')).toBeUndefined();
    expect(initialledLabel('PRESIDING OFFICERS were elected in May.')).toBeUndefined();
    expect(initialledLabel('A. Lind (2029). The annex and its readers. Fjellby.')).toBeUndefined();
    expect(initialledLabel('Chairs were set out for both delegations.')).toBeUndefined();
    expect(initialledLabel('H.E. Mr. Per Holm, Minister for Foreign Affairs of Norland')).toBeUndefined();
  });
});
