// Publication dates as the houses print them and the ways a page misleads: a byline that holds the
// day, a registry's receipt stamp, an issue's date range, a chat export's stamp, figures whose order
// the page's other dates settle. Documents invented for the test.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { decodeDocument } from '../../src/evidence/decode.ts';

const published = (text: string, received?: string) =>
  cleanDocument(text, 'doc.txt', { keepTitle: true, ...(received ? { received } : {}) }).meta;

describe("a page's byline that carries the day", () => {
  const page = (author: string) =>
    `---\ntitle: "Ministers meet in Fjellby"\nauthor: "${author}"\n---\n\nThe ministers met in Fjellby on Tuesday.`;

  it('dates the page by the day beside the name or the place', () => {
    expect(published(page('Ada Lind Apr 2, 2031'))).toMatchObject({
      date: '2031-04-02',
      dateFrom: 'dateline',
    });
    expect(published(page('Fjellby, 14 May 2031')).date).toBe('2031-05-14');
  });

  it('takes the day it was published, not the day it was updated', () => {
    expect(published(page('Updated Jun 9, 2031 · Ada Lind')).date).toBeUndefined();
    expect(published(page('Published Jun 8, 2031 04h10pm · Updated Jun 9, 2031')).date).toBe('2031-06-08');
  });

  it('leaves a byline without a day alone', () => {
    expect(published(page('By Ada Lind and Per Moe')).date).toBeUndefined();
  });
});

describe('a registry stamp and an issue line in the head', () => {
  const letter = (stamp: string) =>
    `MINISTRY OF WATER\n\n${stamp}\n\nBrisk, 3 June 2031\n\nDear Minister,\n\nI write about the basin agreement.`;

  it("dates a letter by its own dateline, not by the registry's receipt stamp above it", () => {
    expect(published(letter('RECEIVED\n\n6 JUNE 2031\n\nREGISTRY')).date).toBe('2031-06-03');
    expect(published(letter('Recd. 06.06.2031')).date).toBe('2031-06-03');
  });

  it('still reads a dateline under a line that only begins like a stamp', () => {
    const text = 'MINISTRY OF WATER\n\nReceived wisdom is wrong\n\n6 June 2031\n\nThe minister spoke.';
    expect(published(text).date).toBe('2031-06-06');
    // A word that only begins like a label, and a reception that names its host, are datelines.
    expect(
      published('MINISTRY OF WATER\n\nRecurrent consultations, 6 June 2031\n\nThe minister spoke.').date,
    ).toBe('2031-06-06');
    expect(
      published('Audiences\n\nReceived by Ms Tamm, 6 June 2031\n\nMs Tamm received the envoy.').date,
    ).toBe('2031-06-06');
    expect(published(letter('Received on: Friday 6 June 2031')).date).toBe('2031-06-03');
  });

  it("dates minutes by their circulation, not by the meeting's day", () => {
    const minutes =
      'JOINT COMMISSION\n\nMINUTES OF THE THIRD MEETING\n\nDate: Tuesday 2 June 2031, 10:00-12:00\n\nDate of circulation: 5 June 2031\n\n1. The minutes were adopted.';
    expect(published(minutes).date).toBe('2031-06-05');
    expect(published(minutes.replace('Date of circulation: 5 June 2031\n\n', '')).date).toBe('2031-06-02');
  });

  it("keeps a statement's own dateline over the issue line of an older order it reproduces", () => {
    const order = 'Order No. 7\n\nDate of issue: 9 October 2024';
    const after = `Ministry of Energy\n\nFjellby, 14 July 2031\n\nThe ministry reproduces the order.\n\n${order}\n\nIt applies from today.`;
    const before = `Ministry of Energy\n\nThe ministry reproduces the order.\n\n${order}\n\nFjellby, 14 July 2031\n\nIt applies from today.`;
    expect(published(after).date).toBe('2031-07-14');
    expect(published(before).date).toBe('2031-07-14');
    expect(published(`Ministry of Energy\n\n${order}\n\nThe order applies from today.`).date).toBe(
      '2024-10-09',
    );
  });

  it("dates a chat export by its export stamp, not by the first day's separator", () => {
    const chat =
      'Chat export\n\nGroup: Harbour desk\n\nExported: 2031-06-09 20:15 (UTC+2)\n\n——— Monday, 7 June 2031 ———\n\n[2031-06-07 09:00] Ada: Morning.';
    expect(published(chat).date).toBe('2031-06-09');
  });

  it("dates a meeting's communiqué under the meeting's days by their last, when no issue is marked", () => {
    const communique =
      'Joint Communiqué of the Basin Council\n\n9–11 June 2031\n\nThe council adopted this communiqué at its closing session.';
    expect(published(communique).date).toBe('2031-06-11');
  });

  it('dates a weekly issue that spans days by its first day', () => {
    expect(published('The Harbour Weekly\n\n7 - 13 June 2031\n\nIssue 88\n\nThe talks went on.').date).toBe(
      '2031-06-07',
    );
    expect(published('The Harbour Weekly\n\nJune 28 – July 4, 2031\n\nThe talks went on.').date).toBe(
      '2031-06-28',
    );
  });
});

