// Comments under a copied social post, each closed by its row of buttons with a reply in it, on any
// platform: a commenter's name or handle (with a badge, a network degree or an age), the words, the
// row. The post's own counters ("88 replies · 40 reposts") close no comment. Every text is invented.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { processDocument } from '../../src/evidence/index.ts';
import { isReplyRow, replyComments } from '../../src/evidence/replyComments.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const gazetteer = buildGazetteer(roster);
const comments = (text: string) =>
  replyComments(text, gazetteer).map((c) => {
    const q = c as Quote;
    return [q.speaker?.personId ?? q.speaker?.name, q.data.words];
  });

describe('a comment row', () => {
  it('is counts, ages and buttons with the reply button among them', () => {
    expect(isReplyRow('♡ 52   Reply')).toBe(true);
    expect(isReplyRow('3h · Like · Reply · 9')).toBe(true);
    expect(isReplyRow('↑ 310   Reply   Share   Report')).toBe(true);
    // A photo platform's age in minutes, before the button and the likes.
    expect(isReplyRow('45m  Reply  41 likes')).toBe(true);
  });
  it("is not a post's counters nor a sentence with the word", () => {
    expect(isReplyRow('88 replies · 40 reposts · 1.2K likes')).toBe(false);
    expect(isReplyRow('1 Reply · 4 Reposts · 12 Likes')).toBe(false);
    expect(isReplyRow('1.4M Reply · 4 Reposts')).toBe(false);
    expect(isReplyRow('We will reply by Friday')).toBe(false);
  });
});

describe('comments under a post', () => {
  it("reads a handle's comment with its age, and the envoy's own reply by the handle's words", () => {
    const page = [
      'Vell talks: where we are',
      '',
      'river_watch  3h',
      'Has Torvania seen the nine points yet?',
      '♡ 52   Reply',
      '',
      'henrik.dahl ✓  2h',
      'Both sides have had the text since Monday.',
      '♡ 140   Reply',
    ].join('\n');
    expect(comments(page)).toEqual([
      ['river_watch', 'Has Torvania seen the nine points yet?'],
      ['dahl', 'Both sides have had the text since Monday.'],
    ]);
  });

  it("skips a professional network's job title and a translation offer, and reads a photo platform's inline comment", () => {
    const page = [
      'Anna Berg • 2nd',
      'Water engineer, Vell Basin Office',
      'The gauges must be read by both banks.',
      'See translation',
      'Like · Reply · 4 reactions',
      '',
      'vell.fisher_22 Please sign before the spring 🙏',
      '1d  Reply',
      '',
      'kessel.local 👏👏',
      '1d  Reply',
    ].join('\n');
    expect(comments(page)).toEqual([
      ['Anna Berg', 'The gauges must be read by both banks.'],
      ['vell.fisher_22', 'Please sign before the spring 🙏'],
    ]);
  });

  it('reads no comment from a thread whose rows only count replies', () => {
    const thread = [
      'Mira Kostal @MKostal · Mar 3',
      'The second round opens on Monday in Fjellby.',
      '88 replies · 40 reposts · 1.2K likes',
    ].join('\n');
    expect(comments(thread)).toEqual([]);
  });

  it('keeps a commenter who comments twice, whose repeated line is no duplicate of the page', () => {
    const page = [
      'Oleg Varin',
      'The annex is agreed.',
      '',
      'u/vell_reader · 4h',
      'Is the annex agreed?',
      '↑ 20   Reply   Share',
      '',
      'u/vell_reader · 4h',
      'And the order of signatures?',
      '↑ 12   Reply   Share',
    ].join('\n');
    const said = processDocument(Buffer.from(page), 'post.txt', { roster })
      .claims.filter((c): c is Quote => c.kind === 'quote')
      .map((c) => [c.speaker?.name, c.data.words]);
    expect(said).toContainEqual(['u/vell_reader', 'Is the annex agreed?']);
    expect(said).toContainEqual(['u/vell_reader', 'And the order of signatures?']);
  });

  it("gives a comment to the person whose roster alias is the commenter's handle", () => {
    const aliased = buildGazetteer({
      ...roster,
      people: roster.people.map((p) => (p.id === 'solberg' ? { ...p, aliases: ['ingrid.sol.berg'] } : p)),
    });
    const said = replyComments(
      'We signed the annex today, and the monitors start on Monday.\n\ningrid.sol.berg We stand with you.\n2h  Reply  18 likes\n',
      aliased,
    );
    expect(said.map((c) => (c as Quote).speaker?.personId)).toEqual(['solberg']);
    expect(
      comments(
        'We signed the annex today, and the monitors start on Monday.\n\ningrid.sol.berg We stand with you.\n2h  Reply  18 likes\n',
      )[0]?.[0],
    ).toBe('ingrid.sol.berg');
  });

  it("reads a newsletter's comments, each commenter's line closed by the day, not by an age", () => {
    const page = [
      'Thanks for reading! Subscribe to get each new issue by email.',
      '2 Comments',
      'Ada V. · Apr 5',
      'The new date is hard on the river towns.',
      '  ♡ 14   Reply',
      'Per Holm · 12 Apr 2031',
      'Was the map in the annex or in the text?',
      '  ♡ 6   Reply',
    ].join('\n\n');
    expect(comments(page)).toEqual([
      ['Ada V.', 'The new date is hard on the river towns.'],
      ['Per Holm', 'Was the map in the annex or in the text?'],
    ]);
  });

  it('takes no sentence with a day after a separator for a commenter', () => {
    expect(comments('The talks resume · Apr 5\n\nNothing is agreed yet.\n\n♡ 3   Reply')).toEqual([]);
  });
});
