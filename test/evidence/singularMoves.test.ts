import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, eventPairs } from './linkedDocs.ts';
import { roster } from './roster.ts';

// Invented reports of the Arvenia–Torvania talks, in the houses' ways: a wire written before the
// signing moved, a UN press release and a State Department briefing after it, a post that gives
// the old day in brackets.
const wire = doc(
  'wire',
  'OSTERBY, March 2 (Reuters) - The signing ceremony of the Vell river agreement is planned for 20 March in Osterby, diplomats said on Monday.',
  'news',
  '2031-03-02',
);
const un = doc(
  'un',
  'The Secretary-General welcomes the announcement that the signing ceremony, previously scheduled for 20 March, will now take place in Osterby on 27 March.',
  'press-release',
  '2031-03-12',
);
const briefing = doc(
  'briefing',
  'MR. HALE: The signing is now expected on 27 March in Osterby, and we will be there.',
  'press-conference',
  '2031-03-14',
);
const post = doc(
  'post',
  'Signing of the Vell deal pencilled in for 27 March in Osterby (was 20 March).',
  'social',
  '2031-03-13',
);

describe('one planned occasion across its moves', () => {
  it('links a signing told before its move with the reports of the new day', () => {
    const pairs = eventPairs([wire, un, briefing, post]);
    for (const p of ['briefing-wire', 'un-wire', 'post-wire']) expect(pairs).toContain(p);
    // A signing is one occasion on its new day: the plan told before the move is that event.
    const { links } = linkSources([wire, un, briefing], roster);
    const across = links.filter((l) => [l.a.source, l.b.source].sort().join('-') === 'briefing-wire');
    expect(across.map((l) => l.reason)).toEqual(['one event']);
  });

  it('flags no disagreement on the day between the old plan and the new', () => {
    const { disagreements } = linkSources([wire, un, briefing], roster);
    expect(disagreements.filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('keeps a signing apart from one on another day that no source tells moved', () => {
    const other = doc(
      'other',
      'The signing ceremony is planned for 3 March in Osterby, the ministry said.',
      'news',
      '2031-02-20',
    );
    const later = doc(
      'later',
      'Officials said a signing ceremony is planned for 27 March in Osterby.',
      'news',
      '2031-03-14',
    );
    expect(eventPairs([other, later])).toEqual([]);
  });

  it('keeps a ceasefire signing apart from the agreement signing a move names', () => {
    const truce = doc(
      'truce',
      'The ceasefire will be signed on 20 March in Osterby, the envoy told AFP.',
      'news',
      '2031-03-02',
    );
    const accord = doc(
      'accord',
      'The signing of the agreement is now expected on 27 March in Osterby, no longer on 20 March.',
      'news',
      '2031-03-12',
    );
    expect(eventPairs([truce, accord])).toEqual([]);
  });

  it('keeps two rounds of talks on two days apart, though a source moved the signing', () => {
    const first = doc(
      'first',
      'The delegations of Arvenia and Torvania held talks in Osterby on 4 March. The signing, previously set for 20 March, is now planned for 27 March.',
      'news',
      '2031-03-05',
    );
    const second = doc(
      'second',
      'The delegations of Arvenia and Torvania met again in Osterby on 11 March.',
      'news',
      '2031-03-12',
    );
    expect(eventPairs([first, second])).toEqual([]);
  });

  it('links the deadline for replies moved, and keeps it apart from the signing', () => {
    const before = doc(
      'before',
      'Both governments were asked to send written replies to the draft by 9 March.',
      'news',
      '2031-03-02',
    );
    const moved = doc(
      'moved',
      'The deadline for the replies of the parties has been extended from 9 March to 13 March.',
      'press-release',
      '2031-03-08',
    );
    const after = doc(
      'after',
      'Q: When are the replies due? MR. HALE: The parties must reply by 13 March, and the signing is set for 20 March.',
      'press-conference',
      '2031-03-10',
    );
    const pairs = eventPairs([before, moved, after]);
    expect(pairs).toContain('after-before');
    // The day told in force before the move is a deadline of its own, linked to the moved one as
    // one deadline's two states: not one event, and no disagreement.
    const told = linkSources([before, moved, after], roster);
    const across = told.links.filter((l) => [l.a.source, l.b.source].sort().join('-') === 'after-before');
    expect(across.map((l) => l.reason)).toEqual(['one deadline, moved']);
    expect(told.disagreements.filter((d) => d.kind === 'date')).toEqual([]);
    // The old day said to stand by a source writing with the new one is a claim against the move.
    const stands = doc(
      'stands',
      'The minister said the date of 9 March for the replies of the parties remains in place.',
      'readout',
      '2031-03-10',
    );
    const against = linkSources([before, moved, after, stands], roster).links.filter(
      (l) => [l.a.source, l.b.source].sort().join('-') === 'after-stands',
    );
    expect(against.map((l) => l.reason)).not.toContain('one deadline, moved');
    const { links } = linkSources([before, moved, after], roster);
    const signing = links.filter(
      (l) => l.a.kind === 'event' && l.b.kind === 'event' && /signing/.test(l.a.text + l.b.text),
    );
    expect(
      signing.filter((l) => {
        const day = (p: typeof l.a) => (p.claim?.kind === 'event' ? p.claim.data.eventKind : '');
        return day(l.a) !== day(l.b);
      }),
    ).toEqual([]);
  });
  it('reads no move in "signs of recovery" nor in a "had been" that governs no signing', () => {
    const first = doc(
      'first',
      'BERN, May 20 (AFP) - The truce agreement will be signed in Lindau on 3 June, officials said.',
      'news',
      '2031-05-20',
    );
    const second = doc(
      'second',
      'The truce agreement will be signed in Lindau on 10 June, officials told Anadolu.',
      'news',
      '2031-05-25',
    );
    const markets = doc(
      'markets',
      'Dealers saw the first signs of a rally on 3 June, and the bourse had been quieter by 10 June.',
      'news',
      '2031-06-12',
    );
    const now = doc(
      'now',
      'Shops signed new leases on 3 June; the port is now busier than on 10 June, Bloomberg reported.',
      'news',
      '2031-06-12',
    );
    expect(eventPairs([first, second])).toEqual([]);
    expect(
      eventPairs([first, second, markets]).filter((p) => p === 'first-second' || p === 'second-first'),
    ).toEqual([]);
    expect(
      eventPairs([first, second, now]).filter((p) => p === 'first-second' || p === 'second-first'),
    ).toEqual([]);
  });

  it('still reads a move that governs the signing', () => {
    const first = doc(
      'first',
      'The truce agreement will be signed in Lindau on 3 June, officials said.',
      'news',
      '2031-05-20',
    );
    const second = doc(
      'second',
      'The truce agreement will be signed in Lindau on 10 June, officials told Anadolu.',
      'news',
      '2031-05-25',
    );
    for (const text of [
      'The signing of the truce agreement had been planned for 3 June but will take place on 10 June.',
      'The parties will now sign the truce agreement on 10 June instead of 3 June.',
      'Truce agreement to be signed in Lindau on 10 June (was 3 June).',
    ]) {
      const told = doc('told', text, 'news', '2031-05-26');
      expect(eventPairs([first, second, told]), text).toContain('first-second');
    }
  });
});
