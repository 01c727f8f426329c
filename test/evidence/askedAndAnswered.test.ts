// Two voices make an interview only when one asks and the other answers by turns; a country's short
// name as a label is that party's turn. Invented records of the Arvenia–Torvania talks: a paper's
// interview, a televised debate, a joint press conference, a statement's Q&A, a Security Council
// record, a negotiating table's minutes and a liveblog.
import { describe, expect, it } from 'vitest';
import { askedAndAnswered } from '../../src/evidence/askedAndAnswered.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string, r: Roster = roster) =>
  extractClaims(text, { roster: r, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);
const record = (...lines: string[]) => lines.join('\n\n');
/** Turns of "LABEL: words" lines, as the turn reader gives them. */
const turnsOf = (text: string) =>
  [...text.matchAll(/^([A-Z]+|[A-Z][a-z]+): (.*)$/gm)].map((m) => ({
    label: m[1]!,
    body: [m.index! + m[1]!.length + 2, m.index! + m[0].length] as [number, number],
    ...(m[1] === 'Q' ? { question: true } : m[1] === 'A' ? { answer: true } : {}),
  }));

describe('an interview of two voices', () => {
  it("is one asking and the other answering by turns, as in a paper's interview", () => {
    const lunch = record(
      'Lunch with the Courier: Taras Melnyk',
      'FC: Will Arvenia sign the framework this month?',
      'TM: We will sign when the dam is ours.',
      'FC: And if Torvania refuses?',
      'TM: Then we wait. We are patient people.',
    );
    expect(askedAndAnswered(turnsOf(lunch), lunch)).toBe(true);
    expect(speakers(lunch)).toEqual(['journalist', 'melnyk', 'journalist', 'melnyk']);
  });

  it('is not a debate of two parties by their initials', () => {
    const debate = record(
      'Televised debate, Kessel, 4 March',
      'ADP: Our party will never sign away the river. The dam stays ours.',
      'CNF: The dam is not yours to keep. We will sign the framework.',
      'ADP: You would hand Torvania everything. Is that what you call peace?',
      'CNF: We would hand our children a future.',
    );
    expect(askedAndAnswered(turnsOf(debate), debate)).toBe(false);
    expect(speakers(debate)).not.toContain('journalist');
  });

  it('is not two leaders at a joint press conference, nor a statement with Q&A examples', () => {
    const joint = record(
      'Joint press conference, Fjellby, 5 March',
      'KOSTAL: I thank President Varin for coming to Fjellby. We have agreed on the dam.',
      'VARIN: Thank you. The monitors will deploy next week.',
      'KOSTAL: And the prisoners will be home by Easter.',
      'VARIN: That is our common commitment.',
    );
    expect(askedAndAnswered(turnsOf(joint), joint)).toBe(false);
    const statement = record(
      'STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF NORLAND',
      'The Ministry answers the questions most often asked about the framework.',
      'Q: Does the framework end the war?',
      'A: It sets out a ceasefire and a pullback.',
      'Q: Who guarantees it?',
      'A: The Union.',
    );
    expect(askedAndAnswered(turnsOf(statement), statement)).toBe(false);
  });
});

// A roster of one negotiation with two people whose initials are those of a country.
const withInitials: Roster = {
  ...roster,
  people: [
    ...roster.people,
    { id: 'kamp', name: 'Ulla Kamp', office: 'deputy envoy', party: 'norland', aliases: [] },
    { id: 'sand', name: 'Ulf Sand', office: 'adviser', party: 'arvenia', aliases: [] },
  ],
};

describe("a country's short name as a label", () => {
  it("is that party's turn in a Security Council record, never a person's initials", () => {
    const council = record(
      'Security Council, 9812th meeting. Briefing by the deputy envoy, Ulla Kamp; adviser Ulf Sand attended.',
      'UK: We welcome the framework and call on both parties to sign it.',
      'US: We support the envoy and urge a ceasefire by Friday.',
      'UK: The monitors must deploy at once.',
    );
    expect(speakers(council, withInitials)).toEqual(['United Kingdom', 'United States', 'United Kingdom']);
  });

  it("is that party's turn in a negotiating table's minutes and a liveblog", () => {
    const minutes = record(
      'Minutes of the third round, Fjellby',
      'EU: The Union is ready to guarantee the pullback.',
      'UN: The Secretariat can send monitors within a week.',
      'Arvenia: We accept the monitors.',
    );
    expect(speakers(minutes)).toEqual(['European Union', 'United Nations', 'Arvenia']);
    const liveblog = record(
      'Fjellby talks, day two - live updates',
      'US: Washington says it will not send troops.',
      'UK: London offers to fund the monitors. Will Torvania agree?',
      'EU: Brussels will pay for the first year.',
    );
    expect(speakers(liveblog)).toEqual(['United States', 'United Kingdom', 'European Union']);
  });
});
