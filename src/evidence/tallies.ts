// A vote's tally, as a parliament's record, a ministry and a newspaper each give it: "Ayes 112,
// Noes 61", "by 112 votes to 61", "112 in favour". The figures name the vote: two sources with one
// of them in common tell of one vote, and a second figure that differs is a disagreement.
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export interface Tally {
  for?: number;
  against?: number;
}

const N = String.raw`(\d{1,3}(?:,\d{3})?)`;
// "Ayes 112, Noes 61", "Yeas: 112 — Nays: 61", "For: 112; Against: 61".
const DIVISION = new RegExp(
  String.raw`\b(?:ayes|yeas|for)\s*[:—–-]?\s*${N}\b[^.;]{0,12}?\b(?:noes|nays|against)\s*[:—–-]?\s*${N}\b`,
  'i',
);
// "by 112 votes to 61", "112 votes against 61", "voted 112 to 61".
const VOTES_TO = new RegExp(
  String.raw`\b${N}\s+votes?\s+(?:to|against)\s+${N}\b|\bvoted\s+${N}\s+to\s+${N}\b`,
  'i',
);
const VOTED = /\b(?:votes?|voted|ballots?|division|divided|majority|ayes|noes|yeas|nays)\b/i;
// "112 in favour", "61 against"; "112 for, 61 against", where a bare "for" ends the figure's
// phrase: "exchanged 95 for 95 prisoners", "12 for the first time" are no votes.
const IN_FAVOUR = new RegExp(
  String.raw`\b${N}\s+(?:in favou?r\b|for(?=\s*(?:[,;.:)–—-]|$|(?:and|to|with|versus|vs)\b)))`,
  'i',
);
const AGAINST = new RegExp(String.raw`\b${N}\s+against\b`, 'i');

const number = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/,/g, '')));

/** The tally a passage gives of a vote, if it gives one. */
export const tallyOf = perPassage((p): Tally | undefined => {
  if (!VOTED.test(p.text) && !IN_FAVOUR.test(p.text)) return undefined;
  const division = DIVISION.exec(p.text);
  if (division) return { for: number(division[1]), against: number(division[2]) };
  const votes = VOTES_TO.exec(p.text);
  if (votes) return { for: number(votes[1] ?? votes[3]), against: number(votes[2] ?? votes[4]) };
  const [yes, no] = [IN_FAVOUR.exec(p.text), AGAINST.exec(p.text)];
  if (!yes && !no) return undefined;
  return { for: number(yes?.[1]), against: number(no?.[1]) };
});

const both = (x?: number, y?: number) => x !== undefined && y !== undefined;

/** Whether two tallies are of one vote: a figure for it, or against it, in common. */
export function oneVote(x: Tally, y: Tally): boolean {
  return (both(x.for, y.for) && x.for === y.for) || (both(x.against, y.against) && x.against === y.against);
}

/** Of two tallies of one vote, the figures they give it apart: "61 against vs 59 against". */
export function talliesApart(x: Tally, y: Tally): string | undefined {
  if (!oneVote(x, y)) return undefined;
  if (both(x.for, y.for) && x.for !== y.for) return `${x.for} for vs ${y.for} for`;
  if (both(x.against, y.against) && x.against !== y.against)
    return `${x.against} against vs ${y.against} against`;
  return undefined;
}

/** The tallies of one vote two passages give, if they give such. */
export function oneVoteOf(a: Passage, b: Passage, roster: Roster): [Tally, Tally] | undefined {
  const [x, y] = [tallyOf(a, roster), tallyOf(b, roster)];
  return x && y && oneVote(x, y) ? [x, y] : undefined;
}
