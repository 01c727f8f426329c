// The order of signature: who signs an accord first, or whether the parties sign at the same
// time. Sources state it in their own words — "Arvenia would sign first and Torvania second",
// "first by Arvenia, then by Torvania", "both sides sign simultaneously", "together, on the same
// day" — and argue over it as a matter of standing, so two passages that give it alike are
// about one thing however few other words they share. Whether the order is still open is a
// third claim of the same frame ("the order of signature remains to be settled").
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import { perPassage } from './linkSupport.ts';
import { NONE_AGREED } from './noneAgreed.ts';
import type { Passage } from './passages.ts';
import { jointSigners, partiesAsGroup, partiesNotPlaces } from './signerGroups.ts';
import { listedFirstSigner } from './signingOrderList.ts';
import type { Roster } from './types.ts';

export interface SigningOrder {
  /** The party said to sign first. */
  first?: string;
  /** The parties are said to sign at one time. */
  together?: boolean;
  /** The order is named as a question of its own, neither answer given. */
  question?: boolean;
  /** The order is said to be settled (true) or still open (false). */
  settled?: boolean;
  /** The parties as one group sign before the others ("first by the two Parties, followed by"). */
  partiesFirst?: boolean;
  /** A signer's place after the first is told ("Norland signs fourth", "the last to sign"). */
  placed?: boolean;
}

