import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { monthDayStamp } from '../../src/evidence/published.ts';

// Short-video and Chinese platforms stamp a post with its month and day in figures, no year.
describe("a social post's month-day stamp", () => {
  const post = (raw: string, social = true) =>
    cleanDocument(raw, 'p.txt', { received: '2031-07-02', social }).meta.date;

  it('dates a post by its stamp line with the hour and the client', () => {
    expect(
      post(
        'Orsk Water Office\n07-01 18:05 来自 微博网页版\n\nThe pumps at the lower weir ran again last night.',
      ),
    ).toBe('2031-07-01');
    expect(post('Orsk Water Office\n3-9 08:15\n\nThe lower weir opened on the morning of March 8.')).toBe(
      '2031-03-09',
    );
  });

  it('dates a post by the month-day part of its "·" header line', () => {
    expect(post('@fen.rivers\nFen Aldous · 6-28\n\nwe walked the dyke road today, all of it')).toBe(
      '2031-06-28',
    );
    expect(post('@fen.rivers\n6-28 · Liked by the ferry crew\n\nwe walked the dyke road today')).toBe(
      '2031-06-28',
    );
    expect(post('@fen.rivers\n4 days ago · 6-28\n\nwe walked the dyke road today')).toBe('2031-06-28');
  });

  it('puts a day after the day received in the year before, and keeps a year the stamp writes', () => {
    expect(monthDayStamp('Fen Aldous · 12-30', '2031-07-02')).toBe('2030-12-30');
    expect(monthDayStamp('Fen Aldous · 2029-12-30', '2031-07-02')).toBe('2029-12-30');
    expect(monthDayStamp('Fen Aldous · 6-28', undefined)).toBeUndefined();
  });

  it('reads no month-day pair inside a sentence, a score, a range or a non-post', () => {
    expect(
      post('Orsk Water Office\n\nThe board passed the levy in a 5-22 vote on the weir.'),
    ).toBeUndefined();
    expect(monthDayStamp('Kessel beat Orsk 5-2 in the cup', '2031-07-02')).toBeUndefined();
    expect(monthDayStamp('6-16 June · Weir festival', '2031-07-02')).toBeUndefined();
    expect(monthDayStamp('Fen Aldous · 13-02', '2031-07-02')).toBeUndefined();
    expect(post('Fen Aldous\nFen Aldous · 6-28\n\nThe dyke road is open again.', false)).toBeUndefined();
  });

  it('reads a stamp line naming its client on any page, a bare one only on a post', () => {
    expect(
      post('Orsk Water Office\n3-9 08:15  from Weibo weibo.com   Edited\n\nThe weir opened.', false),
    ).toBe('2031-03-09');
    expect(post('Orsk Water Office\n3-9 08:15\n\nThe weir opened.', false)).toBeUndefined();
  });
});
