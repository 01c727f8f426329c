// Group chats exported as text, in the formats the apps write: WhatsApp on iOS ("[dd/mm/yyyy, hh:mm]
// Name: …"), on Android ("dd/mm/yyyy, hh:mm - Name: …"), a Telegram copy ("[hh:mm, dd.mm.yyyy]") and a
// Slack channel's export ("[hh:mm] first.last: …" under its header).
// Every message is its sender's words; the app's own lines are nobody's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const posts = (text: string, genre: Genre = 'news') =>
  extractClaims(text, { roster, genre })
    .filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'post')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe('a group chat exported as text', () => {
  it("reads an iOS export's messages as their senders' words, the app's lines left out", () => {
    const ios = [
      '[03/04/2031, 08:02] Ana Berg created group "Fjellby round"',
      '[03/04/2031, 08:03] Ana Berg added Tomas Reif, Henrik Dahl',
      '[03/04/2031, 08:10] Ana Berg: Delegations arriving now, no doorstep',
      '[03/04/2031, 08:11] Tomas Reif: <Media omitted>',
      '[03/04/2031, 08:15] Henrik Dahl: Text goes to both sides tonight.',
      'Same hour for both.',
      '[03/04/2031, 08:16] Tomas Reif: thanks, noted',
      '[03/04/2031, 08:20] Ana Berg: This message was deleted',
    ].join('\n');
    expect(posts(ios)).toEqual([
      ['Ana Berg', 'Delegations arriving now, no doorstep'],
      ['dahl', 'Text goes to both sides tonight. Same hour for both.'],
      ['Tomas Reif', 'thanks, noted'],
    ]);
  });

  it('reads an Android export and a Telegram copy alike, in any genre', () => {
    const android = [
      '03/04/2031, 21:40 - Messages and calls are end-to-end encrypted.',
      '03/04/2031, 21:41 - Mira Kostal: Nine points, not twelve.',
      '03/04/2031, 21:42 - Oleg Varin: We have not seen nine.',
      '03/04/2031, 21:44 - Mira Kostal: image omitted',
      '03/04/2031, 21:45 - Oleg Varin: Send it then.',
    ].join('\n');
    expect(posts(android, 'social').map(([s]) => s)).toEqual(['kostal', 'varin', 'varin']);
    const telegram = [
      '[21:41, 03.04.2031] Pavel Surin: The Citadel has the text.',
      '[21:42, 03.04.2031] Ana Berg: since when?',
      '[21:43, 03.04.2031] Pavel Surin: Since Monday.',
    ].join('\n');
    expect(posts(telegram).map(([s]) => s)).toEqual(['surin', 'Ana Berg', 'surin']);
  });

  it("reads a Slack channel's export under its header lines, the clock alone before each handle", () => {
    const slack = [
      'Slack export - Vell press desk',
      'Channel: #vell-round',
      'Exported: 04/04/2031 18:02 by ana.berg',
      '',
      '--- Thursday, April 3rd, 2031 ---',
      '',
      '[09:02] ana.berg: Citadel briefing moved to 11',
      '[09:04] henrik.dahl: fine by me, text goes out at noon',
      '[09:04] henrik.dahl: both sides same hour',
      '[9:15 AM] tomas_reif: 👍',
    ].join('\n');
    expect(posts(slack, 'social')).toEqual([
      ['Ana Berg', 'Citadel briefing moved to 11'],
      ['dahl', 'fine by me, text goes out at noon'],
      ['dahl', 'both sides same hour'],
      ['Tomas Reif', '👍'],
    ]);
  });

  it("leaves a recording's labels in capitals under its clock to the transcript's turns", () => {
    const podcast = [
      'The Vell Brief, episode 40',
      '',
      '[00:04] ANA BERG: Welcome back. With me is Henrik Dahl.',
      '[00:09] HENRIK DAHL: Thanks for having me.',
      '[01:12] ANA BERG: Is the text ready?',
    ].join('\n');
    expect(posts(podcast, 'meeting-transcript')).toEqual([]);
    // Labels in mixed case too: a clock counting from zero is a recording's, not a channel's.
    expect(
      posts(podcast.replace('ANA BERG', 'Host').replace('HENRIK DAHL', 'Henrik Dahl'), 'meeting-transcript'),
    ).toEqual([]);
  });

  it('reads no chat in a story that quotes a time stamp or two', () => {
    const story = [
      '[03/04/2031, 08:10] A note on timing: the envoy said "soon".',
      '',
      'Henrik Dahl told reporters the text was "nearly done".',
    ].join('\n');
    expect(posts(story)).toEqual([]);
  });
});