describe('figures whose order the page settles', () => {
  it("reads ambiguous figures the way the page's own dateline writes the same day", () => {
    const wire =
      'Fund lends for railway\n\n09/05/2031 10:02:11 AM\n\nBRISK, May 9 (Wire) -- The fund signed a loan on Friday.';
    expect(published(wire).date).toBe('2031-05-09');
    // No day in words to match, nor near either reading: the order the page writes its other dates in decides.
    expect(published('09/05/2031\n\nThe fund will sign on January 20 and pay on January 28.').date).toBe(
      '2031-09-05',
    );
  });

  it('counts "June 24th" as a date written month first', () => {
    // A month near neither reading of the stamp: the order the day is written in decides.
    expect(
      published('SLUG: WATER\n\nDATE: 6/11/2031\n\nA signing is pencilled in for February 24th.').date,
    ).toBe('2031-06-11');
    expect(
      published('SLUG: WATER\n\nDATE: 6/11/2031\n\nA signing is pencilled in for the 24th of February.').date,
    ).toBe('2031-11-06');
  });

  it('reads the American stamp with a two-figure year under a post or in a byline', () => {
    expect(published('Threads\n\nada.lind\n\n3/21/31\n\nThe text is final.').date).toBe('2031-03-21');
    expect(
      published('THE HILLTOP\n\nBY ADA LIND - 03/18/31 11:04 AM ET\n\nSenators pressed the envoy.').date,
    ).toBe('2031-03-18');
    // A sentence with figures is no stamp.
    expect(published('The vote went 3/21/31 in the end, the clerk said.').date).toBeUndefined();
  });

  it("reads a place and figures set apart by a colon under a resolution's title", () => {
    expect(
      published(
        'Council of the League\n\nBrisk: 6/4/2031\n\nResolution No. 12\n\nThe Council met on 5 April.',
      ).date,
    ).toBe('2031-04-06');
  });

  it("reads a Korean blogger's name beside the stamp as a name field", () => {
    expect(
      published('Diplomacy notes\n\n방채원 (Bang Chae-won)  2031. 3. 15. 21:04\n\nI spent Monday in Brisk.')
        .date,
    ).toBe('2031-03-15');
  });
});

describe('a day written without its year', () => {
  it("reads an agency page's weekday stamp with its hour, the weekday choosing the year", () => {
    // 10 March is a Tuesday in 2037; the text writes 2038 for a later vote.
    const page =
      'World\n\nTuesday, 10 March 12:40 PM\n\nThe envoy handed over a text. A vote is set for 26 June 2038.';
    expect(published(page).date).toBe('2037-03-10');
  });

  it('puts a weekday stamp in the year received, not in a year the text recalls', () => {
    // 10 March is a Tuesday in 2037 and in 2015; the text recalls a treaty of 2015.
    const page = 'World\n\nTuesday, 10 March 12:40 PM\n\nThe envoy cited the 2015 treaty and left a draft.';
    expect(published(page, '2037-03-11').date).toBe('2037-03-10');
    // Received long after, no year beside the day received fits: no day rather than the recalled one.
    expect(published(page, '2040-06-01').date).toBeUndefined();
  });

  it('does not take a date the text looks ahead to for the day of writing', () => {
    expect(published('The election is set for 26 June 2038. Talks began on 2 March 2037.').date).toBe(
      '2037-03-02',
    );
  });

  it('dates a post that names its yesterday on the day after', () => {
    const post =
      'Ada Lind • 2nd\n\n1d • Edited\n\nYesterday, on 27 March, we delivered our answer to the mediator.';
    expect(published(post, '2031-04-20').date).toBe('2031-03-28');
    expect(published('Today, on 27 March, we delivered our answer.', '2031-04-20').date).toBe('2031-03-27');
  });

  it('reads no day of writing from two days back or from a date that opens the next clause', () => {
    expect(
      published(
        'Notice to the press\n\nThe day before yesterday, 14 May, the envoy left Brisk.',
        '2031-06-01',
      ).date,
    ).toBeUndefined();
    expect(
      published(
        'Notice to the press\n\nAs the envoy noted yesterday, May 14 is the last day for replies.',
        '2031-06-01',
      ).date,
    ).toBeUndefined();
    expect(
      published(
        'Notice to the press\n\nThe envoy says today, 14 May remains the last day for replies.',
        '2031-06-01',
      ).date,
    ).toBeUndefined();
  });

  it("reads Instagram's day under the likes, and no lone day line elsewhere", () => {
    const post = 'ada.lind ✓\n\nBack in Brisk after the talks.\n\n1,204 likes\n\nAPRIL 13\n\nAdd a comment…';
    expect(published(post, '2031-05-01').date).toBe('2031-04-13');
    expect(published('Schedule\n\nAPRIL 13\n\nThe talks open in Brisk.', '2031-05-01').date).toBeUndefined();
  });

  it('dates a feed by its newest post, the first', () => {
    const feed =
      'mfa.brisk\n\nThe envoy arrived.\n\n310 likes\n\nMAY 20\n\nThe envoy left.\n\n95 likes\n\nMAY 2';
    expect(cleanDocument(feed, 'feed.txt', { received: '2031-06-01', social: true }).meta.date).toBe(
      '2031-05-20',
    );
    expect(published(feed, '2031-06-01').date).toBe('2031-05-20');
  });
});