const SIGN = /\bsign(?:s|ed|ing|ature|atures)?\b/i;
// "sign first", "sign the agreement first, followed by": a first that is not a noun's ("the first round").
const SIGNS_FIRST =
  /\bsign(?:s|ed|ing)?\b(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+first\b(?![ \t]+(?!(?:and|then|as|followed|with|this|on|in|at|yesterday|today|tonight|before|ahead)\b)\p{L})/iu;
// A place after the first: "signs fourth", "will sign last", "the second to sign". Not an
// ordinal of a noun ("signed the second protocol", "sign last year's text").
// Nor a compound ("second-hand"), another verb ("the last to sign up"), a last that is a
// time ("signed last, in 2019") or the last to sign something not a text ("the guest book").
const OBJECT_NOT_TEXT = String.raw`[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?!(?:[^\s.;:,]+[ \t]+){0,3}(?:accord|agreement|text|treaty|deal|framework|protocol|document|declaration|memorandum|charter|convention)\b)`;
const SIGNS_PLACE = new RegExp(
  String.raw`\bsign(?:s|ed|ing)?[ \t]+(?:second|third|fourth|fifth|sixth|last)\b(?![-'’])(?![ \t]+(?!(?:and|then|as|after|before|followed|with|on|in|at)\b)\p{L})(?![ \t]*,?[ \t]+in[ \t]+\d{4}\b)|\bthe[ \t]+(?:second|third|fourth|fifth|sixth|last)[ \t]+to[ \t]+sign\b(?![ \t]+(?:up|off|on|in|for)\b)(?!${OBJECT_NOT_TEXT})`,
  'iu',
);
// "first by Arvenia", "Arvenia first, then Torvania": the signer named beside "first".
const FIRST_BY = /\bfirst by\b/i;
const FIRST_THEN = /[ \t]+first\s*,?\s+(?:then|followed by|and then)\b/i;
// At one time: "sign simultaneously", "signed by the Parties at the same time", "we will sign in
// good faith, but together", "simultaneous signing".
const TOGETHER =
  /\bsign(?:s|ed|ing)?\b(?:[ \t]+[\p{L}'’-]+){0,4}?[ \t]*,?[ \t]+(?:(?:but|and)[ \t]+)?(?:simultaneously|at the same (?:time|moment|table)|together(?![ \t]+with\b)|on the same day|side by side)\b|\bsimultaneous(?:ly)?[ \t]+sign/iu;
// "Tarsenne was the first to put its name to the document", "Arvenia became the first to sign".
const FIRST_TO_SIGN =
  /\b(?:was|were|became|is|will be|would be)[ \t]+the[ \t]+first[ \t]+(?:party[ \t]+|side[ \t]+|one[ \t]+)?to[ \t]+(?:sign|initial|put[ \t]+(?:its|their|his|her)[ \t]+(?:name|signature)s?[ \t]+(?:to|under|on)|affix[ \t]+(?:its|their|his|her)[ \t]+signatures?)\b/i;
// "The order in which the sides are to sign", "… they sign the accord", "… the text is signed": the
// parties' own signing, not a verb of theirs followed by "to sign" ("arrived to sign the guest
// book") nor a signing of something else.
const TEXT_SIGNED = String.raw`(?<!(?<!\b(?:are|is|was|were)\s)\bto\s)\bsign(?:s|ed)?\b(?![ \t]+(?:the|a|an|its|their|this|that|his|her)[ \t]+(?!(?:[^\s.;:,]+[ \t]+){0,3}(?:accord|agreement|text|treaty|deal|framework|protocol|document|declaration|memorandum|charter|convention)\b))`;
const QUESTION = new RegExp(
  String.raw`\border of (?:the )?(?:signature|signing)s?\b|\bsigning order\b|\bin (?:what|which) order\b|\bthe order in which\b[^.;:]{0,40}?${TEXT_SIGNED}|\b(?:who|which (?:party|side|state|country|delegation)) (?:signs|will sign|should sign|is to sign|would sign) first\b`,
  'i',
);
// Whether the order is settled: "the order of signature has been settled", "It has been agreed
// that Arvenia signs first", "order of signature agreed:" — or still open: "who signs first is
// not settled", "the signing order has not even been discussed", "remains to be agreed".
// "One thing we did agree is the order of signatures: …" names the order as what was agreed, as
// does the order as the object of the verb ("the parties agreed the order of signature: …") unless
// a negation stands before the verb ("never agreed the order").
const SETTLED =
  /\b(?:has|have|had|was|were|is|are) (?:now |already |been )*(?:settled|agreed|decided|fixed|confirmed)\b|(?<!\b(?:never|not|nor|neither)\s+|n['’]t\s+)\b(?:agreed|settled|fixed|decided)(?: on| upon)? (?:the|an|their) (?:order of (?:the )?sign|signing order)|\b(?:did agree|agreed)\b[^.;:]{0,40}?\b(?:is|was) the order of (?:the )?sign|\b(?:signatures?|signing) (?:order )?(?:agreed|settled|confirmed)\s*:|\bagreed that\b[^.;]{0,60}\bsign|\bagreed\b[^.;:]{0,40}?\bon the order (?:of|in which)\b|(?<!\bno )\border of (?:the )?signatures? (?:settled|agreed|fixed|decided) (?:in|at|by|on)\b/i;
// Nor is an order no one is said to have agreed ("Nobody has agreed who signs first"), or one a
// party denies was settled ("rejected reports that the order had been settled"): the denial's
// words hold "agreed" or "settled" in positive form.
const NO_ONE_AGREED = String.raw`\b(?:nobody|no one|no-one|neither (?:side|party))\s+(?:has|have|had|is|was)\s+(?:yet\s+|ever\s+|so far\s+)?(?:been\s+)?(?:settled|agreed|decided|fixed)\b`;
const DENIED_SETTLED = String.raw`\b(?:(?:reject|denie|deny|dismiss|refute)\w*\s+(?:(?:the\s+)?(?:reports?|claims?|suggestions?|assertions?|accounts?)\s+)?|(?:untrue|false|not true)\s+)that\b[^.;:]{0,80}?\b(?:settled|agreed|decided|fixed)\b`;
// Still talked over, said of the order itself in its own clause ("the order of signature and the
// list of parties are being discussed", "still work going on, including on the order of
// signature"), not of another matter named beside a settled order ("the annex is still being
// discussed"). An answer's "that" or "it" stands for the order its question asked about.
const TALKED_OVER = String.raw`(?:is|are)\s+(?:a\s+(?:matter|question)\s+)?(?:still\s+)?(?:being\s+(?:discussed|negotiated|worked\s+out)|under\s+(?:discussion|negotiation))`;
const THE_ORDER = String.raw`\b(?:order\s+of\s+(?:the\s+)?signatures?|signing\s+order|who\s+signs\s+first)\b`;
// A gap within one clause: no other verb's subject, no "but".
const SAME_CLAUSE = String.raw`(?:(?!\b(?:but|while|whereas|though|although|is|are|was|were|has|have|had)\b)[^.;:]){0,60}?`;
const ORDER_TALKED_OVER = new RegExp(
  String.raw`${THE_ORDER}${SAME_CLAUSE}\b${TALKED_OVER}\b|\bstill\s+work\s+(?:going\s+on|under\s+way|to\s+(?:do|be\s+done))\b[^.;:]{0,60}?\bon\s+(?:the\s+)?${THE_ORDER}`,
  'iu',
);
const ANSWER_TALKED_OVER = new RegExp(String.raw`^\W*(?:that|it|this)\s+${TALKED_OVER}\b`, 'iu');
const OPEN = new RegExp(
  `\\b(?:not (?:yet |been |even been )*(?:settled|agreed|decided|discussed|fixed)|(?:remains?|is still|are still) (?:open|undecided|unsettled|to be (?:settled|agreed|decided|discussed))|undecided|unsettled)\\b|${NO_ONE_AGREED}|${DENIED_SETTLED}|${NONE_AGREED}`,
  'iu',
);

/** The party a stretch of text names last: by name, person, adjective, or "we" for the speaker. */
function lastParty(text: string, roster: Roster, speakerParty?: string): string | undefined {
  const named = partiesNotPlaces(text, entityMentions(text, roster)).at(-1)?.party;
  if (named) return named;
  const byAdjective = [...partiesByAdjective(text, roster)];
  if (byAdjective.length === 1) return byAdjective[0];
  return /\b(?:we|our)\b/i.test(text) ? speakerParty : undefined;
}

// Where the subject of a verb of signing starts: after "that", "said", a semicolon or a colon, or
// after the comma that closes a clause put before it ("After Torvania objected, the hosts will be
// the first to sign"): a party named in that clause is not the signer.
const CLAUSE_OPENS =
  /[;:]|\b(?:that|said|says|insisted|added|stressed)\b|\b(?:after|once|when|while|although|though|since|because|before|until|unless|if)\b[^,;:.!?]{1,100},/gi;
/**
 * The party that is the subject of the clause a verb of signing ends: "an Ondrian diplomat
 * insisted that the hosts sign first" names no party as signer (the hosts); "Dalvany has said it
 * will sign first" names Dalvany through "it"; "Arvenia, as the state that bears the cost,
 * expects to sign first" names Arvenia.
 */
function subjectParty(before: string, roster: Roster, speakerParty?: string): string | undefined {
  const opens = [...before.matchAll(CLAUSE_OPENS)].at(-1);
  const clause = opens ? before.slice(opens.index + opens[0].length) : before;
  if (jointSigners(clause, entityMentions(clause, roster))) return undefined;
  const named = lastParty(clause, roster, speakerParty);
  if (named || !opens) return named;
  // A clause opening on a noun of its own ("the hosts") has that subject; one opening on a
  // pronoun or a verb ("it will", "bears the cost …, expects to") goes back to the party named.
  return /^\s*(?:the|a|an|its|their|our|his|her|this|these|those)\s+\p{L}/iu.test(clause)
    ? undefined
    : lastParty(before, roster, speakerParty);
}

/** The first party named in a stretch of text. */
const firstParty = (text: string, roster: Roster) => entityMentions(text, roster)[0]?.party;

// A briefing's or newsletter's item headed by its question ("Who signs first: Norland will, our
// sources say"): the answer after the label gives the order, the label only names it. Labels
// said over and over are stepped past in one pass: the text is the user's, so no reading again.
const ASKED_LEAD = new RegExp(String.raw`[\s\p{P}]*(?:${QUESTION.source})[ \t]*[:?][ \t]+(?=\S)`, 'iuy');
/** The answer after the questions that head the passage as its label, or the whole text. */
function answerOf(text: string): string {
  let at = 0;
  ASKED_LEAD.lastIndex = 0;
  while (ASKED_LEAD.exec(text)) at = ASKED_LEAD.lastIndex;
  return text.slice(at);
}
// An answer that opens by saying no one knows ("nobody knows, but Torvania hopes to sign first",
// "still unclear, though …") leaves the question open, whatever hope or wish it goes on to tell.
const UNKNOWN =
  /\b(?:nobody|no one|no-one) (?:knows|can say)\b|\bunclear\b|\bnot (?:yet )?(?:known|clear)\b|\b(?:anyone|anybody)['’]s guess\b|^\W*(?:still |wide )?open\b/i;
const answersOpen = (answer: string) => {
  const lead = /^[^,;.]*/.exec(answer)![0];
  return OPEN.test(lead) || UNKNOWN.test(lead);
};

/** An order of signature and the text it was read from: a labelled item's answer, or the whole passage. */
interface OrderReading {
  order: SigningOrder;
  read: string;
}

function readingOf(text: string, roster: Roster, speakerParty?: string): OrderReading | undefined {
  const answer = answerOf(text);
  if (answer !== text) {
    if (answersOpen(answer)) return { order: { question: true, settled: false }, read: answer };
    const told = orderIn(answer, roster, speakerParty);
    if (told?.first || told?.together) return { order: told, read: answer };
  }
  const order = orderIn(text, roster, speakerParty);
  return order && { order, read: text };
}

/** What a passage says of the order of signature, if it says anything. */
export function readSigningOrder(
  text: string,
  roster: Roster,
  speakerParty?: string,
): SigningOrder | undefined {
  return readingOf(text, roster, speakerParty)?.order;
}

/** What a stretch of text, read whole, says of the order. */
function orderIn(text: string, roster: Roster, speakerParty?: string): SigningOrder | undefined {
  if (!SIGN.test(text) && !FIRST_TO_SIGN.test(text)) return undefined;
  const order = firstSigner(text, roster, speakerParty);
  if (!order || order.together) return order;
  // Settled or open is said of the order itself, or of one signer's going first ("agreed that").
  if (OPEN.test(text) || ORDER_TALKED_OVER.test(text)) return { ...order, settled: false };
  if (SETTLED.test(text) || toldAsFixed(text, order)) return { ...order, settled: true };
  // The order as the last of a list of topics ("talks on the dam, the quota and the order of
  // signature") is named, not told: settled or open, it would have said so above.
  if (order.question && listedTopic(text)) return undefined;
  return order;
}

// A list of topics is noun phrases or questions joined by commas, the last before "and"/"or"
// ("the crossings, the quota and the order of signature", "what it says, who drafted it and who
// signs first"); a comma then "and" of two clauses ("stalled, and over who signs first") is no list.
const ITEM = String.raw`(?:(?:on|about|over|including)\s+)?(?:the|a|an|its|their|our|his|her|what|who|how|when|where|whether|which)\s+[^,;.:]{1,40}?`;
const LISTED_BEFORE = new RegExp(
  String.raw`,\s+${ITEM}\s+(?:and|or|as well as)\s+(?:on\s+|about\s+|over\s+)?(?:the\s+)?(?:question\s+of\s+)?$`,
  'i',
);
// A relative clause after the list's last item tells more of the order ("…, which Varin refuses to discuss").
const TOLD_AFTER = /^\s*,?\s*(?:which|that|who|where)\b/i;
const listedTopic = (text: string) => {
  const m = QUESTION.exec(text);
  return (
    m !== null &&
    LISTED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) &&
    !TOLD_AFTER.test(text.slice(m.index + m[0].length))
  );
};

// A first signer told as the text's fixed course ("the framework will be signed first by Arvenia",
// "will be signed in the following order: first by …") gives the order as settled; told as a
// party's own intent ("we will sign first"), wish, proposal or claim ("expects to sign first",
// "would sign first", "has proposed that …") it is a position. Told as past ("was signed first
// by") it is what happened, which an order still open before the day does not deny.
const WILL_SIGN = /\b(?:will|shall|(?:is|are) to)\s+be\s+signed\b/i;
const WISHED =
  /\b(?:wants?|wanted|insists?|insisted|expects?|expected|propos\w*|demands?|demanded|prefers?|preferred|would|wish\w*|hopes?|hoped|asks?|asked|press\w*|push\w*|should|must|seeks?|sought|suggest\w*|calls? for|says?|said|claims?|claimed|if)\b/i;
const toldAsFixed = (text: string, order: SigningOrder) =>
  order.first !== undefined && WILL_SIGN.test(text) && !WISHED.test(text);

// An answer led by "that" or "it" ("That has not been agreed.") is about what the question or
// the sentence before it asked: the order of signature, where that names it.
const ANSWER_OPENS = /^\W*(?:that|it|this)\b/i;
function answerOnOrder(p: Passage, roster: Roster): SigningOrder | undefined {
  const before = p.antecedents?.[0];
  if (!before || !ANSWER_OPENS.test(p.text)) return undefined;
  const asked = readSigningOrder(before, roster);
  if (!asked || asked.together) return undefined;
  if (OPEN.test(p.text) || ANSWER_TALKED_OVER.test(p.text)) return { question: true, settled: false };
  return SETTLED.test(p.text) ? { question: true, settled: true } : undefined;
}

// How far back the subject of "will be the first to sign" may stand: past an aside on the party
// ("Arvenia, as the state that bears the cost of the dam, will be the first to sign").
const SUBJECT_REACH = 120;

function firstSigner(text: string, roster: Roster, speakerParty?: string): SigningOrder | undefined {
  const firstTo = FIRST_TO_SIGN.exec(text);
  const firstToParty =
    firstTo &&
    subjectParty(text.slice(Math.max(0, firstTo.index - SUBJECT_REACH), firstTo.index), roster, speakerParty);
  if (firstToParty) return { first: firstToParty };
  if (TOGETHER.test(text)) return { together: true };
  const by = FIRST_BY.exec(text);
  const byWhom = by ? text.slice(by.index + by[0].length, by.index + by[0].length + 60) : '';
  if (by && partiesAsGroup(byWhom)) return { partiesFirst: true };
  const byParty = by && firstParty(byWhom, roster);
  if (byParty) return { first: byParty };
  const then = FIRST_THEN.exec(text);
  const beforeThen = then ? text.slice(Math.max(0, then.index - 40), then.index) : '';
  const thenParty =
    then &&
    !jointSigners(beforeThen, entityMentions(beforeThen, roster)) &&
    lastParty(beforeThen, roster, speakerParty);
  if (thenParty) return { first: thenParty };
  const signs = SIGNS_FIRST.exec(text);
  const signer = signs && subjectParty(text.slice(0, signs.index), roster, speakerParty);
  if (signer) return { first: signer };
  const listed = listedFirstSigner(text, roster, (before) => subjectParty(before, roster, speakerParty));
  if (listed) return { first: listed };
  if (QUESTION.test(text)) return { question: true };
  if (SIGNS_PLACE.test(text)) return { placed: true };
  return undefined;
}

const readingOfPassage = perPassage((p, roster): OrderReading | undefined => {
  const reading = readingOf(p.text, roster, p.speaker?.partyId);
  if (reading) return reading;
  const answered = answerOnOrder(p, roster);
  return answered && { order: answered, read: p.text };
});

export const signingOrderOf = (p: Passage, roster: Roster) => readingOfPassage(p, roster)?.order;

// A text told by its name or year ("the Kessel accord", "the 1998 river convention"): two
// passages naming two such texts tell two orders, however alike their words.
const NAMED_TEXT =
  /((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,3}(?:\d{4}|(?!(?:The|This|That|An?|Its|Their|Our|Each|Every|Any)\b)\p{Lu}[\p{L}'’-]+))[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:[Aa]ccord|[Aa]greement|[Tt]reaty|[Pp]rotocol|[Cc]onvention|[Mm]emorandum|[Dd]eclaration|[Cc]harter)\b/gu;
const textNames = perPassage(
  (p) =>
    new Set(
      [...p.text.matchAll(NAMED_TEXT)]
        .flatMap((m) => m[1]!.toLowerCase().split(/[ \t]+/))
        .filter((w) => !/^(?:the|this|that|an?|its|their|our)$/.test(w)),
    ),
);
/** Both passages name a text, and no name word is shared. */
function twoTexts(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [textNames(a, roster), textNames(b, roster)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** What a reading tells of the order, for the link's reason. */
const partTold = (o: SigningOrder) =>
  o.first
    ? `${o.first} first`
    : o.together
      ? 'all at one time'
      : o.partiesFirst
        ? 'the parties first'
        : o.settled !== undefined
          ? `the order ${o.settled ? 'settled' : 'open'}`
          : o.placed
            ? 'a later place'
            : 'the order asked';

/**
 * Why two passages are about one order of signature: the same party first, both at one time,
 * both the order as an open question — or any two other things told of it (a first signer and
 * the order said settled, a later place and the order still open). Every claim about one text's
 * order is one thing (the corpus ruling of session 40): sources tell it by one place each. Of two
 * texts named apart, the orders are two.
 */
export function oneSigningOrder(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [signingOrderOf(a, roster), signingOrderOf(b, roster)];
  if (!x || !y || twoTexts(a, b, roster)) return undefined;
  if (x.first && x.first === y.first) return `${x.first} signs first`;
  if (x.together && y.together) return 'the parties sign at one time';
  const [px, py] = [partTold(x), partTold(y)];
  return px === py ? px : `${px}, ${py}`;
}

/** What two readings of the order dispute: who signs first, or whether the order is settled. */
function ordersApart(
  x: SigningOrder,
  y: SigningOrder,
): { reason: string; values: [string, string] } | undefined {
  if (x.first && y.first && x.first !== y.first)
    return {
      reason: `${x.first} first vs ${y.first} first`,
      values: [`${x.first} first`, `${y.first} first`],
    };
  if ((x.first && y.together) || (x.together && y.first))
    return {
      reason: 'one first vs both at one time',
      values: x.first ? ['one first', 'at one time'] : ['at one time', 'one first'],
    };
  if (x.settled !== undefined && y.settled !== undefined && x.settled !== y.settled)
    return x.settled
      ? { reason: 'settled vs not settled', values: ['order settled', 'order open'] }
      : { reason: 'not settled vs settled', values: ['order open', 'order settled'] };
  return undefined;
}

/**
 * Two passages that give the order of signature two ways — two first signers ("signed first by the
 * President of Volkaria, then by …" / "Tarsenne was the first to put its name to the document"), or
 * the order settled and not — a status dispute argued over as a matter of standing. Its values say
 * which dispute, so that flags of two disputes sharing a passage stay two (oneFlagEach.ts).
 */
export function signingOrdersApart(
  a: Passage,
  b: Passage,
  roster: Roster,
): { reason: string; values: [string, string] } | undefined {
  // A passage telling two claims of who signs first ("Dalvany has said it will sign first; an
  // official said the host would sign first") gives no one answer: counted in the text the order
  // was read from, so that a label's "Who signs first:" is no second claim.
  const oneFirst = ({ order, read }: OrderReading): SigningOrder =>
    (read.match(/\bfirst\b/gi) ?? []).length > 1 ? { ...order, first: undefined } : order;
  const [x, y] = [readingOfPassage(a, roster), readingOfPassage(b, roster)];
  const apart = x && y && !twoTexts(a, b, roster) && ordersApart(oneFirst(x), oneFirst(y));
  return apart ? { reason: `order of signature: ${apart.reason}`, values: apart.values } : undefined;
}
