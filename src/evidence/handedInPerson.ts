// A text handed to someone named is handed over in person, at a sitting with them: "the draft was
// handed to both sides in Ntalaba on April 25", "she handed it to the head of the delegation on
// Sunday", "the envoy gave each delegation a nine-page paper on 3 June" report a meeting. So does a
// text handed out among them, or handed over, from hand to hand ("the plan they handed over on 2
// April"), and a text tabled by the mediator ("the plan the envoy tabled on 18 March") or where the
// sentence says there was a sitting ("tabled at the plenary", "At the plenary, Kessel tabled"). A side's paper tabled on a day, nowhere
// said, and a text submitted, circulated or handed in, stay the statement of the side that gives it
// (handedTexts.ts).

import { MONTH_NAME, WEEKDAY_NAME } from './lexicon.ts';
import type { NameHit } from './names.ts';
import type { Roster } from './types.ts';

// Who receives, after "to": a name, a side, a delegation or its head, an envoy, a pronoun; not a
// day or a month ("its reply to Monday's proposal"), not a text "handed in" (submitted), and not a
// newsroom or a legislature ("handed to Reuters", "handed its reply to Parliament": a leak or a filing).
const NOT_SITTING = String.raw`(?:Reuters|AFP|AP|Associated Press|Bloomberg|TASS|Xinhua|Kyodo|Yonhap|Anadolu|PTI|Al Jazeera|BBC|(?:[A-Z][\w'’-]* ){0,3}(?:Times|Post|News|Wire|Agency|Journal|Herald|Gazette)|Parliament|Congress|Senate|Assembly|Bundestag|Duma|Court)\b`;
const TO_SOMEONE = new RegExp(
  String.raw`^(?! in (?!person\b))(?: (?:it|them|this|that|over|personally|in person|(?:a |the )?(?:printed |signed |sealed )?copy(?: of it)?))*(?: [^,.;]{0,70}?)? to (?:the |both |each |his |her |their |its )?(?:(?!${WEEKDAY_NAME}\b|${MONTH_NAME}(?: \d|['’]s\b)|${NOT_SITTING})[A-Z\u00C0-\u00DE]|(?:(?:two|three|four|five|several|all) )?(?:sides|parties|delegations?|heads? of|envoys?|ambassadors?|mediators?|ministers?|negotiators?)\b|(?:him|her|them|me|us)\b)`,
);
// The receiver before the text: "handed both sides a draft", "handed the two delegations the text".
const SOMEONE_THEN_TEXT =
  /^ (?:both (?:sides|parties|delegations)|the (?:two |three )?(?:sides|parties|delegations)|(?:him|her|them|me|us)|[A-Z\u00C0-\u00DE][\w'’-]+(?:['’]s delegation)?) (?:a|an|the|its|their|his|her)\b/;

// Laid on the table or handed over, from hand to hand: given to those present, whoever they are.
const TABLED = /^tabl(?:ed|es|ing)$/i;
const HANDED_OVER = /^hand(?:ed|s|ing) over$/i;
// Handed round among those present; not out to the press ("handed out copies to reporters").
const HANDED_OUT = /^ out\b(?![^.;]{0,60}? to (?:the )?(?:reporters|journalists|press|media|newsrooms?)\b)/i;
// A text sent at a distance reached no one at a table: "in writing", "by email", "by letter",
// "through the embassy", "via diplomatic channels".
const AT_A_DISTANCE =
  /\b(?:in writing|by (?:e-?mail|letter|fax|post|courier|cable)|(?:through|via) (?:the |its |their |diplomatic |official )?(?:embass(?:y|ies)|diplomatic channels|channels|intermediar(?:y|ies)|couriers?|post)|(?:e-?mailed|faxed|posted|mailed)\b)/i;
