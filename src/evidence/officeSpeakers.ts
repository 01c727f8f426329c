// A speaker known only by an office ("The President", "Chair", "the Commissioner") is the one
// person the same document names as holding it. A transcript's label, a communiqué's "the Chair"
// or a release's "said the Commissioner" names an office; the page names its holder once, in its
// front matter ("President: Mr. Okafor") or beside the name ("the Chair of the Forum, the
// Honourable Ana Vaka"). Every name so set beside the office is a holder, on the roster or not:
// the speaker becomes a roster person only when that person is the one holder named. A last
// resort, after every other reading: it knows no house's style, only what the document already
// says, and it never guesses between two.
import type { Gazetteer } from './gazetteer.ts';
import type { NameHit } from './names.ts';
import { fromPerson } from './speakers.ts';
import type { Speaker, SuggestedClaim } from './types.ts';

// A courtesy before an office in a label ("Mr. President", "Madam Chair") is not part of it.
const COURTESY = /^(?:the|mr\.?|madam|madame|mrs\.?|ms\.?)\s+/i;
// An office is one to three words; a name of more is a name or a description, not an office.
// "A delegation source", "one official": an indefinite article names someone unnamed, no holder.
const INDEFINITE = /^(?:an?|one|another|two|three|several|some)\s/i;
const OFFICE_WORDS = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}$/u;
// The offices one person holds, by the noun that ends them ("Foreign Secretary", "the Chair"); a
// ministry, a service or a source speaks for a body or hides a person, and has no one holder.
const PERSON_OFFICES = new Set(
  (
    'president chair chairman chairwoman chairperson minister secretary secretary-general envoy senator ' +
    'commissioner chancellor premier governor ambassador negotiator mediator spokesperson spokesman ' +
    'spokeswoman speaker representative adviser advisor rapporteur'
  ).split(' '),
);
// A page whose quotations name more offices than this is a list, not a record: the rest keep the
// office as said, and the pass stays linear in the page.
const MOST_OFFICES = 16;
// A title's words reach the name within one sentence; a line's label ("President:") within its line.
// A period after a capitalised word of three letters or fewer closes a courtesy ("Mr.", "Dr."), not a sentence.
const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2})[.!?]\s|\n/u;

/**
 * The offices a bare speaker may name, lower-cased: the words the text wrote ("the Commissioner")
 * and the name the engine kept, when either is nothing but one to three words.
 */
function officesOf(speaker: Speaker): string[] {
  if (speaker.personId || speaker.partyId || speaker.via === 'pronoun') return [];
  if (INDEFINITE.test(speaker.said ?? speaker.name)) return [];
  const offices = new Set<string>();
  for (const written of [speaker.said ?? '', speaker.name]) {
    let office = written.trim();
    for (let m = COURTESY.exec(office); m; m = COURTESY.exec(office)) office = office.slice(m[0].length);
    office = office.toLowerCase();
    if (OFFICE_WORDS.test(office) && PERSON_OFFICES.has(office.split(/\s+/).at(-1)!)) offices.add(office);
  }
  return [...offices];
}

// What may stand between an office and its holder's name: its "of" phrase, a comma or a label's
// colon, then only the name's own capitalised titles ("of the Forum, the Honourable ", ": Mr. ").
const APPOSED =
  /^(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[^,.;:]{0,100})?[,:]?\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
// An office after a preposition is no head of an apposition: "According to the Palace, Lind told …".
const GOVERNED = /\b(?:to|with|by|from|for|of|at|in|on|about|than)\s+(?:the\s+)?$/i;

/**
 * An office as whole words in any case (a "vice-president" holds no "president"). Matched on the
 * text as written: lower-casing first would move every later index past a letter whose lower case
 * is longer ("İ").
 */
const officePattern = (office: string) => new RegExp(`(?<![\\p{L}-])${office}(?![\\p{L}-])`, 'giu');

/**
 * Where in `sentence` the office stands that gives this hit the office, or -1: the office's words
 * before the name, in its sentence or on its label line ("President: Mr. Okafor"), with nothing
 * between them but the office's own "of" phrase and the name's titles ("the Chair of the Forum,
 * Foreign Minister Ana Vaka"). A verb between them ("the President thanked Ana Vaka") makes the
 * name an object; a title word from the sentence before ("Thank you, Chair. Dr Lind") is not one.
 * `office` is an `officePattern`.
 */
function holderOffice(sentence: string, office: RegExp): number {
  let last: RegExpExecArray | undefined;
  for (const m of sentence.matchAll(office)) last = m;
  return last !== undefined &&
    !GOVERNED.test(sentence.slice(0, last.index)) &&
    APPOSED.test(sentence.slice(last.index + last[0].length))
    ? last.index
    : -1;
}

/** The words of a name's sentence before it, up to the name: where its offices are written. */
function sentenceBefore(hit: NameHit, text: string): string {
  return text
    .slice(Math.max(0, hit.runStart - 160), hit.span[0])
    .split(SENTENCE_END)
    .at(-1)!;
}

/**
 * The one roster person the document names as holding `office`, if it names exactly one holder.
 * Every name in apposition to the office counts, on the roster or not: a council's record whose
 * front matter gives "President: Mr. Okafor" keeps "the President" as said, though a roster
 * president stands in its list of those present. Of the names after one writing of the office, the
 * last closes the apposition and holds it; those before are words of its "of" phrase ("Chair of the
 * Committee on Foreign Policy and Trade Ana Vaka"). Names inside a transcript's turns are that
 * speaker's words ("Madam President, Minister Okafor told us"), not the document's own account of
 * who holds what.
 */
function soleHolder(office: string, names: [NameHit, string][]): NameHit | undefined {
  const pattern = officePattern(office);
  const holders = new Map<number, NameHit>();
  for (const [hit, sentence] of names) {
    const at = holderOffice(sentence, pattern);
    if (at !== -1) holders.set(hit.span[0] - sentence.length + at, hit);
  }
  let holder: NameHit | undefined;
  for (const hit of holders.values()) {
    if (!hit.id || (holder && hit.id !== holder.id)) return undefined;
    holder ??= hit;
  }
  return holder;
}

/** Quote claims whose speaker is a bare office, given to the office's one holder in the document. */
export function withOfficeSpeakers(
  claims: SuggestedClaim[],
  text: string,
  hits: NameHit[],
  gazetteer: Gazetteer,
  inTurn: (at: number) => boolean,
): SuggestedClaim[] {
  const resolved = new Map<string, Speaker | undefined>();
  let names: [NameHit, string][] | undefined;
  return claims.map((claim) => {
    if (claim.kind !== 'quote' || !claim.speaker) return claim;
    let holder: Speaker | undefined;
    for (const office of officesOf(claim.speaker)) {
      if (!resolved.has(office) && resolved.size < MOST_OFFICES) {
        names ??= hits
          .filter((h) => !h.inQuote && h.kind !== 'party' && !inTurn(h.span[0]))
          .map((h) => [h, sentenceBefore(h, text)]);
        const person = gazetteer.personById.get(soleHolder(office, names)?.id ?? '');
        resolved.set(office, person && fromPerson(person));
      }
      holder ??= resolved.get(office);
    }
    if (!holder) return claim;
    return { ...claim, speaker: { ...holder, said: claim.speaker.said ?? claim.speaker.name } };
  });
}
