// Documents whose parts carry days of their own (an e-mail thread, a chat's export) and documents
// whose one stamp the dateline reader did not know (a wire's agency after the day, a Weibo post's
// year-first stamp): a part's "today" is its own stamp's day. Texts invented for the test, about the
// negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { dayOfPart, type PartDay, partDays } from '../../src/evidence/partDays.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
const read = (text: string, received = '2031-06-01') =>
  processDocument(new TextEncoder().encode(text), 'doc.txt', { roster, received });
const dateOf = (text: string, words: RegExp, received?: string) =>
  read(text, received)
    .claims.filter((c): c is EventClaim => c.kind === 'event')
    .find((e) => words.test(e.text))?.data.date;

describe('an e-mail thread', () => {
  const thread = [
    'From: Lind, Ada (NORLAND DELEGATION)',
    'Sent: Monday, 12 May 2031 09:05',
    'To: Holm, Per',
    'Subject: RE: Vell - state of play',
    'Per, thanks. Nothing new here since your note; I will call after lunch.',
    'Ada',
    '-----Original Message-----',
    'From: Holm, Per',
    'Sent: Thursday, 8 May 2031 21:40',
    'To: Lind, Ada (NORLAND DELEGATION)',
    'Subject: Vell - state of play',
    'Ada, quick one from Fjellby. The two delegations met in Fjellby today for four hours and agreed on the agenda.',
    'Per',
  ].join('\n\n');

  it("dates an older message's today by its own Sent line, not by the newest", () => {
    expect(dateOf(thread, /met in Fjellby today/)).toBe('2031-05-08');
    expect(read(thread).meta.date).toBe('2031-05-12');
  });

  it("reads a reply's attribution line as the quoted message's day", () => {
    const reply = [
      'Subject: Re: call',
      'Thanks Per, noted.',
      'On Fri, 9 May 2031 at 18:02, Per Holm <per.holm@example.org> wrote:',
      '> The foreign ministers spoke by phone yesterday with President Kostal of Torvania.',
      'On Sat, 10 May 2031 at 08:15, Ada Lind <ada.lind@example.org> wrote:',
      '> Good. Anything on the next round?',
    ].join('\n\n');
    expect(dateOf(reply, /spoke by phone yesterday/)).toBe('2031-05-08');
  });

  it('leaves a single message with one Sent line dated as before', () => {
    const one = [
      'From: Holm, Per',
      'Sent: Thursday, 8 May 2031 21:40',
      'Subject: Vell',
      'The two delegations met in Fjellby today.',
    ].join('\n\n');
    expect(partDays(one, () => false)).toEqual([]);
    expect(dateOf(one, /met in Fjellby today/)).toBe('2031-05-08');
  });
});

describe("a chat's export", () => {
  it('dates each message of an Android export by its own stamp, and the chat by its last', () => {
    const chat = [
      '12/05/2031, 07:58 - Mira Sand: Morning all. Talks resume in Fjellby today, delegations in the room at 9',
      '12/05/2031, 21:10 - Jon Berg: Day 1 over, ministry says constructive',
      '14/05/2031, 19:31 - Mira Sand: The mediator met both heads of delegation this afternoon. Written replies by 20 May',
    ].join('\n');
    expect(dateOf(chat, /Talks resume in Fjellby today/)).toBe('2031-05-12');
    expect(dateOf(chat, /met both heads of delegation/)).toBe('2031-05-14');
    expect(read(chat).meta.date).toBe('2031-05-14');
  });

  it("reads an iPhone export's bracketed stamps, seconds and all", () => {
    const chat = [
      '[05/03/2031, 08:01:12] Jon Berg: Envoy arrived in Fjellby yesterday',
      '[06/03/2031, 10:15:40] Mira Sand: talks resumed this morning',
    ].join('\n');
    expect(dateOf(chat, /arrived in Fjellby yesterday/)).toBe('2031-03-04');
    expect(dateOf(chat, /talks resumed this morning/)).toBe('2031-03-06');
  });

  it('takes no line of figures that opens a list for a stamp', () => {
    const text = [
      'ARVENIA, 3 May 2031 — Ministry of Foreign Affairs',
      '1. The delegations met in Fjellby today.',
      '2. Replies are due on 20 May.',
    ].join('\n\n');
    expect(partDays(text, () => false)).toEqual([]);
  });
});

