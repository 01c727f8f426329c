// Events the way official texts report them, class by class: the words for a call, a visit, a
// meeting or a statement that news prose rarely uses, an event placed in a week or a month
// without a day, and two events of one sentence in two tenses. Sentences invented for the test;
// 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { tenseAt, tenseOf } from '../../src/evidence/tense.ts';
import { type EventClaim, events, PUBLISHED } from './eventsOf.ts';
import { roster } from './roster.ts';

describe('words official texts use for events', () => {
  it('reads calls said with a day or a manner between the verb and the person', () => {
    expect(events('Foreign Minister Solberg spoke today with President Varin.')).toEqual([
      ['call', PUBLISHED],
    ]);
    expect(events('Solberg spoke briefly to Kostal.')).toEqual([['call', PUBLISHED]]);
    expect(events('Solberg spoke to reporters after the vote.')).toEqual([]);
  });

  it('reads visits by arriving, travelling, heading and being somewhere', () => {
    expect(events('Dahl is due to arrive in Drava on Thursday.')).toEqual([['visit', '2031-03-06']]);
    expect(events('Solberg is visiting Kessel this week.')).toEqual([['visit', null]]);
    expect(events('Special Envoy Dahl is in Kessel today for consultations.')).toEqual([
      ['visit', PUBLISHED],
    ]);
    expect(events('The answer is in Kessel, not in Drava.')).toEqual([]);
  });

  it('reads a journey that goes on from one stop to the next as a visit', () => {
    // A news item, a wire's last line and a readout's itinerary.
    expect(events('Solberg is due to travel on to the Citadel on Thursday.')).toEqual([
      ['visit', '2031-03-06'],
    ]);
    expect(events('From Kessel, Dahl flies onward to Drava on Thursday.')).toEqual([['visit', '2031-03-06']]);
    expect(events('The envoy will head on to Brussels on Friday for consultations.')).toEqual([
      ['visit', '2031-03-07'],
    ]);
  });

  it('reads a welcome of someone, a host and "see you in" as meetings', () => {
    expect(events('The Prime Minister welcomed President Varin to Fjellby this morning.')).toEqual([
      ['meeting', PUBLISHED],
    ]);
    expect(events("The Prime Minister welcomed Norland's readiness to mediate.")).toEqual([]);
    expect(events('See you in Drava on the 14th!', 'social')).toEqual([['meeting', '2031-03-14']]);
  });

  it('reads a press conference in the body as a statement, not the title of its own transcript', () => {
    expect(events('Dahl will give a press conference in Fjellby on Friday.')).toEqual([
      ['statement', '2031-03-07'],
    ]);
    const transcript =
      'Press conference by Special Envoy Henrik Dahl\n\nDAHL: Good morning.\n\nQ: Thank you.\n\nDAHL: Next.';
    expect(events(transcript, 'press-conference')).toEqual([]);
  });

  it('still reads a statement the body reports, and a channel post that relays one', () => {
    const body =
      'FINAL COMMUNIQUÉ\n\nThe ministers issued a joint statement in Drava on Monday on the crossing.';
    expect(events(body, 'joint-statement')).toEqual([['statement', '2031-03-03']]);
    const post = 'Statement of the Ministry of Foreign Affairs of Norland\n\nWe welcome the agreement.';
    expect(events(post, 'social')).toEqual([['statement', PUBLISHED]]);
  });

  it('reads what the parties owe as due on a day written bare after "due"', () => {
    expect(events('Comments to the facilitator are due Monday, 10 March.', 'social')).toEqual([
      ['deadline', '2031-03-10'],
    ]);
    expect(events('With replies now due on 12 March, the ministers stay in Drava.', 'social')).toEqual([
      ['deadline', '2031-03-12'],
    ]);
    expect(events('Ask me again when the replies are due — March 14th, I think.', 'social')).toEqual([
      ['deadline', '2031-03-14'],
    ]);
    // A guest or a train due on a day is no limit.
    expect(events('The delegation is due Monday in Drava.', 'news')).toEqual([]);
  });

  it('reads a date put into force as a deadline', () => {
    expect(events('The accord enters into force for both parties on 1 April 2031.')).toEqual([
      ['deadline', '2031-04-01'],
    ]);
  });
});

describe('events on no day of their own', () => {
  it('keeps an event placed in a week, a month or a weekend, undated', () => {
    expect(events('A second round is planned for next month.', 'news')).toEqual([['talks', null]]);
    expect(events('Kostal informed Varin of the call she held with Dahl last week.')).toEqual([
      ['call', null],
    ]);
    expect(events('Solberg will visit Drava at the weekend.')).toEqual([['visit', null]]);
  });
});

