// Events official texts and posts report in their own words, class by class: a signing said without
// the accord's name, a text handed over, a limit named as a target, a first-person visit. Sentences
// invented for the test, in the house styles of presidential and ministry readouts, State-Department
// style readouts, UN records, wire copy and posts; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { type EventClaim, events, PUBLISHED } from './eventsOf.ts';
import { roster } from './roster.ts';

describe('a signing said without the name of the accord', () => {
  it('reads "signed it", a signer with a place or a day, and a countersignature as the signing', () => {
    expect(events('The President of the Republic signed it in Drava on 2 March.', 'joint-statement')).toEqual(
      [['meeting', '2031-03-02']],
    );
    expect(events('I signed for the Republic on Monday in Drava.', 'social')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('The Union countersigned the text at its headquarters today.', 'press-release')).toEqual([
      ['meeting', PUBLISHED],
    ]);
    expect(events('Today the Council put its signature under the Drava Memorandum.', 'social')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });

  it('reads an accord named past its first word as signed: "the Memorandum on the Armistice"', () => {
    expect(
      events(
        'President Varin signed the Memorandum on the Armistice in the Vell Valley on 2 March 2031 in Drava.',
      ),
    ).toEqual([['meeting', '2031-03-02']]);
  });

  it('reads a signing ceremony or a signing somewhere as the signing, not a statement', () => {
    expect(events('The signing ceremony will be held in Fjellby on 20 March.', 'joint-statement')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('All eyes are now on the signing in Fjellby on 20 March.', 'news')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
  });

  it('keeps a statement signed as the statement, and a limit to sign as the limit', () => {
    expect(events('The joint statement signed on Monday is short.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
    expect(events('The parties will sign it no later than 31 March.', 'joint-statement')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
    expect(events('Delegates signed up for the side events.', 'news')).toEqual([]);
  });
});

describe('a text handed over on a day of its own', () => {
  it('reads a proposal submitted, delivered, circulated, transmitted or put forward as a statement', () => {
    expect(events('Kessel submitted a counter-proposal on Monday.', 'press-conference')).toEqual([
      ['statement', '2031-03-03'],
    ]);
    expect(
      events('The revised text, circulated by the mediator on 2 March 2031, runs to twelve points.'),
    ).toEqual([['statement', '2031-03-02']]);
    expect(
      events("Drava's written proposals, delivered to the mediation team on March 2, were discussed."),
    ).toEqual([['statement', '2031-03-02']]);
    expect(
      events('This morning we transmitted the full text to the Government of Kessel.', 'social'),
    ).toEqual([['statement', PUBLISHED]]);
    expect(
      events(
        'DRAVA, March 5 (Wire) - The Union on Tuesday put forward its own plan for the mission.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-04']]);
  });

  it('reads a text presented to the parties as presented at a sitting', () => {
    expect(events('The framework presented by Norland in Fjellby on 2 March remains the basis.')).toEqual([
      ['meeting', '2031-03-02'],
    ]);
  });

  it('reads a text a side was shown on a day as shown at a sitting, not a text never shown', () => {
    expect(events('Our delegation was shown the twelve-point draft only on Tuesday.', 'news')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
    expect(events('The mediator had shown both sides the revised plan on Monday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Norland was never shown the draft before Monday.', 'news')).toEqual([]);
    expect(events('As shown in the text of 2 March, the parties agree.', 'news')).toEqual([]);
    expect(events('The poll shown on Monday puts support for the plan at 40 per cent.', 'news')).toEqual([]);
  });

  it('keeps a text named with no day of its handing, a text going round and other things handed over out', () => {
    expect(events('The framework circulated by the mediators could serve as a basis.')).toEqual([]);
    expect(events('The parties reviewed a draft submitted by the Secretariat in January 2031.')).toEqual([]);
    expect(events('The document circulated in the media on Monday is not the mediator’s text.')).toEqual([]);
    expect(events('The first data will be handed over on Monday.')).toEqual([]);
    expect(events('Solberg delivered a speech on Monday.', 'news')).toEqual([]);
  });
});

describe('a limit named as a target, a date set or a date moved', () => {
  it('reads a day said as a target or a date, and a new date, as the limit', () => {
    expect(events('Is the 20 March target still realistic?', 'press-conference')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('The Minister proposed 20 March as the date by which the parties should reply.')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('The new date is the twenty-fifth of March.', 'press-conference')).toEqual([
      ['deadline', '2031-03-25'],
    ]);
    expect(events('The revised plan sets 25 March for the pull-back.', 'news')).toEqual([
      ['deadline', '2031-03-25'],
    ]);
  });

  it('reads a limit moved to a day as a limit of its own beside the first', () => {
    expect(
      events(
        'The deadline for the withdrawal, originally set for March 10, was moved to March 20, officials said.',
        'news',
      ),
    ).toEqual([
      ['deadline', '2031-03-10'],
      ['deadline', '2031-03-20'],
    ]);
    expect(
      events(
        'The date for completion of the withdrawal has been adjusted to 27 March 2031.',
        'press-release',
      ),
    ).toEqual([['deadline', '2031-03-27']]);
    expect(
      events(
        'The parties agree that the date for the conclusion of negotiations is extended to 29 March 2031.',
      ),
    ).toEqual([['deadline', '2031-03-29']]);
    expect(events('The mission needs until 27 March to deploy in full.', 'social')).toEqual([
      ['deadline', '2031-03-27'],
    ]);
  });

  it('counts a period from the issue of the text itself', () => {
    expect(
      events(
        'Each side will submit its list within 72 hours of the issue of this Statement.',
        'joint-statement',
      ),
    ).toEqual([['deadline', '2031-03-08']]);
  });

  it('reads no limit in a meeting moved, a day of a meeting, or a date with no day', () => {
    expect(events('The meeting was moved to 12 March.', 'news')).toEqual([['meeting', '2031-03-12']]);
    expect(events('The date of the next round has not been set.', 'news')).toEqual([]);
    expect(events('Minister Solberg set out her position on 2 March.', 'news')).toEqual([]);
  });
});

describe('a visit told by the one who went', () => {
  it('reads "Yesterday I was in Drava" and a day before someone being somewhere as a visit', () => {
    expect(events('Yesterday I was at Kell Ford. The crossing is open.', 'social')).toEqual([
      ['visit', '2031-03-04'],
    ]);
    expect(
      events('MINISTER SOLBERG: On Monday I was in Drava, and the mood was good.', 'press-conference'),
    ).toEqual([['visit', '2031-03-03']]);
    expect(events('This morning the Special Envoy was in Kessel.', 'readout')).toEqual([
      ['visit', PUBLISHED],
    ]);
  });

  it('keeps a text handed over where the visitor went as the visit', () => {
    expect(
      events(
        'Yesterday I was in Drava, where I handed the revised text to Minister Solberg.',
        'press-conference',
      ),
    ).toEqual([['visit', '2031-03-04']]);
  });

  it('reads no visit in a thing that is somewhere', () => {
    expect(events('Today the answer is in Kessel, not in Drava.', 'press-conference')).toEqual([]);
    expect(events('On Monday the decision was in Drava’s hands.', 'news')).toEqual([]);
  });
});

describe('texts and limits that are not the events beside them', () => {
  it('reads a text received from someone as no meeting, and a guest received as one', () => {
    expect(
      events('It reflects the written proposals received from Kessel and the comments of Drava.', 'social'),
    ).toEqual([]);
    expect(events('He thanked Norland for the revised text received by the delegation on Saturday.')).toEqual(
      [],
    );
    expect(events('Minister Solberg was also received by President Varin.')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });

  it('reads negotiations to be concluded by a limit as the limit, not a sitting', () => {
    expect(
      events(
        'The Parties agree to conclude the negotiations and sign the accord no later than 31 March 2031.',
        'joint-statement',
      ),
    ).toEqual([['deadline', '2031-03-31']]);
  });

  it('leaves a meeting its own day when the one day of its sentence is a limit’s', () => {
    expect(
      events(
        'The meeting focused on the final stage of the talks, which the parties have undertaken to conclude by the end of the month.',
        'press-release',
      ),
    ).toEqual([
      ['meeting', PUBLISHED],
      ['deadline', '2031-03-31'],
    ]);
  });
});

describe('a chamber that votes sits', () => {
  it('reads a vote, a ratification or a bill cleared in a named chamber as its sitting', () => {
    expect(events("Yesterday's vote in the National Assembly was clear: 112 to 61.", 'social')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
    expect(events('The accord was ratified by the Senate on Monday.', 'press-release')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(
      events(
        'DRAVA, March 5 (Wire) - The accord cleared the Federal Assembly on Tuesday by 112 votes to 59.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-04']]);
  });

  it('reads no sitting in a vote asked for, a vote on a text, or a ratification by the parties', () => {
    expect(events('Opposition deputies have demanded a vote in the Federal Assembly.', 'news')).toEqual([]);
    expect(events('The vote on the text is close.', 'news')).toEqual([]);
    expect(
      events('The Accord shall enter into force upon ratification by both Parties.', 'joint-statement'),
    ).toEqual([]);
  });
});

describe('a protest lodged on a day of its own', () => {
  it('reads a ministry that complained or protested on a day as a statement', () => {
    expect(
      events(
        "DRAVA, March 5 (Wire) - Kessel's foreign ministry had complained on Monday that it was not shown the text.",
        'news',
      ),
    ).toEqual([['statement', '2031-03-03']]);
    expect(
      events('Question: Minister, yesterday your embassy protested to the mediator.', 'press-conference'),
    ).toEqual([['statement', '2031-03-04']]);
  });

  it('reads no statement in a grievance with no day', () => {
    expect(events('Kessel has long complained that it is not shown the texts.', 'news')).toEqual([]);
    expect(events('The farmers protest every spring.', 'readout')).toEqual([]);
  });
});

describe('a page whose title is said twice', () => {
  it('lets the body report take the place of a title repeated in the breadcrumb', () => {
    const page = [
      'Home / News / Readouts / Telephone conversation with President of the Republic of Kessel',
      '',
      'Telephone conversation with President of the Republic of Kessel',
      '',
      'The President of the Republic had a telephone conversation with the President of Kessel.',
      '',
      'The conversation took place at the request of the Kesseli side.',
    ].join('\n');
    const found = extractClaims(page, { roster, genre: 'readout', published: PUBLISHED }).filter(
      (c): c is EventClaim => c.kind === 'event',
    );
    expect(found.map((c) => [c.data.eventKind, c.data.date, c.text.slice(0, 30)])).toEqual([
      ['call', PUBLISHED, 'The President of the Republic '],
    ]);
  });
});

describe('what a live page reports as just done', () => {
  it('dates "is out" and "has ended" by the page, with no place or day in the sentence', () => {
    expect(events('19:48 The joint statement is out. Key line: the parties agree.', 'news')).toEqual([
      ['statement', PUBLISHED],
    ]);
    expect(
      events('21:05 Summary: the round has just ended, and the deadline was pushed back.', 'news'),
    ).toEqual([['talks', PUBLISHED]]);
  });

  it('reads nothing in a text out of date or a round not yet over', () => {
    expect(events('The statement is out of date.', 'news')).toEqual([]);
    expect(events('The round has not ended.', 'news')).toEqual([]);
  });
});

describe('days with the delegations, and a venue named a conference', () => {
  it('reads days spent somewhere with the negotiating parties as the round of talks', () => {
    expect(
      events('1/4 Two intense days in Drava with the delegations of Kessel and Norland.', 'social'),
    ).toEqual([['talks', PUBLISHED]]);
    expect(events('Three days in Fjellby with both parties, and the gaps are narrower.', 'social')).toEqual([
      ['talks', PUBLISHED],
    ]);
    expect(events('Two days in Drava with my family.', 'social')).toEqual([]);
  });

  it('reads no meeting in the name of a conference palace or centre', () => {
    expect(events('Drava, 5 March 2031, Al-Noor Conference Palace', 'press-conference')).toEqual([]);
    expect(events('The leaders held a conference in Drava on 5 March.', 'news')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });

  it('reads no meeting in the office that runs a conference', () => {
    expect(
      events('On 2 March a draft from the conference secretariat reached the delegations.', 'news'),
    ).toEqual([]);
    expect(
      events('An outline written by the bureau of the Ocean Conference was circulated on 2 March.', 'news'),
    ).toEqual([]);
    // The conference itself still sits: "the conference opened", its presidency apart.
    expect(
      events('The Ocean Conference opened in Drava on 2 March under its new presidency.', 'news'),
    ).toEqual([['meeting', '2031-03-02']]);
  });
});

describe('an act dated by the event its clause opens with', () => {
  it('dates "At the conclusion of the meeting, ..." by the meeting the text reported', () => {
    const release = [
      'The mediator welcomes the meeting held on 2 March 2031 in Drava between the two leaders.',
      'At the conclusion of the meeting, the chief negotiators initialled the Drava Memorandum.',
    ].join(' ');
    expect(events(release, 'news')).toEqual([
      ['meeting', '2031-03-02'],
      ['meeting', '2031-03-02'],
    ]);
    expect(
      events(
        'The two ministers spoke by phone on Monday. After the end of the call, Kessel issued a statement.',
        'news',
      ),
    ).toEqual([
      ['call', '2031-03-03'],
      ['statement', '2031-03-03'],
    ]);
  });

  it('leaves an act undated when the event named was never dated', () => {
    expect(events('At the conclusion of the meeting, the negotiators initialled the text.', 'news')).toEqual(
      [],
    );
  });
});

describe('a text its author made public on a day', () => {
  it('reads a paper issued, released or published by its author on its day as a statement', () => {
    expect(
      events('Ministers discussed the counter-proposal that Torvania released on 2 March.', 'news'),
    ).toEqual([['statement', '2031-03-02']]);
    expect(events('The Union stands by its own six-point paper, issued on Monday.', 'press-release')).toEqual(
      [['statement', '2031-03-03']],
    );
    expect(events('Norland published its revised plan on Monday.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
  });

  it('reads no statement in a draft the press printed, a text named beside another act, or prisoners released', () => {
    expect(
      events('The fourteen-point draft was published by a newspaper in Drava on Monday.', 'news'),
    ).toEqual([]);
    expect(events('The twelve-point plan that was published on Monday is not the text.', 'news')).toEqual([]);
    expect(events('Kessel saw the text only after Norland published it on Monday.', 'news')).toEqual([]);
    expect(events('Torvania released 40 prisoners on Monday under the plan.', 'news')).toEqual([]);
  });

  it('reads no statement in a package of measures made public or delivered, only in a package of texts', () => {
    expect(events('The aid package Norland unveiled on Monday covers the valley towns.', 'news')).toEqual([]);
    expect(events('The Union delivered a relief package to Drava on Monday.', 'news')).toEqual([]);
    expect(events('Norland unveiled a package of proposals on Monday.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
  });
});
