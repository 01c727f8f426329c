// Who has the text: a party's complaint that it was not shown a draft ("Arvenia was not shown the
// revised text", "we have not received the document", "shown to everyone except Arvenia") and a
// party's word that it has it ("we have received the revised text", "the text received by the
// Arvenian delegation"). A negotiation's sources tell a text handed to one side before the other
// in many voices — the side's own post, a mediator's briefing, a wire, a parliament — and the
// claim is the party and whether it has the text, not the words around them.
import { ADJECTIVE } from './adjectives.ts';
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import { TEXT_NOUNS } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches, lastMatch } from './regex.ts';
import type { Roster } from './types.ts';

export interface TextAccess {
  party: string;
  has: boolean;
}

const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS})\\b`, 'i');
// Not shown, not given, not yet received, did not see, was not made available, has yet to see.
const LACKS =
  /\b(?:not|never|n['’]t)[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:shown|given|sent|seen|see|saw|received|receive|made available|handed|provided with)\b|\b(?:has|have|had)[ \t]+yet[ \t]+to[ \t]+(?:see|receive|be shown)\b/i;
// "shown to everyone except Arvenia", "given to all the parties but Torvania".
const ALL_BUT =
  /\b(?:shown|given|sent|made available|handed|circulated)[ \t]+to[ \t]+(?:everyone|everybody|all(?:[ \t]+the)?(?:[ \t]+\p{L}+)?|every[ \t]+\p{L}+)[ \t]+(?:except|but|apart from|save)[ \t]+/iu;
// "we have received the revised text", "the revised text received by the Arvenian delegation".
const HAS =
  /\b(?:has|have|had)[ \t]+(?:now[ \t]+|already[ \t]+)?(?:received|been (?:shown|given|handed))[ \t]+(?:the|this|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:drafts?|texts?|documents?|memorand(?:um|a)|frameworks?|versions?)\b/iu;
const RECEIVED_BY =
  /\b(?:drafts?|texts?|documents?|memorand(?:um|a)|frameworks?|versions?)[ \t]+received[ \t]+by[ \t]+/i;
// The text must stand near the verb: "we have not seen any progress since the text was tabled" is no claim about it.
const NEAR = 60;

/** The party a clause names first — its subject — by name, person or adjective; else "we" for the speaker. */
function partyOf(stretch: string, roster: Roster, speakerParty?: string): string | undefined {
  const named = entityMentions(stretch, roster).map((m) => ({ at: m.index, party: m.party }));
  for (const m of allMatches(ADJECTIVE, stretch)) {
    const [party] = partiesByAdjective(m[0], roster);
    if (party) named.push({ at: m.index, party });
  }
  const first = named.sort((x, y) => x.at - y.at)[0];
  if (first) return first.party;
  return /\b(?:we|our|us)\b/i.test(stretch) ? speakerParty : undefined;
}

/** The subject of a verb at `at`: the party its own clause names first ("… complained that Arvenia had not"), else the sentence's. */
function subjectBefore(text: string, at: number, roster: Roster, speakerParty?: string): string | undefined {
  const before = text.slice(0, at);
  const clause = before.slice(lastMatch(/\bthat\b/gi, before)?.index ?? 0);
  return partyOf(clause, roster, speakerParty) ?? partyOf(before, roster, speakerParty);
}

// A party that "will not sign a draft it has not read", "does not sign a paper it was not sent" or
// "never signs a text nobody showed it" sets a rule for any text; the rule is in the modal, negated
// or generic verb before the indefinite text, not in the article: "Kessel received a draft that
// Drava was not shown" reports one text, and so does "Drava did not sign a paper it was not sent".
const ANY_TEXT = new RegExp(
  `\\b(?:will|would|shall|can|could|cannot|won['’]t|wouldn['’]t|can['’]t|(?:do|does)[ \\t]+not|don['’]t|doesn['’]t|never|nobody|no[ \\t]+one|no[ \\t]+\\p{L}+)[ \\t]+(?:not[ \\t]+|never[ \\t]+)?(?:[\\p{L}'’]+[ \\t]+){1,4}?(?:a|an|any)[ \\t]+(?:[\\p{L}-]+[ \\t]+)?(?:${TEXT_NOUNS})[ \\t]+(?:(?:that|which)[ \\t]+)?[\\p{L}'’]+[ \\t]+(?:(?:has|have|had|was|were|is|are|did|do|does)[ \\t]+)?$`,
  'iu',
);
const RULE_REACH = 90;
const anyText = (text: string, at: number) => ANY_TEXT.test(text.slice(Math.max(0, at - RULE_REACH), at));

// A denial in a relative clause of the text has that clause's own subject ("a draft that Drava
// has not been shown"), and a passive denial its receiver after "to" ("a text not shown to Arvenia").
const RELATIVE_SUBJECT = new RegExp(
  `\\b(?:${TEXT_NOUNS})[ \\t]+(?:(?:that|which)[ \\t]+)?((?:[\\p{L}'’.-]+[ \\t]+){1,3}?)(?:(?:has|have|had|was|were|is|are|did|do|does)[ \\t]+)?$`,
  'iu',
);
const TO_RECEIVER = /^[ \t]+to[ \t]+([^,;.]{1,40})/;
function receiverOf(text: string, lacks: RegExpExecArray, roster: Roster, speakerParty?: string) {
  const to = TO_RECEIVER.exec(text.slice(lacks.index + lacks[0].length));
  if (to) return partyOf(to[1]!, roster, speakerParty);
  const rel = RELATIVE_SUBJECT.exec(text.slice(Math.max(0, lacks.index - NEAR), lacks.index));
  return rel ? partyOf(rel[1]!, roster, speakerParty) : undefined;
}

const textNear = (text: string, at: number, end: number) =>
  TEXT.test(text.slice(Math.max(0, at - NEAR), Math.min(text.length, end + NEAR)));

/** Whether a passage says a party has a text or was not shown it, and which party. */
export function readTextAccess(text: string, roster: Roster, speakerParty?: string): TextAccess | undefined {
  const allBut = ALL_BUT.exec(text);
  if (allBut && TEXT.test(text)) {
    const party = entityMentions(text.slice(allBut.index + allBut[0].length), roster)[0]?.party;
    if (party) return { party, has: false };
  }
  const lacks = LACKS.exec(text);
  if (lacks && textNear(text, lacks.index, lacks.index + lacks[0].length) && !anyText(text, lacks.index)) {
    const party =
      receiverOf(text, lacks, roster, speakerParty) ?? subjectBefore(text, lacks.index, roster, speakerParty);
    return party ? { party, has: false } : undefined;
  }
  const has = HAS.exec(text);
  if (has) {
    const party = subjectBefore(text, has.index, roster, speakerParty);
    if (party) return { party, has: true };
  }
  const by = RECEIVED_BY.exec(text);
  if (by) {
    const after = text.slice(by.index + by[0].length, by.index + by[0].length + 60);
    const party = partyOf(after.split(/[,;.]/)[0]!, roster);
    if (party) return { party, has: true };
  }
  return undefined;
}

export const accessOf = perPassage((p, roster) => readTextAccess(p.text, roster, p.speaker?.partyId));

/** Why two passages say one party has a text, or was not shown it, if they do. */
export function oneTextAccess(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [accessOf(a, roster), accessOf(b, roster)];
  if (!x || !y || x.party !== y.party || x.has !== y.has) return undefined;
  return x.has ? `${x.party} has the text` : `${x.party} was not shown the text`;
}