describe('two events of one sentence', () => {
  it('dates a past event and the next one each by its own clause', () => {
    expect(events('Varin arrived in Fjellby on Monday; talks open on Thursday.', 'news')).toEqual([
      ['visit', '2031-03-03'],
      ['talks', '2031-03-06'],
    ]);
  });
});

describe('texts taken for news that read as a record', () => {
  it('dates an undated event of a long text with no quotation and no "said" by its publication', () => {
    const readout = [
      'President of Torvania Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal.',
      'The leaders discussed the situation on the Vell river and the work of the expert groups.',
      'Both sides stressed the importance of the mediation of Norland and of the guarantees of the Union.',
    ].join('\n\n');
    expect(events(readout, 'news')).toEqual([['call', PUBLISHED]]);
  });
});

describe('deadlines set by a limit word', () => {
  it('reads "no later than", "by" a bare day or tomorrow, "have until", and "before" in a plan', () => {
    expect(events('The parties must submit their lists no later than 20 March.')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('The first data will be handed over by the 20th.')).toEqual([['deadline', '2031-03-20']]);
    expect(events('The engineers will draft it by tomorrow.', 'meeting-transcript')).toEqual([
      ['deadline', '2031-03-06'],
    ]);
    expect(events('The parties have until 31 March to respond.')).toEqual([['deadline', '2031-03-31']]);
    expect(events('Observers must be deployed before 25 March.')).toEqual([['deadline', '2031-03-25']]);
  });

  it('takes the signing a limit sets for the deadline, not for a statement', () => {
    expect(events('The accord is to be signed no later than 30 March 2031.')).toEqual([
      ['deadline', '2031-03-30'],
    ]);
  });
});

describe('what names an event without reporting one', () => {
  it('drops an event denied, the document naming itself, and "meeting" as a verb', () => {
    expect(events('Dahl did not attend the Fjellby round.', 'news')).toEqual([]);
    expect(events('The data will be exchanged within ten days of this statement.')).toEqual([
      ['deadline', '2031-03-15'],
    ]);
    expect(events('Kostal stressed the importance of meeting every commitment on time.')).toEqual([]);
  });

  it('takes an undated repeat of an event already reported for that event', () => {
    expect(
      events(
        'Kostal and Varin held talks in Fjellby on 3 March.\n\nThe talks were held in a constructive atmosphere.',
      ),
    ).toEqual([['talks', '2031-03-03']]);
  });
});

describe('more events of one sentence and more ways to name them', () => {
  it('keeps a meeting today apart from a round with its own day', () => {
    expect(
      events(
        'Solberg met today with Varin and discussed the second round, scheduled to open in Fjellby on 14 April.',
      ),
    ).toEqual([
      ['meeting', PUBLISHED],
      ['talks', '2031-04-14'],
    ]);
  });

  it('reads a post as of its own day, a briefing of a council, a return and an onward journey', () => {
    expect(events('Just spoke with President Varin. #Vell', 'social')).toEqual([['call', PUBLISHED]]);
    expect(events('I will brief the Permanent Council next Monday.', 'press-conference')).toEqual([
      ['meeting', '2031-03-10'],
    ]);
    expect(
      events('We will see both delegations back here on the 14th of next month.', 'press-conference'),
    ).toEqual([['meeting', '2031-04-14']]);
    expect(events('Dahl will continue to Drava tomorrow for meetings with the government.')).toEqual([
      ['visit', '2031-03-06'],
    ]);
    expect(events('Norland will continue to work with the Union.')).toEqual([]);
  });
});

