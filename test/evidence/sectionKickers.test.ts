// A newsletter's sections open on kickers in capitals ("SCOOP:", "THE MONEY:"), each once, over
// paragraphs reporting what others said: no speakers' turns. Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { detectGenre } from '../../src/evidence/genre.ts';

describe('section kickers of a newsletter', () => {
  const letter = [
    'Good morning from Fjellby, where the quota talks go into their third week.',
    'SCOOP: ARVENIA WANTS MORE TIME. Two delegates tell us the table will slip. "Nobody has read the annex," one of them said.',
    'THE PAPER: The twelve-point table sets a quota a boat and a season, and a review in the spring.',
    'WHAT WE HEAR: Torvania is not saying yes. One official told us: "Friday is your date, not ours."',
    'IN THE CHAMBER TODAY: Members debate the quota after lunch.',
    'THANKS: To our producer and our editor.',
  ].join('\n\n');

  it('is no transcript', () => {
    expect(detectGenre(letter).genre).not.toBe('meeting-transcript');
    expect(detectGenre(letter).genre).not.toBe('press-conference');
  });

  it('leaves a record whose capital labels recur a record', () => {
    const record = [
      'MR HOLM: The sitting is open. "Order," I said, and I say it again.',
      'MS LIND: I thank the chair. The table is "final", as the envoy said.',
      'MR HOLM: The member for the coast.',
      'MS VANG: The table is not final.',
      'MR HOLM: The sitting is closed.',
    ].join('\n\n');
    expect(detectGenre(record).genre).toBe('meeting-transcript');
  });

  it('leaves a recording’s transcript a record, its clock before each label', () => {
    const recording = [
      'The Quota Hour, episode 9',
      '[00:00:04] ADA LIND: Welcome. With me is Per Holm. "Final" is the word of the week.',
      '[00:00:20] PER HOLM: Thanks, Ada. The envoy called the table "final" on Monday.',
      '[00:01:02] ADA LIND: Is it?',
      '[00:01:05] PER HOLM: Not for Torvania. Their line is "nothing is agreed".',
    ].join('\n\n');
    expect(detectGenre(recording).genre).not.toBe('news');
  });
  it('reads principals who each speak once under their titles as a record, not kickers', () => {
    const ceremony = [
      'Remarks at the Signing of the Harbour Compact',
      'PRIME MINISTER ODELL: We put our names today to what the press once called "a dead letter". Thank you all.',
      'PRESIDENT BRANDT: Our fathers wrote "no more borders" in 1987, and we keep that word now.',
      'FOREIGN MINISTER AAS: Fjellby is glad to have been the host of these rounds.',
      'AMBASSADOR KERR: The monitoring begins at dawn, and we will report each month.',
    ].join('\n\n');
    expect(detectGenre(ceremony).genre).toBe('meeting-transcript');
  });

  it('keeps kickers made of an office’s body or subject a newsletter', () => {
    const letter = [
      'WHITE HOUSE WATCH: Aides say the visit slips. "Not this month," one of them said.',
      'HEAD TO HEAD: Two delegations, one table, and a clock.',
      'FOREIGN AFFAIRS: The envoy called the talks "serious" on the phone.',
      'THE MONEY: The fund is still short by a third.',
    ].join('\n\n');
    expect(detectGenre(letter).genre).toBe('news');
  });

  it('reads a kicker run on after a comma, its quotations in the paragraphs under the kickers, as a newsletter', () => {
    const letter = [
      'Good Monday morning, and welcome to the letter.',
      'FJELLBY, THE TABLE THAT WILL NOT SETTLE: Ministers hear from the envoy today on the quota.',
      'Who drafted it? Three versions reach us. One delegate, with a shrug: "Everyone wrote the easy parts."',
      'The paper: donors still want the roll audited first. "We pay for it," one envoy told us.',
      'NOW READ: The envoy’s statement from Friday.',
      'SPOTTED: Two delegations at breakfast near the harbour.',
      'THANKS TO: our editor and our producer.',
    ].join('\n\n');
    expect(detectGenre(letter).genre).toBe('news');
  });

  it('keeps a record whose run-on label names an office a record', () => {
    const record = [
      'ADA LIND, FOREIGN MINISTER: The second round ended yesterday. "Final," she said, and meant it.',
      'PER HOLM, ENVOY: The table is open still. "Nothing is agreed" is our line.',
      'MIRA VANG, DELEGATE: We have read it.',
      'TOMAS WEIL, OBSERVER: Our report follows next month.',
    ].join('\n\n');
    expect(detectGenre(record).genre).not.toBe('news');
  });

  it('reads past a sign-off whose first word alone is in capitals, which is neither kicker nor speaker', () => {
    const letter = [
      'QUOTA WATCH: The table slips to May. "Not before the spring," a delegate told us.',
      'ON THE PHONE: Kessel and Surin spoke on Monday, and their accounts differ on the date.',
      'THE HARBOUR FILE: Fjellby wants the audit first. "We pay for it," one envoy said.',
      'ISLAND NOTES: Dahl is still asking for a seat at the table.',
      'SUBSCRIBE to the Harbour Letter: it arrives each weekday morning.',
    ].join('\n\n');
    expect(detectGenre(letter).genre).toBe('news');
    // Without the kickers, one title-case label among capital ones still makes a record.
    const record = [
      'MR HOLM: The sitting is open.',
      'MS LIND: The table is final.',
      'MR VANG: It is not.',
      'MS BERG: We will see.',
      'DAHL of Fjellby: I ask for the floor.',
    ].join('\n\n');
    expect(detectGenre(record).genre).not.toBe('news');
  });
});