describe('a stamp the dateline reader did not know', () => {
  it("dates a wire story whose agency follows the day without brackets (Kyodo's style)", () => {
    const story =
      'Envoys to meet in Fjellby\n\nFJELLBY, May 3, Nordpress -- Negotiators of Arvenia and Torvania are to open talks Monday in Fjellby, the mediator said Saturday.';
    expect(read(story).meta.date).toBe('2031-05-03');
    expect(dateOf(story, /open talks Monday/)).toBe('2031-05-05');
  });

  it("leaves the year unknown when only a year of history would fit the lead's weekday", () => {
    const story =
      'Envoys to meet\n\nFJELLBY, May 3, Nordpress -- A plan for the line drawn in 2002 was published on Friday, three days before the talks.';
    const doc = processDocument(new TextEncoder().encode(story), 'doc.txt', { roster });
    expect(doc.meta.date).toBeUndefined();
  });

  it('does not take a lead that names a source after the day for a dateline', () => {
    const story =
      'Envoys to meet\n\nOn May 3, officials said, negotiators of Arvenia and Torvania would open talks Monday in Fjellby.';
    expect(read(story).meta.dateFrom).not.toBe('dateline');
  });

  it("dates a Weibo post by its year-first stamp and the client's name after it", () => {
    const post = [
      '记者_Berg V',
      '2031-5-16 09:47 来自 iPhone客户端',
      'Yesterday I went with the delegations to the Fjellby station. The deadline for comments is today.',
    ].join('\n\n');
    expect(read(post).meta.date).toBe('2031-05-16');
    expect(dateOf(post, /deadline for comments is today/)).toBe('2031-05-16');
  });
  it("takes no chronology's first entry for a year-first stamp", () => {
    const timeline = [
      'Timeline: how the Vell talks stalled',
      '2031-04-02 10:00 Delegations of Arvenia and Torvania open the first round in Fjellby.',
      '2031-04-20 16:30 Torvania walks out of the talks.',
      '2031-05-18 09:00 Henrik Dahl says a fifth round opens in Fjellby today.',
    ].join('\n\n');
    expect(read(timeline).meta.date).not.toBe('2031-04-02');
    expect(read('Berg V\n\n2031/05/16 09:47 GMT\n\nThe deadline for comments is today.').meta.date).toBe(
      '2031-05-16',
    );
  });
});

describe('a page set out under headings that are whole days', () => {
  // A minister's channel: each day's posts under the day, each post stamped with a time only.
  const feed = [
    'Mira Sand ✓',
    'Channel · 12K followers',
    'Thursday 8 May 2031',
    'Back from Fjellby. The round went better than the papers say.',
    '11:40',
    'Saturday 10 May 2031',
    'This evening I spoke by phone with the Norland mediator for an hour.',
    '19:05',
    'Monday 12 May 2031',
    'Our replies to the mediator go out today.',
    '08:15',
  ].join('\n\n');

  it("dates a post's tonight or today by the heading it stands under", () => {
    expect(dateOf(feed, /spoke by phone with the Norland mediator/)).toBe('2031-05-10');
  });

  it('reads a heading in the month-first order too', () => {
    const american = feed.replace('Saturday 10 May 2031', 'Saturday, May 10, 2031');
    expect(dateOf(american, /spoke by phone with the Norland mediator/)).toBe('2031-05-10');
  });

  it('leaves a page with one day heading, or days said in sentences, dated by its own day', () => {
    const one = ['Monday 12 May 2031', 'The delegations met in Fjellby today for four hours.'].join('\n\n');
    expect(dateOf(one, /met in Fjellby today/)).toBe('2031-05-12');
    const told = [
      'Statement of the Ministry, 12 May 2031',
      'The round of 10 May 2031 was useful.',
      'The delegations met in Fjellby today for four hours.',
    ].join('\n\n');
    expect(dateOf(told, /met in Fjellby today/)).toBe('2031-05-12');
  });

  it('dates the page by its newest heading, listed last or first', () => {
    expect(read(feed).meta.date).toBe('2031-05-12');
    const paras = feed.split('\n\n');
    const newestFirst = [...paras.slice(0, 2), ...paras.slice(8), ...paras.slice(5, 8), ...paras.slice(2, 5)];
    expect(read(newestFirst.join('\n\n')).meta.date).toBe('2031-05-12');
  });

  it("reads a channel's headings without a year, the year the page was received in", () => {
    const channel = feed.replace(/^(\w+day) (\d+) May 2031$/gm, (_, w, d) => `${w.toUpperCase()} ${d} MAY`);
    const social = (text: string) =>
      cleanDocument(text, 'feed.txt', { received: '2031-06-01', social: true });
    expect(social(channel).meta.date).toBe('2031-05-12');
    expect(social(channel).dayHeadings?.map((h) => h.day)).toEqual([
      '2031-05-08',
      '2031-05-10',
      '2031-05-12',
    ]);
    expect(social(channel.replace(/^(\w+DAY) /gm, '')).meta.date).toBe('2031-05-12');
  });

  it("keeps a report's own dateline over the days of the chronology it sets out", () => {
    const report = [
      'Kessel, 20 May 2031',
      'How the round went, day by day.',
      'Thursday 8 May 2031',
      'The delegations of Drava and Torvania met in Fjellby.',
      'Monday 12 May 2031',
      'The replies went out.',
    ].join('\n\n');
    expect(read(report).meta.date).toBe('2031-05-20');
    const headings = feed.replace(/^(\w+day) (\d+) May 2031$/gm, (_, w, d) => `${w} ${d} May`);
    expect(cleanDocument(headings, 'page.txt', { received: '2031-06-01' }).dayHeadings).toBeUndefined();
  });
});

describe('the day of the part a place stands in', () => {
  it('finds it in the sorted parts by halving them, not by reading every part before it', () => {
    const parts: PartDay[] = Array.from({ length: 1024 }, (_, i) => ({
      start: i * 100,
      day: `2031-05-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    let read = 0;
    const counted = new Proxy(parts, {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(dayOfPart(counted, 102_350)).toBe(parts[1023]!.day);
    expect(dayOfPart(counted, 50)).toBe('2031-05-01');
    expect(dayOfPart(counted, 250)).toBe('2031-05-03');
    expect(read).toBeLessThan(40);
    // Before the first stamp: no part's day.
    expect(dayOfPart(parts.slice(1), 50)).toBeUndefined();
  });
});
