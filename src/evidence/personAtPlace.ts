// A person placed at the talks in a town by one source and said by another not to have gone there:
// "the delegation in Jedrah included Foreign Minister Koval" / "Koval, who did not travel to Jedrah";
// "Holovach was in Samarand on the second day" / "I was not in Samarand". The town is what both
// name; the person is, for a denial, the one named just before it (or the speaker of "I"), and for
// a stay, the one named nearest the town in its clause. A stay and a denial disagree only where they
// can be of one visit: no two days, rounds or kinds of occasion told apart ("was in Jedrah for the
// second round" is no answer to "did not travel to Jedrah for the first"). Only what did not happen
// is denied: "will not travel to Jedrah" tells a plan, which no stay before or after it belies.
import { DAY_MS } from '../core/calendar.ts';
import { asks } from './assertion.ts';
import { entityMentions } from './entities.ts';
import { datesOf, perPassage } from './linkSupport.ts';
import { occasionNumber } from './occasionOrdinals.ts';
import type { Passage } from './passages.ts';
import { occasionIn } from './presenceOccasion.ts';
import type { Roster } from './types.ts';

const TOWN = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;
// "did not travel to Jedrah", "never went to Jedrah", "was not in Samarand", "stayed away from Jedrah".
const NOT_THERE = new RegExp(
  String.raw`\b(?:(?:did not|didn't|never) (?:travel|go|come|fly)|never (?:travelled|traveled|went|came)|(?:was|were|am) (?:not|never) (?:in|at)|stayed away from)\s+(?:to\s+)?${TOWN}`,
  'u',
);
// "was in Samarand", "led the delegation in Munawwar", "in Jedrah also included", "joined … in Lumintar".
const THERE = new RegExp(String.raw`\b(?:in|at) ${TOWN}`, 'gu');
const PRESENT_VERB = /\b(?:was|were|led|headed|included|joined|attended|took part|sat)\b/;
// The person a clause names with its town or its denial: within this many characters of it.
const SUBJECT_REACH = 80;

// A denial, or a clause's end, between the person and the town.
const DENIAL_OR_BREAK = /\b(?:not|never|no|nor)\b|[;.!?]/i;
const between = (text: string, e: { index: number; end: number }, m: RegExpMatchArray) =>
  e.end <= m.index! ? text.slice(e.end, m.index!) : text.slice(m.index! + m[0].length, e.index);

interface Placed {
  person: string;
  town: string;
  there: boolean;
}

/** Whom a passage puts in a town, or says was not there. */
export const placedPeople = perPassage((p, roster): Placed[] => {
  if (asks(p) || p.kind === 'event') return [];
  const people = entityMentions(p.text, roster).filter((e) => e.person !== undefined);
  const absent = NOT_THERE.exec(p.text);
  if (absent) {
    const before = people
      .filter((e) => e.end <= absent.index && absent.index - e.end <= SUBJECT_REACH)
      .at(-1);
    const self = /\bI\s+(?:did|was|am|never)\b/.test(
      p.text.slice(Math.max(0, absent.index - 4), absent.index + 8),
    );
    const person = self ? p.speaker?.personId : before?.person;
    return person ? [{ person, town: absent[1]!, there: false }] : [];
  }
  if (!PRESENT_VERB.test(p.text)) return [];
  // Each town with the person named nearest it in its clause, no denial between them.
  const out: Placed[] = [];
  for (const m of p.text.matchAll(THERE)) {
    const near = people
      .map((e) => ({ e, gap: e.end <= m.index! ? m.index! - e.end : e.index - (m.index! + m[0].length) }))
      .filter(
        ({ e, gap }) => gap >= 0 && gap <= SUBJECT_REACH && !DENIAL_OR_BREAK.test(between(p.text, e, m)),
      )
      .sort((x, y) => x.gap - y.gap)[0];
    if (near) out.push({ person: near.e.person!, town: m[1]!, there: true });
  }
  return out;
});

// Two accounts of one stay are written within days of each other.
const STAY_DAYS = 10;

/**
 * Whether two passages can tell of one visit: written within days, and the kind of occasion, the
 * days and the round's number the same wherever both tell them.
 */
function oneVisit(a: Passage, b: Passage, roster: Roster): boolean {
  if (!a.published || !b.published) return false;
  if (Math.abs(Date.parse(a.published) - Date.parse(b.published)) > STAY_DAYS * DAY_MS) return false;
  const [x, y] = [occasionIn(a.text), occasionIn(b.text)];
  if (x && y && x.kind !== y.kind) return false;
  const [dx, dy] = [datesOf(a, roster), datesOf(b, roster)];
  if (dx.length > 0 && dy.length > 0 && !dx.some((d) => dy.includes(d))) return false;
  const [nx, ny] = [occasionNumber(a, roster), occasionNumber(b, roster)];
  return !nx || !ny || nx.occasion !== ny.occasion || nx.ordinal === ny.ordinal;
}

/** The person and town two passages disagree on: there and not there, on one visit. */
export function atPlaceApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  for (const x of placedPeople(a, roster))
    for (const y of placedPeople(b, roster))
      if (x.person === y.person && x.town === y.town && x.there !== y.there)
        return oneVisit(a, b, roster) ? [x.person, x.town] : undefined;
  return undefined;
}