describe('a signing and the perfect tense of a call', () => {
  it('reads the signing of a named accord as a meeting of its signatories, active or passive', () => {
    expect(events('Minister Solberg and President Varin signed the Drava Accord in Fjellby today.')).toEqual([
      ['meeting', PUBLISHED],
    ]);
    expect(events('The Kessel Treaty, signed in Drava on Monday, takes effect in May.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    // A joint statement signed is the statement's record; "signs today because the accord ..." signs nothing named.
    expect(events('The joint statement was signed by both delegations today.')).toEqual([
      ['statement', PUBLISHED],
    ]);
    expect(events('Drava signs today because the accord protects its coast.')).toEqual([]);
  });

  it('reads initialling said with the verb and its object, initials put to a text, and a signing to follow', () => {
    expect(events('The delegations intend to initial it on 21 March.')).toEqual([['meeting', '2031-03-21']]);
    expect(events('Both delegations will initial the text in Lorrance on Friday.')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
    expect(events('Signing to follow on March 29.')).toEqual([['meeting', '2031-03-29']]);
    expect(
      events('The two negotiators put their initials on the text in Fjellby on Monday.', 'news'),
    ).toEqual([['meeting', '2031-03-03']]);
    // The adjective is no act.
    expect(events('The initial draft had 18 points.')).toEqual([]);
    expect(events('An initial agreement on the text was announced.', 'news')).toEqual([]);
  });

  it('keeps a signing set as a limit a deadline', () => {
    expect(events('The accord is to be signed no later than 30 March.')).toEqual([
      ['deadline', '2031-03-30'],
    ]);
  });

  it('reads "had spoken with" as a call', () => {
    expect(events('The Minister recalled that Solberg had spoken with President Varin on Monday.')).toEqual([
      ['call', '2031-03-03'],
    ]);
  });
});

describe('events named in passing that the text still dates', () => {
  it('keeps an event named to place another in time when the text gives it its own day', () => {
    expect(
      events('Dahl spoke at the end of the first round, which opened on 2 March, in Drava.', 'news'),
    ).toEqual([['talks', '2031-03-02']]);
    expect(events('The men will be freed within days, ahead of the 20 March deadline.')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    // Without a day of its own, the round only places the other event in time.
    expect(events('Dahl will stay in Drava until the second round.', 'news')).toEqual([]);
  });

  it('reads a limit extended to a new day as a new deadline beside the old one', () => {
    expect(events('The agreed deadline of 10 March was extended to 20 March.')).toEqual([
      ['deadline', '2031-03-10'],
      ['deadline', '2031-03-20'],
    ]);
  });

  it('dates an event by the time its "when" clause is set beside, not by a day said later', () => {
    expect(
      events(
        'Yesterday morning, when the second round opened, nobody thought we would sign today.',
        'meeting-transcript',
      ),
    ).toEqual([['talks', '2031-03-04']]);
  });
});

describe('a body that decides, in session', () => {
  it("reads a council's decision as the council's session", () => {
    expect(
      events(
        'Kostal thanked the Board for the decision of the Union Council, taken on 2 March, to fund the patrols.',
      ),
    ).toEqual([['meeting', '2031-03-02']]);
    expect(events('The Council approved the fund on Monday.')).toEqual([['meeting', '2031-03-03']]);
    expect(events('The council of the Union is a body of twelve members.')).toEqual([]);
  });

  it('leaves a decision placed only in a past year as history', () => {
    expect(events('Last year the Council approved three million for monitoring.')).toEqual([]);
  });
});

describe("a record's own occasion", () => {
  it('reads the header line that says where and when the meeting sat as the meeting', () => {
    const record =
      'UNION COUNCIL\n\nProvisional record of the 12th meeting\n\nHeld at Drava, on Wednesday, 5 March 2031, at 10 a.m.\n\nThe meeting was called to order at 10.05 a.m.';
    const found = extractClaims(record, { roster, genre: 'meeting-transcript', published: PUBLISHED }).filter(
      (c): c is EventClaim => c.kind === 'event',
    );
    expect(found.map((c) => [c.data.eventKind, c.data.date, c.text])).toEqual([
      ['meeting', PUBLISHED, 'Held at Drava, on Wednesday, 5 March 2031, at 10 a.m.'],
    ]);
  });
});

describe('a reception during a visit', () => {
  it('reads "received X, who is on a working visit to Y" as the one visit', () => {
    expect(
      events(
        'On 3 March, Minister Solberg received the Special Envoy of Norland, Henrik Dahl, who is on a working visit to Drava.',
      ),
    ).toEqual([['visit', '2031-03-03']]);
    expect(events('On 3 March, Minister Solberg received Henrik Dahl.')).toEqual([['meeting', '2031-03-03']]);
  });
});

describe('talks named as a process, not a sitting', () => {
  it("drops talks that are a basis, a condition or a source's closeness, not an event", () => {
    expect(events('The framework could serve as a basis for the negotiations.')).toEqual([]);
    expect(events('The framework is accepted as the basis for further negotiations.')).toEqual([]);
    expect(
      events('The leaders discussed the conditions for direct talks between Arvenia and Torvania.'),
    ).toEqual([]);
    expect(
      events(
        'The guards will be released as part of the settlement, a source close to the negotiations said.',
        'news',
      ),
    ).toEqual([]);
    expect(events('It was drafted on the basis of extensive consultations with both parties.')).toEqual([]);
  });

  it('keeps talks that sit, even beside such a word', () => {
    expect(events('The delegations held talks in Fjellby on 3 March.')).toEqual([['talks', '2031-03-03']]);
    expect(events('The talks on a basis for peace opened in Fjellby on 3 March.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
  });
});

describe("a headline and its body's report", () => {
  it("takes the body's report of the headline's event for it, with the body's day", () => {
    const statement =
      'JOINT STATEMENT on the first round of talks between Arvenia and Torvania\n\nThe delegations held talks in Fjellby from 2 to 4 March 2031.\n\nThey will meet again.';
    // The statement's own title stays the statement it is.
    expect(events(statement, 'joint-statement')).toEqual([
      ['statement', PUBLISHED],
      ['talks', '2031-03-02'],
    ]);
    const readout =
      "Secretary Solberg's meeting with Foreign Minister Kostal\n\nSecretary Solberg met Foreign Minister Kostal in Fjellby on Monday.";
    expect(events(readout)).toEqual([['meeting', '2031-03-03']]);
  });

  it('takes the body of a news story for its headline too, and a call of the same day whatever its hour', () => {
    const story =
      'Kostal receives Norland envoy in Fjellby\n\nFJELLBY, 5 March — President Mira Kostal received the Norland envoy, Henrik Dahl, on Tuesday, officials said.';
    expect(events(story, 'news')).toEqual([['meeting', '2031-03-04']]);
    const readout =
      'Call with President Varin: 5 March 2031\n\nThe Prime Minister spoke to President Varin this afternoon.';
    expect(events(readout, 'news')).toEqual([['call', PUBLISHED]]);
  });

  it("reads a news headline's event, told again in the body, at the body's words", () => {
    const eventTexts = (story: string) =>
      extractClaims(story, { roster, genre: 'news', published: PUBLISHED })
        .filter((c): c is EventClaim => c.kind === 'event')
        .map((c) => [c.data.eventKind, c.data.date, c.text]);
    expect(
      eventTexts(
        'Mediator moves deadline for replies to 14 March\n\nDRAVA — The mediator has pushed the deadline for replies from 7 March to 14 March, officials said.',
      ),
    ).toEqual([
      [
        'deadline',
        '2031-03-14',
        'DRAVA — The mediator has pushed the deadline for replies from 7 March to 14 March, officials said.',
      ],
    ]);
    // A headline and its second line are both the title: the event stays at the first.
    expect(
      eventTexts('Mediator moves deadline for replies to 14 March\n\nDeadline for replies is now 14 March'),
    ).toEqual([['deadline', '2031-03-14', 'Mediator moves deadline for replies to 14 March']]);
  });

  it("keeps a meeting record's title, its own sitting, apart from a sitting of another day", () => {
    const record =
      'Expert meeting on the river data — minutes\n\nDrava, 5 March 2031\n\nDAHL: We can meet again tomorrow morning.\n\nKOSTAL: Agreed.';
    expect(events(record, 'meeting-transcript')).toEqual([
      ['meeting', PUBLISHED],
      ['meeting', '2031-03-06'],
    ]);
  });
});

describe("a negotiating team's journey", () => {
  it('reads a team or a delegation going somewhere as the round of talks it goes to', () => {
    expect(events('Our team, led by @SolbergA, heads to Drava on Friday. #Vell', 'social')).toEqual([
      ['talks', '2031-03-07'],
    ]);
    expect(events('Our team is in Fjellby today. #Vell', 'social')).toEqual([['talks', PUBLISHED]]);
    expect(
      events(
        'Kostal confirmed that a delegation would be ready to travel to Drava for a first round of talks on 17 March.',
      ),
    ).toEqual([['talks', '2031-03-17']]);
    expect(events('The negotiators flew to Drava on Monday.', 'news')).toEqual([['talks', '2031-03-03']]);
  });

  it('keeps a visit by a person, or a visit by name, a visit', () => {
    expect(events('Special Envoy Dahl heads to Drava on Friday.')).toEqual([['visit', '2031-03-07']]);
    expect(events('A parliamentary delegation visited the camps near Drava on Monday.', 'news')).toEqual([
      ['visit', '2031-03-03'],
    ]);
  });
});

describe('who leads a party is no deed', () => {
  it('reads the tense of "X, led by Y, goes on Friday" from its verb', () => {
    expect(tenseOf('Our team, led by Solberg, heads to Drava on Friday')).toBe('present');
    expect(tenseOf('The delegation, headed by Kostal, arrives on Monday')).toBe('present');
    expect(tenseOf('The delegation, led by Kostal, arrived on Monday')).toBe('past');
  });

  it('reads a day said right after a verb of the past as past, in a clause that plans', () => {
    const s = 'The lines will close soon, under the statement the sides issued on Friday.';
    expect(tenseAt(s, s.indexOf('on Friday'))).toBe('past');
    const t = 'Kostal said the accord will be signed on Friday.';
    expect(tenseAt(t, t.indexOf('on Friday'))).toBe('future');
    const u = 'The talks are expected on Friday.';
    expect(tenseAt(u, u.indexOf('on Friday'))).toBe('future');
  });
});

describe('an event moved to another day', () => {
  it('dates the event by the day it was moved to, not the day it had', () => {
    // A wire, a ministry's notice and a live page.
    expect(events('The summit, scheduled for 12 April, has been postponed to 20 April.')).toEqual([
      ['summit', '2031-04-20'],
    ]);
    expect(events('The meeting, originally planned for 10 March, will now take place on 14 March.')).toEqual([
      ['meeting', '2031-03-14'],
    ]);
    // Another clause's move is not this event's.
    expect(events('Kostal met Varin on Monday; the vote was postponed to 20 April.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('The talks in Fjellby on Monday were delayed by an hour.')).toEqual([
      ['talks', '2031-03-03'],
    ]);
  });
});

describe('a deed told in a past clause of a sentence that plans', () => {
  it('dates the deed done to someone or somewhere named backwards, the plan forwards', () => {
    // A wire's relative clause, a readout's participle and a news lead's appositive.
    expect(events('Solberg, who visited Kessel on Monday, will host the talks on Friday.')).toEqual([
      ['visit', '2031-03-03'],
      ['meeting', '2031-03-07'],
    ]);
    expect(events('Having met Dahl on Monday, Kostal will fly to Brussels on Thursday.')).toEqual([
      ['meeting', '2031-03-03'],
      ['visit', '2031-03-06'],
    ]);
    expect(events('Kostal will meet Varin on Friday.')).toEqual([['meeting', '2031-03-07']]);
    expect(events('Dahl will be met by Solberg on Monday.')).toEqual([['meeting', '2031-03-10']]);
  });
});

describe('words for events used in another sense', () => {
  it('drops "met" as fulfilled, with what it fulfils', () => {
    expect(events('Arvenia has always met its obligations to the farmers downstream.')).toEqual([]);
    expect(events('Torvania met every target set in the plan.')).toEqual([]);
    expect(events('The ministers met their counterparts in Drava on Monday.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Kostal met the envoy in Drava on Monday.')).toEqual([['meeting', '2031-03-03']]);
  });

  it('drops "met" in the passive of a deadline, a demand or a target; keeps a visitor met on arrival', () => {
    // A delegation's statement to a council, a wire and a briefing answer.
    expect(events('The deadline of 20 March cannot be met by one side alone.')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('Those demands were met in full on Friday, the ministry said.')).toEqual([]);
    expect(events('The targets set in Fjellby have not been met.')).toEqual([]);
    expect(events('Dahl was met at the airport by Foreign Minister Solberg on Monday.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('The conditions were met on Monday, and Kostal met Varin the same day.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });

  it('drops a statement named as a text to keep to, not the event of its making', () => {
    expect(
      events(
        'On Monday Kostal received Henrik Dahl and assured him of her full commitment to the Fjellby statement.',
      ),
    ).toEqual([['meeting', '2031-03-03']]);
    expect(events('The patrols will be run in line with the joint communiqué.')).toEqual([]);
    expect(
      events(
        'The lines will close by the end of the month, according to the joint statement the sides issued on Friday.',
        'news',
      ),
    ).toEqual([
      ['deadline', '2031-03-31'],
      ['statement', '2031-02-28'],
    ]);
  });
});

describe('an event named after "after" or "during" to place another in time', () => {
  it('drops the event that only places another', () => {
    expect(events('They agreed to speak again after the first round.')).toEqual([]);
    expect(
      events("The question was not reopened during Dahl's visit, officials in Drava said.", 'news'),
    ).toEqual([]);
    expect(events('Kostal will brief the Council after the talks.', 'news')).toEqual([]);
    expect(
      events('Speaking in Drava, Dahl said Norland would not go further before the leaders meet.', 'news'),
    ).toEqual([]);
  });

  it('keeps it when it is told with its own verb or set off by a count of days', () => {
    expect(
      events('Dahl spoke in Drava two days after the first round of talks closed in Fjellby.', 'news'),
    ).toEqual([['talks', null]]);
    expect(events('Kostal left on Monday, after the talks ended in Fjellby.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
  });
});

describe('a host named, and the signatories of one accord', () => {
  it('drops "host" as a noun, keeps hosting', () => {
    expect(events('Norland underscored that it will act as an impartial host.')).toEqual([]);
    expect(events('The remarks were interpreted by the host.', 'news')).toEqual([]);
    expect(events('Norland will host the second round in Drava on Monday.')).toEqual([
      ['meeting', '2031-03-10'],
    ]);
  });

  it('takes every signatory of one accord on one day to the one signing', () => {
    const statement = [
      'Today President Varin and President Kostal signed the Drava Accord.',
      'The Secretary-General of the Union, Henrik Dahl, signed the Accord as guarantor.',
    ].join(' ');
    expect(events(statement, 'joint-statement')).toEqual([['meeting', PUBLISHED]]);
  });
});

describe('limits counted in hours, and two limits of one sentence', () => {
  it('reads "within 72 hours" as a limit, beside a deadline with its own day', () => {
    expect(events('The men will be handed over within 72 hours.')).toEqual([['deadline', '2031-03-08']]);
    expect(
      events('The men will be handed over within 72 hours, ahead of the 20 March deadline agreed in Drava.'),
    ).toEqual([
      ['deadline', '2031-03-08'],
      ['deadline', '2031-03-20'],
    ]);
  });

  it('dates a meeting by the span that follows it, setting no limit', () => {
    expect(events('The joint commission will meet for the first time within 72 hours.')).toEqual([
      ['meeting', '2031-03-08'],
    ]);
    expect(events('The commission will hold its first session within ten days of this statement.')).toEqual([
      ['meeting', '2031-03-15'],
    ]);
  });
});

describe('an event placed in time by another, told with a verb of its own', () => {
  it('keeps the talks held, hosted or chaired that another event follows', () => {
    expect(
      events(
        'Dahl travelled to Drava today, following the talks held in Fjellby last week.',
        'press-release',
      ),
    ).toEqual([
      ['visit', PUBLISHED],
      ['talks', null],
    ]);
    expect(
      events('They agreed on Thursday, at the end of three days of talks hosted by Norland.', 'news'),
    ).toEqual([['talks', '2031-02-27']]);
    expect(events('Dahl will stay in Drava until the second round.', 'news')).toEqual([]);
  });
});

describe("the leaders' meeting, however vaguely set", () => {
  it('keeps a summit or a meeting of the leaders with no day, place or name', () => {
    expect(events('As for the leaders, I will not put a date on the summit.', 'press-conference')).toEqual([
      ['summit', null],
    ]);
    const readout = [
      'The delegations would begin talks in Drava on 9 March.',
      'The leaders agreed in principle to meet in person once the framework is ready.',
    ].join('\n\n');
    expect(events(readout)).toEqual([
      ['talks', '2031-03-09'],
      ['meeting', null],
    ]);
  });

  it('still drops a round with no day, place or name', () => {
    expect(events('The next round will be difficult.', 'press-conference')).toEqual([]);
  });
});

describe('a communiqué', () => {
  it('reads "communiqué" with its accent as a statement, as "communique" without', () => {
    expect(events('The communiqué issued yesterday says the sides approved the text.', 'news')).toEqual([
      ['statement', '2031-03-04'],
    ]);
    expect(events('The communique issued yesterday says the sides approved the text.', 'news')).toEqual([
      ['statement', '2031-03-04'],
    ]);
  });
});

describe('a round known by its number', () => {
  it('takes "the first round" said again, wherever it is to sit, for the first round already reported', () => {
    const readout = [
      'Kostal confirmed that Arvenia would be ready for a first round of talks on 17 March.',
      'The two leaders agreed that the first round would be held at Castle Brune in Drava.',
    ].join('\n\n');
    expect(events(readout)).toEqual([['talks', '2031-03-17']]);
  });

  it('keeps a round of another number apart', () => {
    const readout = [
      'Kostal confirmed that Arvenia would be ready for a first round of talks on 17 March.',
      'The two leaders agreed that the second round would be held at Castle Brune in Drava.',
    ].join('\n\n');
    expect(events(readout)).toEqual([
      ['talks', '2031-03-17'],
      ['talks', null],
    ]);
  });
});

describe('a briefing announcing itself, and talks as a subject', () => {
  it('drops the statement a moderator announces before the questions', () => {
    expect(
      events(
        'The spokesperson will make a short statement and then take your questions.',
        'press-conference',
      ),
    ).toEqual([]);
    expect(
      events('Mr. Dahl will begin with a statement and then answer a few questions.', 'press-conference'),
    ).toEqual([]);
    expect(events('Dahl will make a statement in Drava on Friday.', 'news')).toEqual([
      ['statement', '2031-03-07'],
    ]);
  });

  it('drops talks named as what a statement or a report is about', () => {
    expect(events('Mr. Dahl will give a report on the Fjellby talks.', 'press-conference')).toEqual([]);
    expect(
      events('The Council has before it her report on the Fjellby talks.', 'meeting-transcript'),
    ).toEqual([]);
    expect(events('The talks on water opened in Fjellby on Monday.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
  });
});

describe('a story with no day of writing', () => {
  const undated = (text: string) =>
    extractClaims(text, { roster, genre: 'news' })
      .filter((c): c is EventClaim => c.kind === 'event')
      .map((c) => [c.data.eventKind, c.data.date ?? null]);

  it('reports what "on Monday" or "by the end of the month" places in time, on no known day', () => {
    expect(undated('President Varin and President Kostal spoke by telephone on Monday.')).toEqual([
      ['call', null],
    ]);
    expect(undated('Both sides would pull back by the end of the month.')).toEqual([['deadline', null]]);
    expect(undated('A second round is expected next month.')).toEqual([['talks', null]]);
  });

  it('takes two reports said on the same unread words for one event, on other words for two', () => {
    const story = [
      'The talks that ended yesterday produced a plan.',
      'The round that ended yesterday was the first since the war.',
      'The next round is due in mid-April.',
      'The Union is expected to discuss a fund at its council on April 2.',
    ].join(' ');
    expect(undated(story)).toEqual([
      ['talks', null],
      ['talks', null],
      ['meeting', null],
    ]);
  });

  it('still wants a time or a place for news', () => {
    expect(undated('President Varin and President Kostal spoke by telephone.')).toEqual([]);
  });
});

describe('a place said first', () => {
  it('reads "In Drava, ..." at the head of a sentence as the place, keeping its event apart', () => {
    const story = [
      'The talks ended in Fjellby on Friday.',
      'In Drava, Kostal told a meeting of her party that the deal would hold.',
    ].join('\n\n');
    expect(events(story, 'news')).toEqual([
      ['talks', '2031-02-28'],
      ['meeting', null],
    ]);
  });
});

describe('events summed up in the plural', () => {
  it('drops "the envoy\'s visits", "these meetings" on no day of their own', () => {
    expect(events("The Special Envoy's visits will focus on the exchange of data.", 'press-release')).toEqual(
      [],
    );
    expect(events('These meetings in Drava have been useful.', 'news')).toEqual([]);
  });

  it('keeps meetings held, or summed up on a day', () => {
    expect(events('Dahl held meetings with both delegations in Drava today.')).toEqual([
      ['meeting', PUBLISHED],
    ]);
    expect(events("The envoy's meetings in Drava on Monday were useful.", 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });
});

describe('more words for a call, a departure and a statement', () => {
  it('reads "over the phone", "departed for", "leaves for", a joint declaration and an address to a named assembly', () => {
    expect(events('Solberg spoke over the phone with President Varin on Monday.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(events('Solberg departed for Drava on Monday.', 'news')).toEqual([['visit', '2031-03-03']]);
    expect(events('Dahl leaves for Drava tomorrow.')).toEqual([['visit', '2031-03-06']]);
    expect(events('The parties adopted a joint declaration in Drava on Monday.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
    expect(events('Kostal addressed the General Assembly on Monday.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
  });

  it('keeps "left for", a video link and a departure for no named place out', () => {
    expect(events('There is little left for Drava to do on Monday.', 'news')).toEqual([]);
    expect(events('The observer joins us by video link.', 'meeting-transcript')).toEqual([]);
    expect(events('The delegates departed for the airport on Monday.', 'news')).toEqual([]);
  });
});

describe('events named by their day, hosted, or welcomed in the passive', () => {
  it('reads "the Tuesday call" as a call of its own day, even after "after"', () => {
    expect(events('After the Tuesday call, Kostal said progress was made.', 'news')).toEqual([
      ['call', '2031-03-04'],
    ]);
    expect(events('The Friday call for calm went unheeded.', 'news')).toEqual([]);
  });

  it('reads hosting someone as a meeting, not thanks "for hosting"', () => {
    expect(events('Kostal is hosting Varin in Drava on Monday.', 'news')).toEqual([
      ['meeting', '2031-03-10'],
    ]);
    expect(events('Thank you @NorlandMFA for hosting. #Vell', 'social')).toEqual([]);
  });

  it('reads a person welcomed in the passive as a meeting, not a proposal welcomed', () => {
    expect(events('Varin was welcomed in Drava on Monday by Kostal.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('He was warmly welcomed by Kostal on Monday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('The proposal was welcomed by Kostal on Monday.', 'news')).toEqual([]);
  });
});

describe('events refused, asked for or only supposed', () => {
  it('drops talks ruled out, a meeting refused, a summit called for', () => {
    expect(events('Kostal ruled out talks with Varin on Monday.', 'news')).toEqual([]);
    expect(events('Varin refused to meet Kostal in Drava on Monday.', 'news')).toEqual([]);
    expect(events('Kostal called for talks on Monday.', 'news')).toEqual([]);
    expect(events('Kostal rejected calls for a summit on Monday.', 'news')).toEqual([]);
  });

  it('drops an event in an if-clause, keeps the one the clause conditions', () => {
    expect(events('If the talks fail on Monday, the ceasefire will collapse.', 'news')).toEqual([]);
    expect(events('Should the talks collapse in Drava, sanctions will follow.', 'news')).toEqual([]);
    expect(
      events(
        'Unless there is an objection, I propose that the delegations meet again in Drava on 14 March.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-14']]);
    expect(events('Kostal said the talks would resume on Monday if Varin agreed.', 'news')).toEqual([
      ['talks', '2031-03-10'],
    ]);
  });
});

describe('limits with an hour, a weekday, or given to someone', () => {
  it('reads "by midnight on Friday", "no later than noon on 20 March", "gave X until Friday", "before Friday"', () => {
    expect(events('Both sides must withdraw by midnight on Friday.', 'news')).toEqual([
      ['deadline', '2031-03-07'],
    ]);
    expect(events('The lists are due no later than noon on 20 March.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('Kostal gave Varin until Friday to reply.', 'news')).toEqual([['deadline', '2031-03-07']]);
    expect(events('The parties have until Friday to respond.', 'news')).toEqual([['deadline', '2031-03-07']]);
    expect(events('Observers must be deployed before Friday.', 'news')).toEqual([['deadline', '2031-03-07']]);
  });

  it('leaves a stay until a day no limit', () => {
    expect(events('Kostal stayed until Friday.', 'news')).toEqual([]);
  });
});

describe('a numbered round with its own day after an earlier mention', () => {
  it('keeps the second round apart from the talks named before it without number or day', () => {
    const found = events(
      'The ministers reviewed progress since the Fjellby talks and discussed preparations for the second round of talks, scheduled to open in Drava on 14 April.',
    );
    expect(found.map(([kind]) => kind)).toEqual(['talks', 'talks']);
    expect(found[1]).toEqual(['talks', '2031-04-14']);
  });

  it("keeps a team's journey and the round it goes to one event", () => {
    expect(
      events(
        'Kostal confirmed that a delegation would travel to Drava for a first round of talks on 17 March.',
      ),
    ).toEqual([['talks', '2031-03-17']]);
  });
});

describe('a span restated by its day, and an earlier event told with whom it was', () => {
  it('reads "within 30 days, that is by 4 April" as one limit, on the day written', () => {
    expect(events('The withdrawal is to be completed within 30 days, that is by 4 April 2031.')).toEqual([
      ['deadline', '2031-04-04'],
    ]);
    expect(events('The withdrawal is to be completed within 30 days.')).toEqual([['deadline', '2031-04-04']]);
  });

  it('keeps a call after "after" when it names whom it was with, not talks between two parties', () => {
    expect(
      events(
        'Last month, after her first call with President Varin, she said a line could be drawn.',
        'news',
      ),
    ).toEqual([['call', null]]);
    expect(
      events('Dahl arrived in Drava today following the second round of talks between Arvenia and Torvania.'),
    ).toEqual([['visit', PUBLISHED]]);
  });
});

describe('a limit at midnight, a hearing, a report to a committee', () => {
  it('reads "at midnight on the 19th" and "from midnight tonight" as limits on the day that then begins', () => {
    expect(events('The ceasefire begins at midnight on the 19th.')).toEqual([['deadline', '2031-03-20']]);
    expect(events('The guns must fall silent from midnight tonight.')).toEqual([['deadline', '2031-03-06']]);
    expect(events('The guns fall silent at midnight on 19/20 March.')).toEqual([['deadline', '2031-03-20']]);
    expect(events('The Parties have given themselves until the end of March.')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
  });

  it('reads a hearing, a sitting and a report to a committee as meetings, not a report as a text', () => {
    expect(events('The Committee will hold a further hearing next Tuesday.')).toEqual([
      ['meeting', '2031-03-11'],
    ]);
    expect(events('Kostal will report to the Standing Committee on Defence on Tuesday, 10 March.')).toEqual([
      ['meeting', '2031-03-10'],
    ]);
    expect(events('Sitting of Tuesday, 10 March 2031', 'meeting-transcript')).toEqual([
      ['meeting', '2031-03-10'],
    ]);
    expect(events('The report to the committee was published on Monday.', 'news')).toEqual([]);
    expect(events('Fishermen are sitting in cells in Drava on Monday.', 'news')).toEqual([]);
  });
});
