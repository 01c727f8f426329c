// A person placed at the talks in a town by one source and said by another not to have gone there:
// "the delegation in Jedrah included Foreign Minister Koval" / "Koval, who did not travel to Jedrah";
// "Holovach was in Samarand on the second day" / "I was not in Samarand". The town is what both
// name; the person is, for a denial, the one named just before it (or the speaker of "I"), and for
// a stay, the one named nearest the town in its clause.
import { DAY_MS } from '../core/calendar.ts';
import { asks } from './assertion.ts';
import { entityMentions } from './entities.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const TOWN = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;
// "did not travel to Jedrah", "never went to Jedrah", "was not in Samarand", "stayed away from Jedrah".
const NOT_THERE = new RegExp(
  String.raw`\b(?:(?:did not|didn't|never|would not|will not) (?:travel|go|come|fly)|never (?:travelled|traveled|went|came)|(?:was|were|am) (?:not|never) (?:in|at)|stayed away from)\s+(?:to\s+)?${TOWN}`,
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
    const self = /\bI\s+(?:did|was|am|never|would|will)\b/.test(
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

/** The person and town two passages disagree on: there and not there. */
export function atPlaceApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  if (!a.published || !b.published) return undefined;
  if (Math.abs(Date.parse(a.published) - Date.parse(b.published)) > STAY_DAYS * DAY_MS) return undefined;
  for (const x of placedPeople(a, roster))
    for (const y of placedPeople(b, roster))
      if (x.person === y.person && x.town === y.town && x.there !== y.there) return [x.person, x.town];
  return undefined;
}
