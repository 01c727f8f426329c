// The clause of a sentence that tells of one event: the event's own word (its trigger) and the
// words around it up to the next part of the sentence, which may report another event.

import { allMatches } from './regex.ts';

// The words of each class an event is named by: its trigger in the clause.
export const TRIGGERS: Record<string, RegExp> = {
  meeting:
    /\b(?:met|meet|meets|meeting|meetings|talks|negotiations?|sessions?|plenary|summit|round|consultations?|dinner|lunch|breakfast|conference|reconvene\w*|received|receives|hosted|hosts|gathered|discussions|sign(?:s|ed|ing)?|signature|countersign(?:s|ed|ing)?|initial(?:l?ed|l?ing)|council|assembly|cabinet)\b/gi,
  call: /\b(?:(?:tele)?phon\w*|calls?|conversations?|spoke|spoken|speaks?|videoconference)\b/gi,
  visit: /\b(?:visit\w*|travel\w*|arriv\w*|landed|lands|flew|tour|trip)\b/gi,
  statement: /\b(?:statement|readout|communiqu\w*|brief\w*|press conference|signed|signing|assessment)\b/gi,
  deadline: /\b(?:by|deadline|within|open\w*|sign\w*|until|no later than)\b/gi,
};
// Where one part of a sentence ends and another, which may report another event, begins. What a
// clause is "ahead of" is an event to come of its own, not of the clause's subject; what it
// comes ", after" went before it ("X will withdraw, after a call on Saturday"): the call is no plan.
const BOUNDARY =
  /;|:\s|\sahead of\s|\s[—–-]\s|,\s+(?:and|but|while|whereas|when|once|after)\b|\band again\b|,\s+(?:a|an|one|two|three|four|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b/gi;
const RELATIVE = /^\s*(?:who|which|whose|where)\b/i;

export interface Clause {
  text: string;
  /** The words that say whose event it is: a noun's own ("the leaders' call", "the meeting of experts"), a verb's subject. */
  phrase: string;
  /** The word the event is named by in the clause. */
  trigger: string;
  /** Whether the claim's date is said of this event: no event of another class is named between them. */
  ownDate: boolean;
}

/**
 * The clause of `text` around the event's trigger — the `nth` of its class in the sentence
 * when the sentence reports several, else the one nearest the date the claim was given, in
 * the same part of the sentence: that part, with the segments before the trigger (its
 * subject) but not a relative clause about something else ("The ministers, who had not met
 * since the leaders' call, met on Monday"), the segment holding its date, and the place or
 * time said after it (", in Vessingen").
 */
const WITHOUT = /\b(?:without|no)\s+(?:an?\s+|any\s+)?$/i;

export function clauseOf(text: string, cls: string, dateText: string | undefined, nth = 0): Clause {
  const dateAt = dateText ? text.indexOf(dateText) : -1;
  const parts: [number, number][] = [];
  let from = 0;
  for (const b of allMatches(BOUNDARY, text)) {
    parts.push([from, b.index]);
    from = b.index + b[0].length;
  }
  parts.push([from, text.length]);
  const partOf = (i: number) => parts.find(([s, e]) => i >= s && i < e) ?? parts[0]!;
  // "ended without a signature": a word denied names no occasion of the clause.
  const all = oneNamingEach(
    allMatches(TRIGGERS[cls] ?? TRIGGERS.meeting!, text).filter(
      (t) => !WITHOUT.test(text.slice(Math.max(0, t.index - 16), t.index)),
    ),
    text,
  );
  const datePart = dateAt === -1 ? undefined : partOf(dateAt);
  const inPart = datePart ? all.filter((t) => t.index >= datePart[0] && t.index < datePart[1]) : [];
  const triggers = inPart.length > 0 ? inPart : all;
  const near = (i: number) => (dateAt === -1 ? i : Math.abs(i - dateAt));
  // The nth event of its class in the sentence is told by one of the words from the nth on: the
  // one nearest its own day, where it has one ("ended without a signature, with the delegations
  // agreeing to meet again on 27 March": "meet", not the signature that was not made).
  const later = all.slice(Math.min(nth, all.length - 1));
  const trigger =
    nth > 0 && all.length > 1
      ? dateAt === -1
        ? later[0]
        : later.reduce((best, t) => (near(t.index) < near(best.index) ? t : best))
      : triggers.reduce<RegExpExecArray | undefined>(
          (best, t) => (best === undefined || near(t.index) < near(best.index) ? t : best),
          undefined,
        );
  const at = trigger?.index ?? Math.max(0, dateAt);
  const [start, end] = partOf(at);
  // Segments between commas: keep the trigger's, the date's, those between, and the subject before.
  const segments: [number, number][] = [];
  let seg = start;
  for (const c of allMatches(/,\s*/g, text.slice(start, end))) {
    segments.push([seg, start + c.index]);
    seg = start + c.index + c[0].length;
  }
  segments.push([seg, end]);
  const index = (i: number) => segments.findIndex(([s, e]) => i >= s && i < e);
  const ti = Math.max(0, index(at));
  const di = dateAt >= start && dateAt < end ? index(dateAt) : ti;
  const [lo, hi] = [Math.min(ti, di), Math.max(ti, di)];
  const said = (i: number) => text.slice(segments[i]![0], segments[i]![1]);
  // "Kaldor welcomed the Accord, signed in Sorrance by Valcourt": a participle that opens its
  // segment describes the noun before it, and the sentence's subject is not its agent. One
  // with an object is the sentence's own verb after its subject's apposition ("the President,
  // Livia Sarkany, and the Prime Minister, Tariq Vedrenne, signed the Memorandum").
  const reduced =
    segments[ti]![0] === at &&
    /ed$/i.test(trigger?.[0] ?? '') &&
    !HAS_OBJECT.test(text.slice(at + (trigger?.[0].length ?? 0)));
  const kept = segments.filter(
    (_, i) =>
      (i >= lo && i <= hi) ||
      (i < lo && !reduced && !RELATIVE.test(said(i))) ||
      (i === hi + 1 && ADVERBIAL.test(said(i))),
  );
  const word = trigger?.[0] ?? '';
  const isVerb = VERB.test(word);
  // "The advisers held a call", "the ministers had a meeting": a noun after a light verb has
  // the verb's subject for its own, beside its own words ("held a joint press conference").
  const light = !isVerb && LIGHT_VERB.test(text.slice(Math.max(start, at - 20), at));
  const triggerEnd = at + word.length;
  const before = text
    .slice(Math.max(start, at - 40), at)
    .trim()
    .split(/\s+/)
    .slice(-4)
    .join(' ');
  const after = text
    .slice(triggerEnd, Math.min(end, triggerEnd + 30))
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  return {
    text: kept.map(([s, e]) => text.slice(s, e)).join(', '),
    // A verb's subject says who met ("the experts will meet"); a noun's own words say whose it is.
    phrase: isVerb
      ? text.slice(Math.max(start, at - 80), at)
      : `${light ? text.slice(Math.max(start, at - 80), at) : before} ${word}${/^of\b/i.test(after) ? ` ${after}` : ''}`,
    trigger: word,
    // A day the sentence does not name is its document's, and no other event of it owns it.
    ownDate: dateAt === -1 || !otherEventBetween(text, cls, at, dateAt),
  };
}

/**
 * Whether an event of another class is named between an event's word and a date: "prepared the
 * round in a telephone call on Sunday" dates the call, not the round.
 */
function otherEventBetween(text: string, cls: string, at: number, dateAt: number): boolean {
  const between = text.slice(Math.min(at, dateAt), Math.max(at, dateAt));
  return OTHER_EVENTS.some(([c, re]) => c !== cls && re.test(between));
}
// The triggers of the classes that name occasions, without the global flag: tested, not scanned.
const OTHER_EVENTS = (['meeting', 'call', 'visit'] as const).map(
  (c) => [c, new RegExp(TRIGGERS[c]!.source, 'i')] as const,
);
/**
 * Triggers that name one event together ("spoken by telephone", "a telephone conversation",
 * "phone call") count once, so that the second event of a sentence is its second naming.
 */
function oneNamingEach(triggers: RegExpExecArray[], text: string): RegExpExecArray[] {
  return triggers.filter((t, i) => {
    const prev = triggers[i - 1];
    return !prev || !JOINED.test(text.slice(prev.index + prev[0].length, t.index));
  });
}
// What may stand between two words naming one event: a space, "by", "a", "the".
const JOINED = /^\s*(?:(?:by|a|an|the|over the)\s+)?$/i;
// What opens a verb's object: a determiner. A participle describing a noun goes on with "in",
// "by", "on" or a day, never with an object of its own.
const HAS_OBJECT = /^\s+(?:the|a|an|its|their|his|her|our|this|these|those|both)\b/i;
// A segment that only says where or when: ", in Vessingen", ", on 14 November".
const ADVERBIAL = /^\s*(?:in|at|on|from|under)\b/i;
const LIGHT_VERB = /\b(?:held|hold|holds|had|have|has)\s+(?:a|an|their|its)?\s*(?:\S+\s+)?$/i;
// Triggers that are verbs: their subject, before them, says who met.
const VERB =
  /^(?:met|meet|meets|signs|signed|countersign(?:s|ed)|initiall?ed|received|receives|hosted|hosts|gathered|spoke|spoken|speaks?|reconvene\w*|visit(?:s|ed)?|travel\w*|arriv\w*|landed|lands|flew|phoned|telephoned)$/i;
