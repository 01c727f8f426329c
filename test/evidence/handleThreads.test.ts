// A thread copied from a platform that prints each post's author as a bare handle with the day on
// the same line, the holder's profile over the first post, counts rows under each. Near misses: a
// single dated handle line, a news page's "Updated 14:05". Every text is invented.
import { describe, expect, it } from 'vitest';
import { isHandleStampLine } from '../../src/evidence/handleThreads.ts';
import { quotesRead } from './quotesRead.ts';

const thread = [
  'Threadline',
  'Log in   Sign up',
  '',
  'mira.kostal',
  'Mira Kostal',
  'Envoy of Arvenia | Vell river talks',
  '9.1K followers',
  '',
  'mira.kostal  03/07/31',
  'Nobody handed us the amended text. We learned of it from the morning papers, as the public did.',
  'Translate',
  '1.2K   210   44',
  '',
  'Replies',
  '',
  'fjord_watch  03/07/31',
  'So who received it on Monday night?',
  '88   9',
  '',
  'mira.kostal  03/07/31',
  '@fjord_watch Not us. That is all I can say tonight.',
  '301   12',
  '',
  'river.farmer  03/08/31',
  'We just want the water back in the fields.',
  '40   3',
  '',
  'View more replies',
].join('\n');

describe('a thread of handle-and-day headers', () => {
  it('reads each post as its handle holder’s words, the profile naming the author in full', () => {
    expect(quotesRead(thread, 'thread.txt', 30)).toEqual([
      ['kostal', 'Nobody handed us the amended t'],
      ['fjord_watch', 'So who received it on Monday n'],
      ['kostal', '@fjord_watch Not us. That is a'],
      ['river.farmer', 'We just want the water back in'],
    ]);
  });

  it('takes a handle with its day for a header, not a name or a page line', () => {
    expect(isHandleStampLine('fjord_watch  2d')).toBe(true);
    expect(isHandleStampLine('Updated 14:05')).toBe(false);
    expect(isHandleStampLine('Mira Kostal 03/07/31')).toBe(false);
  });

  it("takes a chronology's year, month or weekday before its day for no handle", () => {
    expect(isHandleStampLine('2029 October 2')).toBe(false);
    expect(isHandleStampLine('friday 9 May')).toBe(false);
    expect(isHandleStampLine('sept 14')).toBe(false);
    const chronology = [
      'How the Vell river talks went',
      '',
      '2029 October 2',
      'Envoys of both capitals sat down in Fjellby for a first round.',
      '',
      '2030 February 17',
      'The second round stalled on the share of the spring flood.',
      '',
      '2030 June 8',
      'A mediator tabled a fresh text on the sluices.',
    ].join('\n');
    expect(quotesRead(chronology, 'timeline.txt', 30)).toEqual([]);
  });

  it("reads a briefing's turns above a thread it copies, not the thread alone", () => {
    const briefing = [
      'Briefing of the envoy, 3 March 2031 - Transcript',
      '',
      'MODERATOR: Good evening, the envoy will take questions.',
      '',
      'Q: Has the text reached both capitals by now?',
      '',
      'LARS EVJE: It went to both capitals at noon, and both have it.',
      '',
      'Q: And the replies online tonight?',
      '',
      'LARS EVJE: I read them, like everyone. Here they are.',
      '',
      thread.slice(thread.indexOf('fjord_watch')),
    ].join('\n');
    expect(quotesRead(briefing, 'briefing.txt', 20).map(([, words]) => words)).toEqual([
      'Good evening, the en',
      'Has the text reached',
      'It went to both capi',
      'And the replies onli',
      'I read them, like ev',
      'So who received it o',
      '@fjord_watch Not us.',
      'We just want the wat',
    ]);
  });

  it('reads no thread where the posts do not close on a counts row or an app line', () => {
    const gauges = [
      'River gauges, morning readings',
      '',
      'gauge.north  03/07/31',
      'The water stood at two metres and was still rising.',
      '',
      'gauge.weir  03/07/31',
      'The weir held, the spillway open on both sides.',
      '',
      'gauge.delta  03/07/31',
      'Fields along the lower bank are under water again.',
    ].join('\n');
    expect(quotesRead(gauges, 'readings.txt', 30)).toEqual([]);
  });
});
