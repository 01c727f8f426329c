// An event's place: where a visit goes, or the place its sentence names for the occasion — not
// where the words reporting it were said. Split out of events.ts; moved verbatim.
import { NOT_NAME_WORDS } from './lexicon.ts';
import { allMatches } from './regex.ts';
import { PLACE, type Trigger } from './triggerContext.ts';

// A visit's place is where it goes: "will travel to Fjellby", "visited Drava".
const DESTINATION = /^\S*(?:\s+to)?\s+((?:the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/u;

// Words that open a clause of its own between a place and the occasion: ", signaling …", "; …".
const PLACE_CLAUSE_BREAK =
  /[;—–]|,\s+(?:signal+ing|while|whereas|but|although|though|which|who|as|after|since|when)\b/i;

export function place(sentence: string, visit?: Trigger, at?: number): string | undefined {
  const to = visit && DESTINATION.exec(sentence.slice(visit.index));
  if (to && !NOT_NAME_WORDS.has(to[1]!.split(' ')[0]!.toLowerCase())) return to[1]!.replace(/^the /, '');
  const places: { name: string; index: number }[] = [];
  for (const m of allMatches(PLACE, sentence)) {
    const name = m[1]!.replace(/^the /, '').replace(/['’]s$/, '');
    if (NOT_NAME_WORDS.has(name.split(' ')[0]!.toLowerCase())) continue;
    if (placeOfTelling(sentence, m.index, m.index + m[0].length)) continue;
    places.push({ name, index: m.index });
  }
  // "… after her visit to Drava, a sign of little movement since the leaders held a summit in Kessel": a place
  // a clause break keeps from the occasion is another occasion's, where one stands in the occasion's own clause.
  if (
    at !== undefined &&
    places.length > 1 &&
    PLACE_CLAUSE_BREAK.test(sentence.slice(places[0]!.index, at))
  ) {
    const own = places.findLast((p) => p.index < at && !PLACE_CLAUSE_BREAK.test(sentence.slice(p.index, at)));
    if (own) return own.name;
  }
  return places[0]?.name;
}

// "told reporters in Drava that the signing …", "said at a briefing in Kessel that …": where the
// words were said, not where what they report takes place.
const TELLING_BEFORE =
  /\b(?:told|tells|said|says|announced|stated|declared|confirmed|insisted|stressed|noted|added)\b[^,;:.]{0,40}$/i;
const THAT_AFTER = /^,? (?:on \p{Lu}\p{Ll}+,? |(?:earlier )?(?:today|yesterday|on \w+),? )?that\b/u;

function placeOfTelling(sentence: string, start: number, end: number): boolean {
  return (
    THAT_AFTER.test(sentence.slice(end, end + 30)) &&
    TELLING_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))
  );
}
