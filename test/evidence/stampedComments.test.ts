// Comment threads copied from an app: a Slack channel pasted as the app shows it (the name, the
// time under it, the message), a shared draft's margin comments with the app's notes ("Resolved",
// "Suggestion accepted by …"), and a newsletter's stories under their bylines, which is no thread.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { isStaffAuthorLine, stampedCommentQuotes } from '../../src/evidence/stampedComments.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'thread.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe('stamped comment threads', () => {
  it('a Slack channel pasted from the app is one quotation a message, the app notes left out', () => {
    const slack = [
      '#vell-drafting',
      'Henrik Dahl',
      '10:42 AM',
      'Point 4 and point 5 can go together. That takes us to "eight points" before Kessel reads it.',
      'Taras Melnyk',
      '10:58 AM',
      'Agree. Merging tonight.',
      '2 replies',
      'Henrik Dahl',
      'Yesterday at 16:05',
      'Clean version sent to both embassies.',
      'Pavel Surin',
      '9:15 PM',
      'The Citadel has it. Comments by Friday.',
    ].join('\n');
    expect(quotes(slack)).toEqual([
      [
        'dahl',
        'Point 4 and point 5 can go together. That takes us to "eight points" before Kessel reads it.',
      ],
      ['melnyk', 'Agree. Merging tonight.'],
      ['dahl', 'Clean version sent to both embassies.'],
      ['surin', 'The Citadel has it. Comments by Friday.'],
    ]);
  });

  it("a shared draft's margin comments under a name and a day and time are their authors' words", () => {
    const margin = [
      'Vell Working Text - Rev. 3 (9 points)',
      'Comments (4)',
      'Ingrid Solberg',
      '8:14 PM Mar 2',
      'Point 2 and point 3 can go together.',
      'Pavel Surin',
      '8:31 PM Mar 2',
      'The Citadel agrees. Merge them.',
      'Resolved',
      'Ingrid Solberg',
      '11:02 AM Mar 3',
      'Suggested: "nine points" -> "eight points"',
      'Suggestion accepted by Ingrid Solberg',
    ].join('\n');
    expect(quotes(margin)).toEqual([
      ['solberg', 'Point 2 and point 3 can go together.'],
      ['surin', 'The Citadel agrees. Merge them.'],
      ['solberg', 'Suggested: "nine points" -> "eight points"'],
    ]);
  });

  it('stories under their bylines and dates, no name coming back, are no thread', () => {
    const newsletter = [
      'Vell Weekly',
      'Ana Berg',
      'Mar 4, 2031',
      'The third round closed with the river chapter agreed.',
      'Jon Ekdal',
      'Mar 5, 2031',
      'Drava asks for a second reading of the annex.',
      'Mia Holt',
      'Mar 6, 2031',
      'Fjellby proposes a joint commission on the dam.',
    ].join('\n');
    expect(stampedCommentQuotes(newsletter, buildGazetteer(roster))).toBeUndefined();
  });

  it("a news story's programme for the day, a session over its time, is no thread and keeps its quotation", () => {
    const programme = [
      'Vell talks resume in Kessel',
      '',
      'KESSEL (AFP) - The delegations meet again on Tuesday. The mediators set out the day:',
      '',
      'Plenary',
      '09:30',
      'Opening remarks by the heads of delegation.',
      '',
      'Consultations',
      '11:00',
      'The river chapter, paragraph by paragraph.',
      '',
      'Plenary',
      '16:00',
      'The mediators report back and name the date of the next round.',
      '',
      '"It will be a long day, but the text is close," Pavel Surin told reporters on arrival.',
    ].join('\n');
    expect(stampedCommentQuotes(programme, buildGazetteer(roster))).toBeUndefined();
    expect(quotes(programme)).toEqual([['surin', 'It will be a long day, but the text is close,']]);
  });

  it("a pasted channel's last message ends where the story's own quotation starts", () => {
    const story = [
      'The channel, as shared with The Guardian:',
      'Henrik Dahl',
      '10:42 AM',
      'Can we hold the annex until Thursday?',
      'Pavel Surin',
      '10:45 AM',
      'Thursday is fine for us.',
      'Henrik Dahl',
      '10:51 AM',
      'Good. Thursday then.',
      '"Nothing in those messages was agreed," Ingrid Solberg said in a statement on Friday.',
    ].join('\n');
    const thread = stampedCommentQuotes(story, buildGazetteer(roster))?.map((c) => c.text);
    expect(thread).toEqual([
      'Can we hold the annex until Thursday?',
      'Thursday is fine for us.',
      'Good. Thursday then.',
    ]);
  });

  it("a group's channel: a staff member's role mark, reactions, a forward and a reply marker are no one's words", () => {
    const group = [
      'Vell Riverbank Growers',
      'Community · 842 members',
      'Ada Berg · admin',
      '4 Apr, 18:20',
      'Home from the hearing in Fjellby. The envoy listened for an hour and promised an answer by Friday.',
      '👍 51  ❤️ 12  · 980 views',
      '💬 7 comments',
      '↪ Forwarded from Arvenian government – Official',
      '4 Apr, 17:02',
      'The ministry will publish the river survey on Monday.',
      '👍 88 · 2.1K views',
      'Comments',
      'Jon Ekdal',
      '4 Apr, 18:41',
      'Did anyone from Drava come?',
      '👍 2',
      'Ada Berg · admin',
      '4 Apr, 18:50',
      '↩ Jon Ekdal: Nobody. They sent a letter.',
      '👍 6',
      'Mia Holt',
      '4 Apr, 19:03',
      '↪ Forwarded from Vell Boat Owners',
      'Keep the boats moored until the survey is out.',
      'Jon Ekdal',
      '4 Apr, 19:30',
      'Thanks Ada for writing it up.',
      '❤️ 4',
      'Group rules: be kind, keep it about the river.',
    ].join('\n');
    expect(quotes(group)).toEqual([
      [
        'Ada Berg',
        'Home from the hearing in Fjellby. The envoy listened for an hour and promised an answer by Friday.',
      ],
      ['Arvenia', 'The ministry will publish the river survey on Monday.'],
      ['Jon Ekdal', 'Did anyone from Drava come?'],
      ['Ada Berg', 'Nobody. They sent a letter.'],
      ['Vell Boat Owners', 'Keep the boats moored until the survey is out.'],
      ['Jon Ekdal', 'Thanks Ada for writing it up.'],
    ]);
  });

  it("a live blog's entries under their editor's byline are the newsroom's, not quotations", () => {
    const live = [
      'LIVE: ferry strike day two',
      '',
      'Lena Voss | Editor',
      '16:20',
      'The harbour office has cancelled the evening sailings.',
      '',
      'Lena Voss | Editor',
      '15:55',
      'Pickets are now at both gates of the port.',
      '',
      'Omar Haddad | Editor',
      '15:30',
      'The union says the talks resume at six.',
    ].join('\n');
    expect(quotes(live).filter(([, words]) => words?.startsWith('The harbour'))).toEqual([]);
    expect(stampedCommentQuotes(live, buildGazetteer(roster))).toBeUndefined();
  });

  it("a post's comments keep the author's badge off their name", () => {
    const post = [
      'Lena Voss · Author',
      '2h',
      'Thanks all, the photos are up now.',
      'Omar Haddad',
      '1h',
      'Which gate were you at?',
      'Lena Voss · Author',
      '45m',
      'The north one, by the ticket hall.',
    ].join('\n');
    const words = (social: boolean) =>
      stampedCommentQuotes(post, buildGazetteer(roster), social)?.map((c) =>
        c.kind === 'quote' ? c.speaker?.name : undefined,
      );
    expect(words(true)).toEqual(['Lena Voss', 'Omar Haddad', 'Lena Voss']);
  });

  it('a name with a sentence after its separator is no staff mark', () => {
    expect(isStaffAuthorLine('Ada Berg · admin')).toBe(true);
    expect(isStaffAuthorLine('Ada Berg · the admin said no')).toBe(false);
    expect(isStaffAuthorLine('the river talks · admin')).toBe(false);
  });
});
