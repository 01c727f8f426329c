// One act on one day in two sources' words: a signing, an initialling, a reply or the release of a text named
// beside one dated day is one thing, however else the sentences differ. Another act on that day,
// the act on another day, or a day the source gives only as "Tuesday" are not. Invented sentences
// about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { actsOnDays } from '../../src/evidence/sameDayAct.ts';
import { doc, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';
import { cpuTimed } from './timedRuns.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a, 'news', '2031-04-02'), doc('b', b, 'readout', '2031-04-03')], roster).links.map(
    (l) => l.reason,
  );

describe('one act on one day', () => {
  it('links a signing, or a reply, told beside one dated day', () => {
    expect(
      reasons(
        'Diplomats in Kessel said the ceremony of signature is pencilled in for 30 April.',
        'At the request of both delegations, the signing, first planned for 30 April, may still move.',
      ),
    ).toContain('one act on one day: sign 2031-04-30');
    expect(
      reasons(
        'Our government will hand over its answer by the twentieth of April.',
        'Norland expects written responses from the capitals on 20 April at the latest.',
      ),
    ).toContain('one act on one day: response 2031-04-20');
  });

  it('keeps another act, another day and an undated weekday apart', () => {
    const signing = 'Diplomats in Kessel said the ceremony of signature is pencilled in for 30 April.';
    expect(reasons(signing, 'Written responses from the capitals are expected on 30 April.')).not.toContain(
      'one act on one day: sign 2031-04-30',
    );
    expect(
      reasons(
        signing,
        'At the request of both delegations, the signing, first planned for 28 April, may still move.',
      ),
    ).not.toContain('one act on one day: sign 2031-04-30');
    expect(
      reasons(
        'Officials said the signing would take place on Tuesday.',
        'A ceremony of signature in Kessel is planned for Tuesday, the press office said.',
      ).some((r) => r.startsWith('one act on one day')),
    ).toBe(false);
  });

  it('links the release of one text on one day, not a release of people or of another text', () => {
    const text = 'The mediator will release the full text of the draft settlement on 9 April.';
    expect(reasons(text, 'The draft is to be released on 9 April, the presidency said.')).toContain(
      'one act on one day: release draft 2031-04-09',
    );
    for (const other of [
      'Torvania will release the fourteen detained sailors on 9 April.',
      'Arvenia will release its own report on the border incident on 9 April.',
    ])
      expect(
        reasons(text, other).some((r) => r.startsWith('one act on one day')),
        other,
      ).toBe(false);
  });

  it('links an incident told beside one dated day, not one of another day or a cut in a figure', () => {
    const cut = 'Power to Fjellby failed after the Vell link was cut on 3 March, officials said.';
    expect(reasons(cut, 'On 3 March the Vell power link was cut in waters Torvania claims.')).toContain(
      'one act on one day: cut 2031-03-03',
    );
    for (const other of [
      'On 5 March the Vell power link was cut in waters Torvania claims.',
      'Arvenia opened a new border post at Kessel on 3 March.',
      'Norland cut its offer to 12 points on 3 March, the envoy said.',
    ])
      expect(
        reasons(cut, other).some((r) => r.startsWith('one act on one day')),
        other,
      ).toBe(false);
  });

  it("ties the act to the day of its own clause, not one told after a ';' or ', and'", () => {
    expect(
      actsOnDays(
        sentencePassage('Arvenia will sign the protocol; the talks resume on 12 April.', '2031-04-02'),
        roster,
      ),
    ).toEqual(new Set());
    expect(
      actsOnDays(
        sentencePassage(
          'Both teams will reply in writing, and the envoys meet again on 12 April.',
          '2031-04-02',
        ),
        roster,
      ),
    ).toEqual(new Set());
    expect(
      actsOnDays(
        sentencePassage('Arvenia will sign the protocol on 12 April, the envoy said.', '2031-04-02'),
        roster,
      ),
    ).toEqual(new Set(['sign 2031-04-12']));
    // The act's word begins just beyond the reach: it is read whole, not as "ture".
    expect(
      actsOnDays(
        sentencePassage(
          'The envoys ruled that no signature of any of the treaties may take place before 12 April.',
          '2031-04-02',
        ),
        roster,
      ),
    ).toEqual(new Set(['sign 2031-04-12']));
  });

  it('reads a sentence naming thousands of signing days a few days at a time', () => {
    const text = `${'the signing on 30 April and '.repeat(3000)}nothing else.`;
    const { ms, value } = cpuTimed(() => actsOnDays(sentencePassage(text, '2031-04-02'), roster));
    expect(ms).toBeLessThan(1500);
    expect(value).toEqual(new Set(['sign 2031-04-30']));
  });
});
