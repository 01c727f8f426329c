// The stages a negotiated text passes through once talks end: the negotiators initial it,
// the principals sign it, parliaments ratify it. A source that says a stage was reached
// ("initialled on Wednesday", "the initialled text", "welcomes the initialling", "has been
// ratified") states one fact about the text, whatever else its sentence says; one that says
// a stage was not reached ("initialled, not signed", "not yet ratified") states its opposite.
// A stage still to come ("will sign", "to be signed by 31 March") is a plan or a deadline,
// which events and deadlines read: no stage reached.
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import { nounAsTime, pastFormUntold, ruleOfAnyText } from './stageUntold.ts';
import type { Roster } from './types.ts';
import { unassertedState } from './unassertedState.ts';

export type Stage = 'initial' | 'sign' | 'ratify';
export type Reached = 'done' | 'not';
/** What a passage says of one stage: reached or not, where, and by whom when it names them. */
export interface StageSaid {
  reached: Reached;
  /** The parties named in the clause before the stage's word: who initialled, signed, ratified. */
  by: Set<string>;
  /** The day its clause gives, when it names it ("on 10 March"): a weekday or "last week" is no day. */
  day?: string;
}

// Past forms: the stage as a verb or an adjective ("initialled the text", "the initialled text").
const DONE_FORM = /\b(?:(initial(?:l)?ed)|(signed)|(ratified))\b/gi;
// Noun forms: a stage reached only as what is welcomed or followed ("welcomes the initialling",
// "since the signing"); "the signing ceremony" and "what remains is the signature" are to come.
const NOUN_FORM =
  /\b(?:welcom\w*|after|since|following|upon)\s+(?:the|its|their)\s+(?:(initial(?:l)?ing)|(signing|signature)|(ratification))\b(?!\s+(?:ceremony|date|deadline))/gi;
// Just before a past form, what makes it a stage to come: a modal or an infinitive ("will be
// signed", "to be ratified", "can be signed in weeks"), or a clause of time or condition a few
// words back ("before the accord is signed", "once it is ratified").
const TO_COME =
  /\b(?:will|would|shall|should|must|can|could|may|might|to|be)\s+(?:\w+\s+)?$|\b(?:once|when|whenever|if|unless|until|before)\s+(?:[\w'’]+\s+){0,3}$/i;
// A past form after a determiner is an adjective of the text, a stage reached: "the initialled text".
const ATTRIBUTIVE = /\b(?:the|an?|its|this|their|our)\s+$/i;
// Just before a past form, its denial: "not signed", "never ratified", "has not been initialled".
const DENIED = /\b(?:not|never|nor|no longer)\b(?:\s+(?:yet|been|be|being|formally|even))*\s*$/i;

const STAGES: Stage[] = ['initial', 'sign', 'ratify'];
const stageOf = (m: RegExpMatchArray): Stage => STAGES[[m[1], m[2], m[3]].findIndex((x) => x !== undefined)]!;

// The clause before a stage's word, where its subject stands ("Arvenia ratified", "the
// delegations of Arvenia and Torvania initialled"): back to a stop, a semicolon or a colon.
const SUBJECT_REACH = 80;
const CLAUSE_BREAK = /[.;:!?][^.;:!?]*$/;

const clauseStart = (text: string, at: number): number => {
  const from = Math.max(0, at - SUBJECT_REACH);
  const cut = CLAUSE_BREAK.exec(text.slice(from, at));
  return cut ? from + cut.index + 1 : from;
};
const CLAUSE_END = /[.;:!?]/;
// A day named by its month or in digits, not by a weekday or a word of time resolved by guess.
const NAMED_DAY = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function dayOf(p: Passage, start: number, at: number): string | undefined {
  const rest = p.text.slice(at);
  const end = rest.search(CLAUSE_END);
  const clause = p.text.slice(start, end === -1 ? p.text.length : at + end);
  return findDates(clause, p.published).find((d) => !d.vague && NAMED_DAY.test(d.text))?.iso;
}

/** The stages a passage says the text reached, or did not. */
export const textStages = perPassage((p: Passage, roster: Roster): Map<Stage, StageSaid> => {
  const said = new Map<Stage, StageSaid>();
  const note = (stage: Stage, reached: Reached, at: number) => {
    const start = clauseStart(p.text, at);
    const by = new Set(entityMentions(p.text.slice(start, at), roster).map((e) => e.party));
    const day = dayOf(p, start, at);
    said.set(stage, { reached, by, ...(day ? { day } : {}) });
  };
  for (const m of allMatches(NOUN_FORM, p.text))
    if (!nounAsTime(p.text, m.index, clauseStart(p.text, m.index))) note(stageOf(m), 'done', m.index);
  // Where a rule of any text opens ("a truce is signed by equals or it is not signed at all"),
  // the rest of its sentence is the rule's too.
  let ruleEnd = -1;
  for (const m of allMatches(DONE_FORM, p.text)) {
    if (m.index < ruleEnd) continue;
    if (unassertedState(p.text, m.index, m[0].length)) continue;
    const start = clauseStart(p.text, m.index);
    if (ruleOfAnyText(p.text.slice(start, m.index))) {
      const stop = p.text.slice(m.index).search(/[.!?]/);
      ruleEnd = stop === -1 ? p.text.length : m.index + stop;
    }
    if (pastFormUntold(p.text, m.index, m[0].length, start)) continue;
    const before = p.text.slice(Math.max(0, m.index - 40), m.index);
    const stage = stageOf(m);
    if (DENIED.test(before)) note(stage, 'not', m.index);
    else if ((ATTRIBUTIVE.test(before) || !TO_COME.test(before)) && !said.has(stage))
      note(stage, 'done', m.index);
  }
  return said;
});

/**
 * The stage two passages both speak of, and whether they agree it was reached: both say it
 * was ("initialled on Wednesday" / "the initialled text"), or one says it was and the other
 * that it was not ("we signed" / "initialled, not signed"). Two parties named as who reached
 * it, none in common, are two acts: "Arvenia ratified" is not "Torvania ratified".
 */
export function oneStage(
  a: Passage,
  b: Passage,
  roster: Roster,
): { stage: Stage; agree: boolean; days: [string | undefined, string | undefined] } | undefined {
  const [sa, sb] = [textStages(a, roster), textStages(b, roster)];
  for (const [stage, x] of sa) {
    const y = sb.get(stage);
    if (y === undefined || (x.reached === 'not' && y.reached === 'not')) continue;
    if (x.by.size > 0 && y.by.size > 0 && ![...x.by].some((w) => y.by.has(w))) continue;
    return { stage, agree: x.reached === y.reached, days: [x.day, y.day] };
  }
  return undefined;
}
