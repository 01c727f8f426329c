// Two accounts of one phone call, in the houses that publish them (a Kremlin-style transcript
// item, a White House readout, a wire, a post, a parliament's record): who was on the line, and
// whether the call moved a deadline, set against each other; near misses stay quiet.
import { describe, expect, it } from 'vitest';
import { linkedIn, sameCall } from '../../src/evidence/callAccounts.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const kremlin = (account: string, published = '2031-03-04') =>
  doc(
    'kremlin',
    `Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 4 March. ${account}`,
    'readout',
    published,
  );
const whiteHouse = (account: string, published = '2031-03-04') =>
  doc(
    'readout',
    `President Mira Kostal spoke today with President Oleg Varin of Torvania. ${account}`,
    'readout',
    published,
  );
const wire = (account: string) =>
  doc(
    'wire',
    `KESSEL, March 5 (AP) — Arvenia's President Mira Kostal and Torvania's President Oleg Varin spoke by telephone on Tuesday, officials in both capitals said. ${account}`,
    'news',
    '2031-03-05',
  );
const only = (prefix: string, ...docs: ReturnType<typeof doc>[]) =>
  kinds(...docs).filter((k) => k.startsWith(prefix));

describe('who was on the line', () => {
  it('flags a one-to-one call that another account gives a third person', () => {
    expect(
      only(
        'participants',
        kremlin('The conversation was held in a tête-à-tête format. The leaders discussed the Vell river.'),
        whiteHouse('Special Envoy Henrik Dahl also took part in the call. They discussed the Vell river.'),
      ),
    ).toEqual(['participants kremlinreadout']);
    expect(
      only(
        'participants',
        whiteHouse('The two leaders held a one-on-one conversation on the river talks.'),
        wire('Norland’s Foreign Minister Ingrid Solberg joined for the last part of the call, an aide said.'),
      ),
    ).toEqual(['participants readoutwire']);
  });

  it('reads more wordings of the two alone and of a third person on the line', () => {
    for (const alone of [
      'It was the two presidents alone, an aide said.',
      'The call was bilateral; no third party took part in it.',
      'The two leaders were speaking alone for the whole call.',
      'It was just the two of us on the line, for about an hour.',
      'Just the two of us talked, with nobody else on the line.',
    ])
      for (const other of [
        'President Kostal was joined on the call by Special Envoy Henrik Dahl.',
        'President Kostal was accompanied on the call by Foreign Minister Ingrid Solberg.',
        'The conversation was also attended by Special Envoy Henrik Dahl.',
        'Special Envoy Henrik Dahl joined the closing part of the call.',
        'The conversation was joined at the President’s request by Foreign Minister Ingrid Solberg.',
        'Special Envoy Henrik Dahl joined the President on the line.',
      ])
        expect(only('participants', kremlin(alone), whiteHouse(other)), `${alone} ~ ${other}`).toEqual([
          'participants kremlinreadout',
        ]);
  });

  it('leaves the new wordings quiet where both accounts say the two were alone or one denies the third', () => {
    expect(
      only(
        'participants',
        kremlin('It was the two presidents alone.'),
        whiteHouse('No one else joined the call; it was one-on-one.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'participants',
        kremlin('It was the two presidents alone.'),
        whiteHouse('President Kostal was not joined on the call by anyone; the envoy waited outside.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'participants',
        kremlin('Just the two of us talked, with nobody else on the line.'),
        whiteHouse('Nobody else was on the line; no one joined the President on the line.'),
      ),
    ).toEqual([]);
  });

  it('leaves accounts that agree, deny a third person, or tell two calls', () => {
    // A paraphrase that agrees: both say no one else was on it.
    expect(
      only(
        'participants',
        kremlin('The conversation was held in a tête-à-tête format.'),
        whiteHouse('Only the two leaders were on the line; no one else joined the call.'),
      ),
    ).toEqual([]);
    // Someone joined a call a week later, not this one.
    const later = doc(
      'later',
      'President Mira Kostal spoke with President Oleg Varin by phone today. Special Envoy Henrik Dahl also took part in the call.',
      'readout',
      '2031-03-11',
    );
    expect(
      only('participants', kremlin('The conversation was held in a tête-à-tête format.'), later),
    ).toEqual([]);
  });
});

describe('who was on the line, in news prose about other things', () => {
  it('leaves a one-on-one meeting later that day, and journalists present, out of the call', () => {
    expect(
      only(
        'participants',
        whiteHouse(
          'They discussed the Vell river. Later that day, President Kostal held a one-on-one meeting with Special Envoy Henrik Dahl.',
        ),
        wire('Special Envoy Henrik Dahl also took part in the call, an aide said.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'participants',
        kremlin('After the call, Mr Varin had a tête-à-tête with the Prime Minister in the Kremlin.'),
        whiteHouse('Special Envoy Henrik Dahl was also on the line.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'participants',
        kremlin('The conversation was held in a tête-à-tête format.'),
        wire('Kostal later signed the river decree in the presence of journalists, an aide said.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'participants',
        kremlin('The conversation was held in a tête-à-tête format.'),
        wire('The call was made from her office in the presence of reporters, an aide said.'),
      ),
    ).toEqual([]);
  });

  it('still flags a third person the call names, or one present at it', () => {
    expect(
      only(
        'participants',
        kremlin('It was held in a tête-à-tête format.'),
        whiteHouse('The call took place in the presence of Foreign Minister Ingrid Solberg.'),
      ),
    ).toEqual(['participants kremlinreadout']);
  });
});

describe('whether the call moved a deadline', () => {
  it('flags a deadline one account keeps and the other moves', () => {
    expect(
      only(
        'date',
        kremlin(
          'The sides noted that the date of 20 March for the written replies of the parties remains in force.',
        ),
        whiteHouse(
          'The two Presidents agreed that the deadline for written replies is extended to March 27.',
        ),
      ),
    ).toEqual(['date kremlinreadout']);
    expect(
      only(
        'date',
        whiteHouse('No date was set for the submission of written comments.'),
        wire('The two agreed that comments would be sent by Friday instead of today, an aide said.'),
      ),
    ).toEqual(['date readoutwire']);
  });

  it('leaves a deadline both say moved, and a kept date of another thing', () => {
    expect(
      only(
        'date',
        kremlin('The deadline for written replies was moved to 27 March.'),
        whiteHouse('The two Presidents agreed to push the replies deadline back to March 27.'),
      ),
    ).toEqual([]);
    // The signing day stays; the replies deadline moves: two things due.
    expect(
      only(
        'date',
        kremlin('The date of the signing remains unchanged.'),
        whiteHouse('The deadline for written replies is extended to March 27.'),
      ),
    ).toEqual([]);
    // A wish to push the talks on is no deadline moved.
    expect(
      only(
        'date',
        kremlin('The date of 20 March for the replies remains in place.'),
        whiteHouse('Both sides want to push the talks to a result at an early date.'),
      ),
    ).toEqual([]);
  });
});

describe('whether the call agreed a day for what comes next', () => {
  it('flags a day one account says was agreed and the other says none was', () => {
    for (const none of [
      'On when the technical talks resume, we did not agree on a date.',
      'They did not agree any date.',
      'No date was agreed for the next round.',
    ])
      expect(
        only(
          'status',
          kremlin(none),
          whiteHouse(
            'The two Presidents agreed that the delegations would meet again in Kessel on 20 March.',
          ),
        ),
        none,
      ).toEqual(['status readoutkremlin']);
  });

  it('leaves accounts that both give the day, a day denied, or a day of the week', () => {
    expect(
      only(
        'status',
        kremlin('The leaders agreed to meet again on 20 March.'),
        whiteHouse('The two Presidents agreed that the delegations would meet again on 20 March.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'status',
        kremlin('We did not agree on a date; the talks resume when they resume.'),
        whiteHouse('It is not true that the Presidents agreed to meet on 20 March.'),
      ),
    ).toEqual([]);
    expect(
      only(
        'status',
        kremlin('No date was agreed for the next round.'),
        whiteHouse('The two agreed that the delegations would talk again on Friday.'),
      ),
    ).toEqual([]);
  });
});

describe("a day agreed, read as the next step's own", () => {
  it('leaves a day of another verb, a past day, or a denial of another kind of step', () => {
    const cases: [agreed: string, none: string][] = [
      // The day is the saying's, not a step agreed.
      [
        'The Presidents agreed to stay in contact, the ministry said on 6 March.',
        'No date has been set for a visit.',
      ],
      // The day is of a truce already signed.
      [
        'The leaders agreed that the truce signed on 1 March should be respected.',
        'No date was agreed for the next round.',
      ],
      // A day before the account is past.
      ['The leaders agreed to resume the talks begun on 27 February.', 'They did not agree any date.'],
      // A day to meet against no timetable for a pull-back.
      [
        'The two Presidents agreed that the teams would meet on 20 March.',
        'They did not agree a timetable for the withdrawal.',
      ],
    ];
    for (const [agreed, none] of cases)
      expect(only('status', kremlin(none), whiteHouse(agreed)), agreed).toEqual([]);
  });

  it('reads the kind of an occasion from its subject, and replies due as a step', () => {
    expect(
      only(
        'status',
        kremlin('No date or place for the signing was set during the call.'),
        whiteHouse('The Presidents agreed that the signing ceremony would take place in Kessel on 26 March.'),
      ),
    ).toEqual(['status readoutkremlin']);
    expect(
      only(
        'status',
        kremlin('The Presidents did not set a date for their answers.'),
        whiteHouse('The Presidents agreed that both sides would reply to the amended draft by 25 March.'),
      ),
    ).toEqual(['status readoutkremlin']);
    // An occasion of another kind is no signing.
    expect(
      only(
        'status',
        kremlin('No date or place for the signing was set during the call.'),
        whiteHouse('The Presidents agreed that the summit would take place in Kessel on 26 March.'),
      ),
    ).toEqual([]);
  });

  it('still flags the day of a step of the kind the other account denies', () => {
    expect(
      only(
        'status',
        kremlin('No date has been set for the signing.'),
        whiteHouse('The Presidents agreed that the accord would be signed on 22 March.'),
      ),
    ).toEqual(['status readoutkremlin']);
  });
});

describe('a call mention with no day of its own, on a dated page', () => {
  // The page's day dates "the call" of a later sentence; the call itself was the evening before.
  const post = (after: string, published = '2031-03-05') =>
    doc(
      'post',
      `On the evening of March 4, President Mira Kostal spoke by telephone with President Oleg Varin. ${after}`,
      'social',
      published,
    );
  const kept = () =>
    kremlin(
      'The sides noted that the date of 20 March for the written replies of the parties remains in force.',
    );

  it("reads the sentences after it as the dated call's account", () => {
    expect(
      only(
        'date',
        kept(),
        post(
          'Special Envoy Henrik Dahl also took part in the call. The two Presidents agreed that the deadline for written replies is extended to March 27.',
        ),
      ),
    ).toEqual(['date kremlinpost']);
  });

  it('still starts another account at a call its words date to another day', () => {
    // The second call is days after the readout that keeps the date: a move of its own, not the
    // kept call's account. (A move dated before a day said to stand is flagged by standingDays.ts.)
    expect(
      only(
        'date',
        kept(),
        post(
          'The two Presidents spoke by telephone again on March 6. They agreed that the deadline for written replies is extended to March 27.',
          '2031-03-07',
        ),
      ),
    ).toEqual([]);
  });
});

describe('how long one call lasted', () => {
  it('reads a whole call held one-to-one as the whole call, not a part', () => {
    expect(
      only(
        'number',
        kremlin('The conversation, which lasted forty-five minutes, was held in a tête-à-tête format.'),
        whiteHouse('The call lasted more than an hour.'),
      ),
    ).toEqual(['number kremlinreadout']);
  });
});

describe('whether two call events are one call', () => {
  it('reads the links through a lookup built once, not rebuilt for each pair', () => {
    const calls = [
      kremlin('The leaders discussed the Vell river.'),
      whiteHouse('They discussed the Vell river.', '2031-03-11'),
    ].map((d) => passagesOf(d, roster).find((p) => p.kind === 'event')!);
    const [a, b] = calls as [NonNullable<(typeof calls)[0]>, NonNullable<(typeof calls)[0]>];
    let asked = 0;
    const linked = (x: typeof a, y: typeof a) => {
      asked++;
      return (x === a && y === b) || (x === b && y === a);
    };
    expect(sameCall(a, b, linked, roster)).toBe(true);
    expect(asked).toBe(1);
    // Built from no links, a week apart: two calls.
    expect(sameCall(a, b, linkedIn([]), roster)).toBe(false);
  });
});
