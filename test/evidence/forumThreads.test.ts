// A forum's question-and-answer thread as pages copy it: a Reddit AMA (new and old Reddit's headers),
// a Hacker News "Ask HN". The poster's post and replies are the poster's; a comment the poster
// answers is a question; the rest of the page is readers' talk and chrome. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { forumThreadQuotes } from '../../src/evidence/forumThreads.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { splitParagraphSpans } from '../../src/evidence/sentences.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const said = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe("a Reddit AMA with the negotiator's replies marked OP", () => {
  const ama = [
    'r/worldnews',
    '•Posted by u/Dahl_NorlandEnvoy',
    "I am Henrik Dahl, Norland's envoy to the Vell talks. Ask me anything.",
    'Hello all. I will answer for an hour from six.',
    '312 comments · 95% upvoted',
    'Sort by: Best ▾',
    'vell_watcher · 2.1k points',
    'Has Torvania seen the nine points?',
    'Dahl_NorlandEnvoy OP · 1.4k points',
    'Yes. Both sides have had the text since Monday.',
    'Reply Share Report',
    'dam_engineer · 800 points',
    'Great thread, thanks mods.',
    'kessel_local · 650 points',
    'Who signs first?',
    'Dahl_NorlandEnvoy OP · 610 points',
    'Nobody has agreed an order. It is not on the table yet.',
  ].join('\n\n');

  it('gives the post and the replies to the envoy, the questions he answers to the asker, and skips the rest', () => {
    expect(said(ama)).toEqual([
      [
        'dahl',
        "I am Henrik Dahl, Norland's envoy to the Vell talks. Ask me anything. Hello all. I will answer for an hour from six.",
      ],
      ['journalist', 'Has Torvania seen the nine points?'],
      ['dahl', 'Yes. Both sides have had the text since Monday.'],
      ['journalist', 'Who signs first?'],
      ['dahl', 'Nobody has agreed an order. It is not on the table yet.'],
    ]);
  });

  it("reads old Reddit's submitter mark and Hacker News's header", () => {
    const old = [
      'submitted 5 hours ago by surin_citadel',
      'I am Pavel Surin, the Citadel spokesman. AMA.',
      '88 comments',
      'fjord_reader 210 points 4 hours ago',
      'Is the quota fixed?',
      'surin_citadel [S] 180 points 4 hours ago',
      'The quota is fixed at forty.',
      'river_rat 90 points 3 hours ago',
      'And the monitors?',
      'surin_citadel [S] 75 points 3 hours ago',
      'They deploy in June.',
    ].join('\n\n');
    expect(said(old).map(([who]) => who)).toEqual(['surin', 'journalist', 'surin', 'journalist', 'surin']);
    const hn = [
      "Ask HN: I am Ingrid Solberg, Norland's foreign minister – ask me about the Vell text",
      '212 points by isolberg 5 hours ago | 87 comments',
      'fjord_dev 4 hours ago | parent | next [–]',
      'Will the text be published?',
      'isolberg 4 hours ago | parent | next [–]',
      'Once it is signed, in full.',
      'vell_ops 3 hours ago | next [–]',
      'Who drafted point 6?',
      'isolberg 3 hours ago | parent | next [–]',
      'Norland did, as the mediator.',
    ].join('\n\n');
    expect(said(hn).map(([who]) => who)).toEqual([
      'solberg',
      'journalist',
      'solberg',
      'journalist',
      'solberg',
    ]);
  });
});

describe('what is no Q&A thread', () => {
  const read = (text: string) => forumThreadQuotes(text, splitParagraphSpans(text), buildGazetteer(roster));

  it('leaves a thread the poster never answers, and a page with no comments', () => {
    const talk = [
      '•Posted by u/vell_watcher',
      'The Vell text is out. Thoughts?',
      'kessel_local · 40 points',
      'Looks like the dam is settled.',
      'river_rat · 12 points',
      'Not until they sign.',
    ].join('\n\n');
    expect(read(talk)).toBeUndefined();
    const news =
      'Posted by u/Dahl_NorlandEnvoy on the forum, the note said talks would resume.\n\nNo comments yet.';
    expect(read(news)).toBeUndefined();
  });
});
