// Trigger candidates: every trigger word of a sentence that names an event, in pattern order —
// the regex pass of TRIGGERS, with the context predicates that turn a match away.
// Split out of events.ts; moved verbatim.
import { neededTriggers, TRIGGERS } from './eventTriggers.ts';
import { namesOccasionsAsKind } from './genericOccasions.ts';
import { handedInPerson } from './handedInPerson.ts';
import { HANDED_TEXT, HANDING, handsAText, MADE_PUBLIC, publishesAText } from './handedTexts.ts';
import { CALENDAR_WORD } from './lexicon.ts';
import { recalledByPlace } from './recalledRounds.ts';
import { allMatches } from './regex.ts';
import {
  AS_A_TEXT,
  AUXILIARY_END,
  aheadOfItsOwn,
  BRIEFING_ITSELF,
  background,
  DENIED,
  DETERMINED,
  datesItself,
  HOST_AS_NOUN,
  ITSELF_BEFORE,
  MEETING_AS_VERB,
  MET_AS_PASSIVE,
  MET_AS_VERB,
  NOT_HELD,
  namesAnAgreement,
  namesSomeoneOrSomewhere,
  OFFICE_AFTER,
  OFFICE_BEFORE,
  PERSON_WELCOMED,
  PROCEDURAL_NOTE,
  PROCESS_FRAME,
  PROCESS_NOUN,
  receivedSomeone,
  SELF_REFERENCE,
  SIGNS_WHERE,
  SOMEONE_BEFORE,
  STATEMENT_SIGNED,
  SUPPOSED_TEXT,
  supposed,
  TEXT_MADE,
  TOPIC_OF,
  VENUE_AFTER,
  WHAT_WAS,
  welcomedSomeone,
} from './triggerContext.ts';
import type { EventClaimKind } from './types.ts';
import { noneIsPlanned } from './unheldEvents.ts';

/**
 * The triggers of a sentence, one per class, in the order they appear; a second of one class
 * only after "and again" ("met on Monday morning, and again over dinner").
 */
export interface Candidate {
  kind: EventClaimKind;
  index: number;
  word: string;
}

/**
 * Every trigger word of a sentence that names an event, in pattern order: the regex pass, run once.
 * `said` is the sentence with its quotations unmasked: a spokesman's quoted "no such plans" says so.
 */
