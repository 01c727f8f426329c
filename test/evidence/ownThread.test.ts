// A report that quotes stamped messages or e-mails with their headers is no chat and no thread:
// its own "today" is its dateline's day and its own lines are nobody's post (ownThread.ts). Texts
// invented for the test, in wire styles, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'doc.txt', { roster, received: '2031-06-01' });
const dateOf = (text: string, words: RegExp) =>
  read(text)
    .claims.filter((c): c is EventClaim => c.kind === 'event')
    .find((e) => words.test(e.text))?.data.date;
const quotes = (text: string) =>
  read(text)
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.speaker?.personId ?? q.speaker?.name, q.data.words]);

describe('a report quoting messages', () => {
  it("keeps a wire story's own today after two quoted WhatsApp messages of other days", () => {
    const story = [
      'NEW DELHI, May 20 (PTI) - Messages in a press group seen by PTI show the Norland mediators had feared a collapse of the talks last week.',
      'The messages read:',
      '[15/05/2031, 07:58] Ada Lind: no round before June',
      '[16/05/2031, 08:03] Per Holm: Kessel agrees, we wait',
      'Arvenian and Torvanian envoys met in Fjellby today for a fifth round, the Norland foreign ministry said.',
    ].join('\n\n');
    expect(dateOf(story, /met in Fjellby today/)).toBe('2031-05-20');
  });

  it("keeps a story's lines and its quotations its own after two quoted e-mails", () => {
    const story = [
      'KESSEL, May 20 (Reuters) - Two e-mails seen by Reuters show the Norland mediation had feared a collapse of the talks before this week.',
      'The first reads in full:',
      'From: Holm, Per',
      'Sent: Thursday, 15 May 2031 21:40',
      'To: Lind, Ada',
      'Ada, the Citadel is stalling. No round before June.',
      'A reply came the next morning:',
      'From: Lind, Ada',
      'Sent: Friday, 16 May 2031 08:10',
      'To: Holm, Per',
      'Per, Kessel agrees. We wait.',
      '-----',
      '"The envoys have agreed an agenda," Henrik Dahl said.',
    ].join('\n\n');
    const said = quotes(story);
    expect(said.some(([, words]) => /A reply came/.test(String(words)))).toBe(false);
    expect(said.some(([who]) => who === 'dahl')).toBe(true);
  });

  it('still reads a thread under a short title as a thread', () => {
    const thread = [
      'RELEASED IN FULL',
      'From: Holm, Per',
      'Sent: Thursday, 15 May 2031 21:40',
      'To: Lind, Ada',
      'The delegations met in Fjellby today.',
      '-----Original Message-----',
      'From: Lind, Ada',
      'Sent: Tuesday, 13 May 2031 08:10',
      'To: Holm, Per',
      'Per, any news? The envoys arrived in Fjellby today.',
    ].join('\n\n');
    expect(dateOf(thread, /arrived in Fjellby today/)).toBe('2031-05-13');
    expect(quotes(thread).map(([who]) => who)).toEqual(['Holm, Per', 'Lind, Ada']);
  });
  it("keeps a story's quotations its own under a short head of headline, byline, dateline and lead-in", () => {
    const story = [
      'Leaked chat shows rift',
      'By Ada Lind',
      'KESSEL, May 13 -',
      'The group chat, seen by us, ran:',
      '[12/05/2031, 07:58] Per Holm: we will not sign',
      '[12/05/2031, 08:01] Ada Lind: then we wait',
      '[12/05/2031, 08:03] Per Holm: fine',
      '',
      'Asked about it on Tuesday, Henrik Dahl said: "The signing goes ahead next week."',
    ].join('\n');
    const said = quotes(story);
    expect(said.some(([, words]) => /Asked about it/.test(String(words)))).toBe(false);
    expect(said.some(([who]) => who === 'dahl')).toBe(true);
  });

  it('still reads a chat export under its few header lines as a chat', () => {
    const chat = [
      'Channel: #press',
      'Exported: 14 May 2031',
      '[14/05/2031, 07:58] Per Holm: no round before June',
      '[14/05/2031, 08:01] Ada Lind: Kessel agrees',
      '[14/05/2031, 08:03] Per Holm: then we wait',
    ].join('\n');
    expect(quotes(chat).map(([who]) => who)).toHaveLength(3);
  });
});
