// Who an event's clause names besides the roster's people: a leader calls and meets many others
// ("spoke with Chancellor Weber of Ostmark", "the Prime Minister spoke with President Kostal"),
// and two calls of one leader are two calls when each names a counterpart the other does not.
// And what the clause names of another event, in passing ("spoke with Dahl about the
// Kostal–Varin call"): that event's people are not this one's.
import { entityMentions } from './entities.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

/** A person named by a title, with a surname or without ("Chancellor Weber", "the Prime Minister"). */
export interface Counterpart {
  title: string;
  name?: string;
}

const TITLE =
  '(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Minister|King|Queen|Emir|Sultan|Crown Prince|Secretary[- ]General|Special Envoy|Envoy|Ambassador|Governor|Mayor)';
// "Chancellor Weber", "Prime Minister Anna Holm": a title and a name in capitals.
const TITLED_NAME = new RegExp(`\\b(${TITLE})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`, 'gu');
// "the Prime Minister", "the Chancellor of Ostmark": an office its holder is named by.
const OFFICE = new RegExp(`\\b[Tt]he (${TITLE})\\b(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+)?`, 'gu');

/**
 * The people `text` names by a title who are none of the roster's (those the roster knows are
 * read as its people): each a counterpart an event's other report may not name.
 */
export function unlistedPeople(text: string, roster: Roster): Counterpart[] {
  const known = entityMentions(text, roster);
  const listed = (at: number, end: number) => known.some((m) => m.index < end && at < m.end);
  const out: Counterpart[] = [];
  for (const m of allMatches(TITLED_NAME, text))
    if (!listed(m.index, m.index + m[0].length))
      out.push({ title: m[1]!.toLowerCase(), name: m[2]!.split(/\s+/).at(-1)!.toLowerCase() });
  // An office with its holder's name in apposition is that person ("the Prime Minister of
  // Tasgar, Tariq Vedrenne").
  const apposed = (end: number) => {
    const comma = /^,\s*/.exec(text.slice(end));
    return comma !== null && known.some((m) => m.person && m.index === end + comma[0].length);
  };
  // An office some roster person holds may be that person, where the text does not say which
  // ("the President's call" beside two presidents): only an office none holds is someone else.
  const held = (title: string) => roster.people.some((p) => p.office?.toLowerCase().startsWith(title));
  for (const m of allMatches(OFFICE, text)) {
    const end = m.index + m[0].length;
    const title = m[1]!.toLowerCase();
    if (!listed(m.index, end) && !apposed(end) && !held(title)) out.push({ title });
  }
  return out;
}

/**
 * Whether a counterpart may be one of the people another report names: a roster person who
 * holds the office (a bare office only: a surname off the roster is no roster person), or an
 * unlisted one of the same name, or of the same title where either gives no name.
 */
export function mayBeAmong(
  c: Counterpart,
  persons: Set<string>,
  unlisted: Counterpart[],
  officeOf: (id: string) => string,
): boolean {
  if (!c.name && [...persons].some((id) => officeOf(id).toLowerCase().startsWith(c.title))) return true;
  return unlisted.some((u) => (u.name && c.name ? u.name === c.name : u.title === c.title));
}

// Another event named in passing after the clause's own: a preposition, an article or owner
// ("her", "yesterday's", "the Kostal–Varin"), the event's noun and whom it was with.
const MENTIONED_EVENT =
  /\b(?:about|on|after|following|since|before|ahead of|regarding|concerning|over|of)\s+(?:(?:the|a|an|her|his|their|its|our|this|that|last|[\p{L}]+[’']s)\s+)?(?:[\p{L}’'–-]+\s+){0,3}?(?:call|calls|conversation|conversations|talks|meeting|meetings|summit|visit|negotiations)\b(?:\s+(?:with|between)\s+[^,;.]*)?/giu;

/**
 * The clause without the events it names after its own event's word (`first`, where that word
 * ends): "spoke with Dahl today about the Kostal–Varin call" keeps "spoke with Dahl today".
 */
export function withoutMentionedEvents(clause: string, first: number): string {
  if (first < 0) return clause;
  let out = clause;
  for (const m of allMatches(MENTIONED_EVENT, clause).reverse())
    if (m.index >= first) out = out.slice(0, m.index) + out.slice(m.index + m[0].length);
  return out;
}
