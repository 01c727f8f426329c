// Conventions of real official pages, each a class: how a transcript ends, how a copied post
// sets its header apart, how a Slavic name reaches English. Content invented for the test.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, speakerNamed, spellings } from '../../src/evidence/gazetteer.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string, r: Roster = roster) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster: r, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('a transcript closed with its time', () => {
  it('ends the last turn at "END 12:58 P.M. EST" and its like', () => {
    for (const end of ['END 12:58 P.M. EST', 'END                 4:02 P.M. CET', 'End 11.40']) {
      const text = `Remarks before a meeting\n\nMR. DAHL: We begin today.\n\nMS. SOLBERG: We are ready.\n\nQ Will you sign?\n\nMR. DAHL: Soon.\n\n${end}`;
      expect(quotes(text).at(-1), end).toEqual(['Soon.', 'dahl']);
    }
  });
});

describe("a copied post's header", () => {
  it('takes a separator on a line of its own between the handle and the date as header, not as words', () => {
    for (const sep of ['·', '•', '|', '—'])
      expect(
        quotes(
          `Henrik Dahl\n@envoy_dahl\n${sep}\nMar 25, 2031, 8:41 PM\n\nThe draft has been improved, with input from both sides.`,
        ),
        sep,
      ).toEqual([['The draft has been improved, with input from both sides.', 'dahl']]);
  });
});

describe('a post copied from X with its counts a line each', () => {
  it('ends the post at its time and reads no post from the counts under it', () => {
    const text =
      'Henrik Dahl / Хенрик Даль\n@envoy_dahl\n\nA good call with the Torvanian side today. The teams keep working.\n\n7:05 PM · Mar 24, 2031\n·\n1.2M\nViews\n\n·\n\n214\n\nReposts';
    expect(quotes(text)).toEqual([
      ['A good call with the Torvanian side today. The teams keep working.', 'dahl'],
    ]);
  });
});

describe('a Slavic name in another transliteration', () => {
  const r: Roster = {
    parties: [{ id: 'arvenia', name: 'Arvenia', role: 'principal', aliases: [] }],
    people: [
      { id: 'zhelensky', name: 'Bohdan Zhelensky', party: 'arvenia', aliases: [] },
      { id: 'syrskyi', name: 'Ilko Syrskyi', party: 'arvenia', aliases: [] },
      { id: 'henry', name: 'Mark Henry', party: 'arvenia', aliases: [] },
    ],
  };
  const g = buildGazetteer(r);

  it('knows a name ending in -sky, -skyy, -skiy, -skyi, -ski as one person', () => {
    for (const said of ['PRESIDENT ZHELENSKYY', 'Mr. Zhelenskiy', 'Bohdan Zhelenskyi', 'Zhelenski'])
      expect(speakerNamed(said, g)?.personId, said).toBe('zhelensky');
    for (const said of ['General Syrsky', 'SYRSKIY'])
      expect(speakerNamed(said, g)?.personId, said).toBe('syrskyi');
  });

  it('leaves names with no such ending alone', () => {
    expect(spellings('Mark Henry')).toEqual(['Mark Henry']);
    expect(spellings('Marco Rubio')).toEqual(['Marco Rubio']);
    expect(speakerNamed('Mark Henri', g)).toBeUndefined();
  });

  it('resolves a transcript label in another transliteration to the roster person', () => {
    const text =
      'Remarks before a meeting\n\nMR. HENRY: We begin the talks.\n\nPRESIDENT ZHELENSKYY: We are ready to work.';
    expect(quotes(text, r)).toEqual([
      ['We begin the talks.', 'henry'],
      ['We are ready to work.', 'zhelensky'],
    ]);
  });
});

describe('a parliamentary record', () => {
  it("reads a minister's office label with the name in brackets, and a member's label with three asides", () => {
    const text = [
      'Vell River Accord',
      'Volume 12: debated on Tuesday 4 March 2031',
      'Mr Speaker: Order. Statement, the Foreign Secretary.',
      'The Secretary of State for Foreign, Commonwealth and Border Affairs (Henrik Dahl): With permission, I will make a statement on the accord.',
      'Dame Ingrid Solberg (Ingrid Solberg) (Fjellby North) (Con): Will he confirm that Torvania was consulted?',
      'The Minister of State, Foreign Office (Mr Dahl): It was consulted throughout.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Order. Statement, the Foreign Secretary.', 'Speaker'],
      ['With permission, I will make a statement on the accord.', 'dahl'],
      ['Will he confirm that Torvania was consulted?', 'solberg'],
      ['It was consulted throughout.', 'dahl'],
    ]);
  });
});

describe('labels set in bold by a Markdown copy', () => {
  it('reads "**Question:**" and "**Name:**" or "**Name**:" as turns, said without the marks', () => {
    const text =
      'Interview with the Envoy\n\n**Question:** Is the text final?\n\n**Henrik Dahl:** Not yet. Two points are open.\n\n**Question**: When will it be?\n\n__H. Dahl:__ Soon, I hope.';
    const found = processDocument(new TextEncoder().encode(text), 'page.md', {
      roster,
      received: '2031-04-01',
    })
      .claims.filter((c): c is Quote => c.kind === 'quote')
      .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name, q.speaker?.said]);
    expect(found).toEqual([
      ['Is the text final?', 'journalist', 'Question'],
      ['Not yet. Two points are open.', 'dahl', 'Henrik Dahl'],
      ['When will it be?', 'journalist', 'Question'],
      ['Soon, I hope.', 'dahl', 'H. Dahl'],
    ]);
  });
});