export function candidates(
  sentence: string,
  said = sentence,
  asked: Uint8Array | undefined | null = null,
  byMediator: (at: number) => boolean = () => false,
): Candidate[] {
  // The word scan is the cheap pass: a sentence that holds no trigger word runs no pattern. The
  // patterns a window needs come from its text's one pass (`asked`, none when it holds no word).
  const needed = asked === null ? neededTriggers(sentence) : asked;
  if (!needed) return [];
  const found: Candidate[] = [];
  for (let i = 0; i < TRIGGERS.length; i++) {
    if (needed[i] !== 1) continue;
    const [kind, pattern, , accepts] = TRIGGERS[i]!;
    for (const m of allMatches(pattern, sentence)) {
      if (accepts && !accepts(sentence, m.index, m[0])) continue;
      // The word as plain lower case: the tests of which word matched are string comparisons.
      const word = m[0].toLowerCase();
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      // The cheap word tests first: the anchored patterns backtrack on every trigger.
      if (/\b(?:not|never|no)\b|n't/i.test(before) && DENIED.test(before)) continue;
      if (
        /\b(?:until|till|pending|ahead|following|after|before|during|close|conclusion|end|start|opening)\b/i.test(
          before,
        ) &&
        background(before) &&
        !datesItself(`${before}${m[0]}`, sentence.slice(m.index + m[0].length)) &&
        !aheadOfItsOwn(before, sentence.slice(m.index + m[0].length)) &&
        !recalledByPlace(before, m[0], sentence.slice(m.index + m[0].length))
      )
        continue;
      const near = before.slice(-40);
      if (/(?:this|these|present|above|that|the)\s+$/i.test(near) && SELF_REFERENCE.test(near)) continue;
      if (kind === 'statement' && /\b(?:following|text of|welcom)/i.test(near) && ITSELF_BEFORE.test(near))
        continue;
      if (word === 'meeting' && MEETING_AS_VERB.test(sentence.slice(m.index))) continue;
      // "Al-Noor Conference Palace", "the Congress Centre": a venue's name, not a meeting.
      if (word === 'conference' && VENUE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      if (
        word === 'conference' &&
        (OFFICE_AFTER.test(sentence.slice(m.index + m[0].length)) || OFFICE_BEFORE.test(before))
      )
        continue;
      if (PROCEDURAL_NOTE.test(sentence.slice(m.index))) continue;
      // "will act as an impartial host", "interpreted by the host": the host named, not hosting.
      if ((word === 'host' || word === 'hosts') && HOST_AS_NOUN.test(near)) continue;
      if (/\b(?:rul|refus|declin|unwilling|call|demand|reject)/i.test(near) && NOT_HELD.test(near)) continue;
      // "There are no plans for a meeting", "a visit is not on the agenda": no event is reported.
      if (noneIsPlanned(said, m.index, m[0])) continue;
      if (/\b(?:if|unless|should|were)\b/i.test(before) && supposed(sentence.slice(0, m.index))) continue;
      if (kind === 'statement' && BRIEFING_ITSELF.test(sentence.slice(m.index + m[0].length))) continue;
      if (PROCESS_NOUN.test(m[0]) && /\b(?:on|about|regarding)\b/i.test(near) && TOPIC_OF.test(near))
        continue;
      if (
        kind === 'statement' &&
        /\b(?:to|with|under|in|of)\s+(?:the|this|that|its|their)\s/i.test(near) &&
        AS_A_TEXT.test(near) &&
        !TEXT_MADE.test(sentence.slice(m.index + m[0].length))
      )
        continue;
      if (
        (word === 'meet' || word === 'meets' || word === 'met') &&
        (MET_AS_VERB.test(sentence.slice(m.index)) || MET_AS_PASSIVE.test(sentence.slice(0, m.index)))
      )
        continue;
      if (
        PROCESS_NOUN.test(m[0]) &&
        /\b(?:basis|conditions|prospect|close|familiar|conclude|complete|finali|wrap)/i.test(near) &&
        PROCESS_FRAME.test(near)
      )
        continue;
      const after = sentence.slice(m.index + m[0].length);
      // "at every meeting since March", "meetings like this one": a kind of occasion, none held.
      if (namesOccasionsAsKind(before, m[0], after)) continue;
      if (!namesSomeoneOrSomewhere(m[0].trim(), after)) continue;
      if (word.startsWith('receiv') && kind !== 'visit' && !receivedSomeone(after)) continue;
      // In the passive the one received is the subject: "the proposal was received in Kessel" is no guest.
      if (
        word === 'received' &&
        AUXILIARY_END.test(before) &&
        !SOMEONE_BEFORE.test(before.replace(AUXILIARY_END, ''))
      )
        continue;
      // "A reply is expected in April": a month is no place to be received or expected in.
      // Nor is a text or the weather a guest: "The proposal was received in Kessel with dismay".
      if (
        kind === 'visit' &&
        (word.startsWith('received ') || word.startsWith('expected ')) &&
        (CALENDAR_WORD.test(m[0].split(' ')[2] ?? '') ||
          !SOMEONE_BEFORE.test(before.replace(AUXILIARY_END, '')))
      )
        continue;
      // "the written proposals received from Obravia", "the revised text received by the delegation":
      // what was received is a text, handed over, not a guest.
      if (word === 'received' && /^\s+(?:from|by)\b/i.test(after) && HANDED_TEXT.test(near.slice(-30)))
        continue;
      if (
        (word.startsWith('welcom') || word.startsWith('greet')) &&
        !welcomedSomeone(after) &&
        !PERSON_WELCOMED.test(before)
      )
        continue;
      // "ready to sign in Port Eldin on 6 April": the bare verb signs where a place's capital, or a
      // day, follows; not "sign in good faith", nor a question ("Will the Prime Minister sign in Qadira?").
      if (kind === 'meeting' && word === 'sign' && (!SIGNS_WHERE.test(after) || /\?\s*$/.test(sentence)))
        continue;
      if (
        kind === 'meeting' &&
        (word.startsWith('sign') || word.startsWith('countersign')) &&
        !namesAnAgreement(m[0])
      )
        continue;
      // "the joint statement signed on Friday": the statement's record, which its own pattern reads.
      if (
        kind === 'meeting' &&
        (word === 'signed' || word === 'countersigned') &&
        STATEMENT_SIGNED.test(before)
      )
        continue;
      // "the initialled text" describes a text; "a deal initialled there would ..." supposes one.
      if (
        word.startsWith('initial') &&
        /^initial\w*ed$/i.test(m[0]) &&
        (DETERMINED.test(near) || SUPPOSED_TEXT.test(sentence))
      )
        continue;
      // "that is not what was initialled": what was signed is the text, not the occasion.
      if ((word.startsWith('sign') || word.startsWith('initial')) && WHAT_WAS.test(near)) continue;
      if (HANDING.test(m[0]) && !handsAText(before, after)) continue;
      if (MADE_PUBLIC.test(m[0]) && !publishesAText(m[0], before, after)) continue;
      // "Yesterday I was in Draskow", "On Monday the Minister was at Kell Ford", a timeline's "the next
      // day Carrow is in Mostyn": someone was there,
      // not "Today the answer is in Kessel".
      if (
        kind === 'visit' &&
        /^(?:am|is|are|was|were|will be) (?:in|at) /i.test(m[0]) &&
        !SOMEONE_BEFORE.test(before)
      )
        continue;
      // One word, one event: "signed the accord" is the signing, not a statement as well.
      if (found.some((c) => c.index === m.index)) continue;
      found.push({
        kind: handedInPerson(m[0], after, sentence.slice(0, m.index), byMediator(m.index)) ? 'meeting' : kind,
        index: m.index,
        word: m[0],
      });
    }
  }
  return found;
}