describe("an event page's own day", () => {
  const page = (summary: string) =>
    decodeDocument(
      Buffer.from(
        `<html><head><title>Panel on the basin talks</title></head><body><article><h1>Panel on the basin talks</h1>
<p class="meta"><time datetime="2031-05-12T16:00">Monday, May 12, 2031 · 4:00 pm</time> · Brisk and online</p>
${summary}
<p>The panel heard three speakers on the basin talks and the text the mediator sent to both capitals last week. ${'They disagreed on the flow figures and on who guards the gauging station. '.repeat(6)}</p>
<p>${'A second speaker said the signing would slip again, as it had twice already this spring. '.repeat(6)}</p>
</article></body></html>`,
      ),
      'page.html',
    );

  it('dates the page by its labelled posting, not by the event it reports', () => {
    expect(
      published(page('<p class="posted">Summary posted <time datetime="2031-05-13">May 13, 2031</time></p>'))
        .date,
    ).toBe('2031-05-13');
  });

  it('keeps the first time on the page when none is labelled as its posting', () => {
    expect(published(page('')).date).toBe('2031-05-12');
  });

  it("keeps the page's own unlabelled time over a reader's posted comment or a related link", () => {
    const comments = `<p>Further reading below.</p>
<div class="comment-list"><p>Well said.</p><p>Posted by reader_17 <time datetime="2031-05-15T08:00">May 15, 2031</time></p></div>
<ul><li>Published <time datetime="2031-04-02">April 2</time>: earlier panel</li></ul>`;
    expect(published(page(comments)).date).toBe('2031-05-12');
  });
});

describe('a recorded meeting that says its day at the opening', () => {
  it('dates the record by the spoken day, the weekday choosing the year', () => {
    // 13 June is a Monday in 2033.
    const record =
      '1\n00:00:01.000 --> 00:00:05.000\n\nChair: Good morning. Monday the 13th of June, the fourth meeting.';
    expect(published(record, '2033-07-10').date).toBe('2033-06-13');
    expect(
      published(
        '00:00:04 Chair\n\nGood morning. This is the session of Thursday the fourth of March.',
        '2038-04-10',
      ).date,
    ).toBe('2038-03-04');
  });

  it("reads the day when a caption's cue breaks the chair's opening sentence before it", () => {
    const record =
      '1\n00:00:01.000 --> 00:00:06.000\nAda Lind: Good morning all, this is the third session of the water group,\n\n2\n00:00:06.000 --> 00:00:09.000\nAda Lind: Monday the 13th of June. We start with the gauges.';
    expect(published(record, '2033-07-10').date).toBe('2033-06-13');
  });

  it('reads no day a readout or a turn places another meeting on', () => {
    // 13 June is a Monday in 2033.
    const readout =
      "Readout of the envoy's meeting\n\nThe envoy met the mediator; the next round will be held on Monday the 13th of June.\n\nThe talks on 2 June 2033 were useful.";
    expect(published(readout, '2033-07-10').date).toBe('2033-06-02');
    expect(
      published(
        'Chair: Good morning. We meet again on Monday the 13th of June, the fourth meeting.',
        '2033-07-10',
      ).date,
    ).toBeUndefined();
  });

  it('gives no day when the weekday fits no year near the text', () => {
    expect(
      published('Chair: Good morning. Tuesday the 13th of June, the fourth meeting.', '2033-07-10').date,
    ).toBeUndefined();
  });
});