// "Tabled" is laid on the table, before those at it, unless the sentence says it was put off
// ("tabled, meaning it was set aside", "tabled until the next session": its other sense). The table
// is a sitting only where the clause says where: "tabled here", "tabled in Drava on Monday",
// "tabled at the plenary", "tabled to both delegations". A side's paper tabled on a day, nowhere
// said ("the counter-paper Kessel tabled on 3 March"), is its author's statement (handedTexts.ts).
const SITTING = String.raw`(?:the|a|its|their|this|that) (?:[\w'’-]+ ){0,2}(?:plenary|meeting|session|sitting|round|talks|table|summit|conference)`;
const AT_A_SITTING = new RegExp(
  String.raw`^[^,.;:]{0,50}?\b(?:here|there|in (?!(?:${MONTH_NAME}|${WEEKDAY_NAME}|writing)\b)[A-Z\u00C0-\u00DE]|at ${SITTING})`,
);
// The sitting may come first in the sentence, as a house sets the scene before the act: opening it
// ("At the plenary on Monday, Kessel tabled a map", "Across the table from Varin, Kostal tabled"),
// or in the verb's own clause ("Kessel at the afternoon session tabled"). Not a sitting told in a
// clause of its own ("After talks at the summit broke down, Kessel tabled", "Varin said at the summit
// that Kessel had tabled"), nor one a later time leaves behind.
const SITTING_FIRST = new RegExp(
  String.raw`^\s*(?:On \p{L}+,? )?(?:[Aa]t ${SITTING}|[Aa]cross the table)\b([^,.;:!?]{0,60}),[^,.;:!?]{0,60}$`,
  'u',
);
const SITTING_IN_CLAUSE = new RegExp(String.raw`\bat ${SITTING}\b([^,.;:!?]{0,60})$`);
const CLAUSE_WORD =
  /\b(?:that|which|who|whom|where|when|while|after|before|since|until|said|says|but|and|then|later)\b/i;
const SITTING_REACH = 160;

/** Whether the sentence before a tabling verb sets it at a sitting (`before`: its text up to the verb). */
function sittingBefore(before: string): boolean {
  // The sentence's opening only where the whole of it up to the verb is read.
  const near = before.slice(-SITTING_REACH);
  const m = (near === before ? SITTING_FIRST.exec(near) : null) ?? SITTING_IN_CLAUSE.exec(near);
  return m !== null && !CLAUSE_WORD.test(m[1]!) && !CLAUSE_WORD.test(near.slice(near.lastIndexOf(',') + 1));
}
// A mediator tables at a sitting with the parties, wherever the clause says it was: "the plan the
// envoy tabled on 12 May", "the text tabled by the facilitator on Monday".
const MEDIATOR =
  /\b(?:envoys?|mediators?|mediation|facilitators?|chair(?:man|woman|person)?|co-chairs?|presidency)\b/i;
// Where the tabling clause ends: the text's own verb ("the paper tabled on 3 March was drafted in Fjellby").
const CLAUSE_VERB = / (?:was|were|is|are|has|have|had|will|would|and|but|which|that)\b/;
const PUT_OFF = /\b(?:set aside|put off|postponed|shelved|deferred|indefinitely)\b/i;
const UNTIL = /^(?:[^,.;]{0,40}\s)?(?:until|till)\b/i;

/**
 * Whether a trigger word hands a text over at a sitting: to someone named, tabled, handed out or
 * over (`after`: the sentence after the word; `before`: the sentence before it), and not sent at a
 * distance. `byMediator`: the roster's mediator, or one of its people, is named as the one who tables.
 */
export function handedInPerson(word: string, after: string, before = '', byMediator = false): boolean {
  const tabled = TABLED.test(word);
  const handedOn = HANDED_OVER.test(word) || /^hand(?:ed|s|ing)$/i.test(word);
  if (!tabled && !handedOn) return false;
  const sentence = `${before}${word}${after}`;
  if (AT_A_DISTANCE.test(sentence)) return false;
  if (tabled) {
    const clause = after.split(CLAUSE_VERB)[0]!;
    const tabler =
      byMediator ||
      MEDIATOR.test(
        before
          .split(/[,.;:]/)
          .pop()!
          .slice(-50),
      ) ||
      MEDIATOR.test(clause);
    const where =
      tabler ||
      AT_A_SITTING.test(clause) ||
      sittingBefore(before) ||
      TO_SOMEONE.test(after) ||
      SOMEONE_THEN_TEXT.test(after);
    return where && !PUT_OFF.test(sentence) && !UNTIL.test(after);
  }
  return (
    HANDED_OVER.test(word) ||
    TO_SOMEONE.test(after) ||
    SOMEONE_THEN_TEXT.test(after) ||
    HANDED_OUT.test(after)
  );
}

/** The roster's mediating parties and their people, by id: who tables at a sitting with the parties. */
export function mediatorsOf(roster: Roster): Set<string> {
  const parties = roster.parties.filter((p) => p.role === 'mediator').map((p) => p.id);
  const people = roster.people.filter((p) => p.party && parties.includes(p.party)).map((p) => p.id);
  return new Set([...parties, ...people]);
}

/** Whether the one named in the clause just before `at` is the mediator: "Norland tabled a paper". */
export function namedTabler(
  text: string,
  hits: NameHit[],
  mediators: ReadonlySet<string> | undefined,
  at: number,
): boolean {
  return hits.some(
    (h) =>
      h.id !== undefined &&
      mediators?.has(h.id) === true &&
      h.span[1] <= at &&
      h.span[0] >= at - 60 &&
      !/[,.;:]/.test(text.slice(h.span[1], at)),
  );
}
