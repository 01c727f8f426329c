// One act on one day, told by two sources in their own words: "The signing is planned for 30 April
// in Albisau" and "the signing, originally set for 30 April, …"; "replies are due on 20 September"
// and "the Government will submit its reply by the twentieth of September". A signing, an
// initialling, a reply, the release of a text or an incident is done once on its day: two passages that name it
// beside one day, given by its date, speak of one thing, however else their words differ.
import { type FoundDate, findDates } from './dates.ts';
import { ownMeaning, perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// The acts (as meaning.ts folds them) a negotiation does once on a day: "sign", "signature",
// "signing"; "initialled"; "reply", "answer", "response". A release is one act only of one text
// ("release the text of the draft on 4 April"): a party releases prisoners, funds or ships on the
// same day as a mediator releases a text, so it is keyed by the text it names. So is the incident
// a negotiation answers, happened once on its day: a cable or a line cut, severed or damaged, a post
// attacked, a ship seized ("the Kessel link was cut on 9 May" / "since the cut of 9 May").
const ACTS = new Set(['sign', 'initiall', 'response', 'cut', 'sever', 'damag', 'attack', 'seis']);
const INCIDENTS = new Set(['cut', 'sever', 'damag', 'attack', 'seis']);
// A figure cut to or by another ("cut its offer to 12 points on 3 March") is no incident; "the cut of
// 9 May" names one by its day.
const REDUCED =
  /\b(?:to|by|of)\s+(?:about\s+|some\s+|nearly\s+)?\d[\d.,]*(?![\d.,]|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
const RELEASE = 'release';
const RELEASED_TEXT = /\b(text|draft|document|communiqu[eé]|statement|report|declaration)s?\b/gi;
// A day given by its date ("30 April", "the 27th", "23.03"), not by "today" or a weekday: those
// are the source's own days, which another source words otherwise.
const DATED =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:\w+teenth|\w+tieth|twenty-\w+|thirty-\w+|first|second|third)\b/i;
// How near the day the act is told: its clause, not the sentence's other days.
const REACH = 50;
// Where a clause ends: "X will release the fishermen; the text is due on 4 April", "…, and …".
const CLAUSE_END = /;|,\s+and\b/g;
// A sentence names a few days: hostile input naming thousands is read no further.
const DAYS_READ = 8;

/**
 * The words of a day's own clause within REACH of it, a word cut by the reach read whole: no
 * further than a ";" or ", and" either side.
 */
function clauseAround(text: string, d: FoundDate): string {
  const end = d.index + d.text.length;
  // The letters of a word the reach cuts, read on (a word is at most 20 letters here).
  const cutBefore = /[\p{L}-]*$/u.exec(
    text.slice(Math.max(0, d.index - REACH - 20), Math.max(0, d.index - REACH)),
  )!;
  const cutAfter = /^[\p{L}-]*/u.exec(text.slice(end + REACH, end + REACH + 20))!;
  const before = text.slice(Math.max(0, d.index - REACH - cutBefore[0].length), d.index);
  const after = text.slice(end, end + REACH + cutAfter[0].length);
  const ends = [...before.matchAll(CLAUSE_END)];
  const last = ends.at(-1);
  const from = last ? last.index + last[0].length : 0;
  const to = after.search(CLAUSE_END);
  return `${before.slice(from)}${d.text}${to < 0 ? after : after.slice(0, to)}`;
}

/** The acts a passage ties to a dated day, as "act day" keys (linkBlocking.ts keys pairs by them). */
export const actsOnDays = perPassage((p, roster): Set<string> => {
  const keys = new Set<string>();
  // Most sentences name no such act: their days are not read again here.
  if (![...ownMeaning(p, roster)].some((w) => ACTS.has(w) || w === RELEASE)) return keys;
  for (const d of findDates(p.text, p.published).slice(0, DAYS_READ)) {
    if (d.vague || !DATED.test(d.text)) continue;
    const near = clauseAround(p.text, d);
    for (const w of meaningWords(near)) {
      if (ACTS.has(w) && !(INCIDENTS.has(w) && REDUCED.test(near))) keys.add(`${w} ${d.iso}`);
      if (w !== RELEASE) continue;
      for (const [, text] of near.matchAll(RELEASED_TEXT))
        keys.add(`${RELEASE} ${text!.toLowerCase().replace('é', 'e')} ${d.iso}`);
    }
  }
  return keys;
});

/** The act and day two passages both tell, if they do: "sign 2035-04-30". */
export function oneActOnDay(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [actsOnDays(a, roster), actsOnDays(b, roster)];
  for (const k of x) if (y.has(k)) return k;
  return undefined;
}
