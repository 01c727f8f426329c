// Remarks a text reports on a day of their own, or on a channel of their own: "the foreign ministry
// said on Friday that ...", "Pashkov told journalists on Monday", "Kostal wrote on Telegram ...",
// "says on Facebook", "in a post on X on Wednesday". Each is a statement event, the occasion one
// source made its claim on: another source's report of the same post or briefing is the same event.
// A remark with neither ("Kostal said that ...", "told reporters after the meeting") is the quote's
// or the claim's setting, no event (labels leave these out far more often than not).
import type { FoundDate } from './dates.ts';
import { WEEKDAY as DAY } from './lexicon.ts';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
// A broadcaster or a paper told, named by what it is: "told Torvanian state television", "told
// the daily Vell Courier", "told Compass Radio" (its name before its kind).
const OUTLET =
  "(?:(?:the |a )?(?:[\\w'’-]+ ){0,3}(?:television|TV|radio|newspaper|daily|news agency|broadcaster|magazine)|the (?:daily|weekly|newspaper|broadcaster|news agency|magazine)(?: [\\w'’-]+){1,3}?(?= (?:on|late|early|in|yesterday|last|earlier|this)\\b))";
// The verb of saying, and who was told: an audience, not a person ("told Varin" is a conversation).
const PRESS = '(?:reporters|journalists|the (?:press|media))';
const SAYING = `(?:said|says|stated|declared|announced|told (?:${PRESS}|(?:a|the) (?:news |press )?(?:briefing|conference)|${OUTLET})|speaking to ${PRESS}|wrote|writes|posted|posts)`;
// A chamber told without an article is the sitting it was told at, an occasion as a channel is:
// "told parliament the government would contribute", "told MPs on 21 March". ("told the Assembly"
// is the appearance before the body, events.ts's.)
const CHAMBER = '(?:parliament|MPs|lawmakers|legislators|deputies|senators)';
// The medium a remark was made in names its occasion as a network does: "said in a video message on
// Tuesday", "wrote in a thread on Saturday", "said in a televised address".
const MEDIUM =
  '(?:in an? (?:(?:video|televised|recorded|written|short|brief|radio|television|TV) )?(?:message|address|statement|thread|post|speech|letter|op-ed))';
// Where a post stands. The names of the networks are written with a capital, checked by the caller.
const CHANNEL =
  '(?:X|Telegram|Facebook|Twitter|Instagram|Truth Social|social media|(?:his|her|its|their) (?:website|Telegram channel|X account|official account))';
// The day the remark was made, said right after the verb (its channel between).
// A wire's bare weekday ("said Saturday it was", "told reporters Tuesday that") is the day only
// before what was said begins, never as its subject ("said Monday was too soon"). A place of a few
// words may stand between the verb and its day: "told reporters in Lindmark on Tuesday", "told
// reporters at the ministry on Wednesday", "speaking to journalists outside the Foreign Ministry on 10 March".
const WHERE_SAID = "(?:(?:in|at|outside) (?:[\\w'’-]+ ){1,4}?)?";
const BARE_DAY = `(?<!\\b(?:says|writes|posts) )${DAY}(?=[,.;:]| (?:that|it|he|she|they|we|the|a|an|his|her|their|its)\\b)`;
const ITS_DAY = `${WHERE_SAID}(?:(?:late|early) (?:on )?${DAY}|on (?:${DAY}|\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})|${BARE_DAY}|yesterday|last (?:week|night)|earlier (?:today|this week)|this (?:morning|afternoon|evening))\\b`;
const POSTED_ON = `(?:in an? (?:post|message|video|statement) )?on ${CHANNEL}\\b`;

// What was said opening right after the verb: the fronted day's remark ("On Friday, the minister
// said that ..."), which acceptRemark checks for that day.
const SAID_OPENS = '(?= (?:that|it|the|a|an|he|she|they|we|his|her|their|its)\\b|:)';

/** The trigger pattern's source: a saying with its day or its channel, or a post on a channel. */
export const REMARK_SOURCE = `\\b${SAYING}(?= ${POSTED_ON}| (?:${POSTED_ON} )?${ITS_DAY}| ${MEDIUM}\\b|${SAID_OPENS})|\\btold ${CHAMBER}\\b|\\bin an? (?:(?:post|message|video) on ${CHANNEL}|(?:X|Telegram|Facebook|Instagram) (?:post|message))(?= ${ITS_DAY})`;
/** The words one of which every match holds, for the trigger scan. */
export const REMARK_WORDS = [
  'said',
  'stated',
  'declared',
  'announced',
  'says',
  'told',
  'wrote',
  'writes',
  'posted',
  'posts',
  'post ',
  'post,',
  'message',
  'speak',
];

const SAID_ON_ITS_DAY = new RegExp(`^${SAYING} ${ITS_DAY}`, 'i');
const TO_THE_PRESS = new RegExp(`^(?:told|speaking to) ${PRESS} ${ITS_DAY}`, 'i');
const REMARK_AT = new RegExp(`^(?:${REMARK_SOURCE})`, 'i');
const ON_CHANNEL = new RegExp(`^(?:\\S+ )?(?:${POSTED_ON})|^in an? (?:\\S+ )?`, 'i');
const IN_MEDIUM = new RegExp(`^${SAYING} ${MEDIUM}\\b|^told ${CHAMBER}\\b`, 'i');
// "on social media" is the only channel without a capital; "on x" in lower case is no network.
const CHANNEL_CASED = /\b(?:on|an?) (?:[A-Z]|social media|(?:his|her|its|their) )/;

/** Whether the trigger at the start of `rest` is a reported remark (of this module's pattern). */
export const isRemark = (rest: string): boolean => REMARK_AT.test(rest);

/** Whether the remark at the start of `rest` is told by its channel, which places it as a day would. */
export function onChannel(rest: string): boolean {
  if (IN_MEDIUM.test(rest)) return true;
  const m = ON_CHANNEL.exec(rest);
  return m !== null && CHANNEL_CASED.test(rest.slice(0, m[0].length + 20));
}

// What follows a remark that sources the sentence before it rather than opening what was said:
// "..., Surin said on Friday.", "..., Richter said on Monday, as the talks ...". A wire's attribution
// of its own lede, no occasion of its own (the labels keep it apart as often as not).
const SOURCING =
  /^(?: (?:morning|afternoon|evening|night))?\s*(?:[.!?;)]|$|,\s*(?:as|while|when|after|before|adding|citing|according|in|on)\b)/i;
// "As the Prime Minister said on Thursday, no island will be traded": a remark cited in support of
// the speaker's own point, not reported as news.
const CITED_BACK = /(?:^|[,;:(]\s*)as\s+[^,;:.]{1,60}$/i;
const REMARK_HEAD = new RegExp(`^${SAYING}(?: ${POSTED_ON})?(?: ${ITS_DAY})?`, 'i');

// A day the sentence opens with, then its subject and the verb of saying: "On Friday, Perin
// Foreign Minister Matteo Barsanti said", "Earlier on Tuesday, Aide to the President Kirill Dubenko
// said", "Yesterday, the ministry announced". The subject holds no verb of its own ("On Friday, the
// talks ended and the envoy said" is the talks' day); "On the same day" names no day.
const FRONTED_DAY = new RegExp(
  `^(?:(?:earlier|later|late|early) )?(?:on )?(?:${DAY}|yesterday|\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})(?: (?:morning|afternoon|evening|night))?,\\s`,
  'i',
);
const SUBJECT_VERB =
  /\b(?:which|who|that|is|are|was|were|has|have|had|will|would|did|does|met|held|ended|began|agreed|and)\b|[;:!?]/i;
/** Whether the remark at `at` is the subject's, after a day the sentence opens with. */
export function saidOnFrontedDay(sentence: string, at: number): boolean {
  if (at > 160) return false;
  const head = FRONTED_DAY.exec(sentence);
  return head !== null && !SUBJECT_VERB.test(sentence.slice(head[0].length, at));
}

/**
 * The trigger's test past the case-blind pattern: a channel is a network's name ("on X", not "on
 * x"), and the remark opens what was said ("said on Friday that ...", "says on Facebook the text is
 * agreed"), not a trailing attribution.
 */
export const acceptRemark = (sentence: string, at: number): boolean => {
  const rest = sentence.slice(at, at + 120);
  if (!SAID_ON_ITS_DAY.test(rest) && !onChannel(rest) && !saidOnFrontedDay(sentence, at)) return false;
  if (CITED_BACK.test(sentence.slice(Math.max(0, at - 80), at))) return false;
  // Told with its medium or its chamber, a remark names its occasion even as a trailing attribution;
  // so does the press told on its day ("..., the aide told reporters on Friday."): an encounter with
  // the press is an occasion, as a briefing is, where "said on Friday." only sources the lede.
  if (IN_MEDIUM.test(rest) || TO_THE_PRESS.test(rest)) return true;
  const head = REMARK_HEAD.exec(rest);
  return head === null || !SOURCING.test(rest.slice(head[0].length));
};

/**
 * The day of the remark at `at`: the said day right after the verb ("said on Friday", kept apart
 * from the event days by the date reading), else a day after its channel ("in a post on X on
 * Wednesday"). Never a day further on, which is the day of what was said.
 */
export function remarkDay(
  saidDays: FoundDate[],
  dates: FoundDate[],
  rest: string,
  at: number,
  sentence = '',
): FoundDate | undefined {
  const all = [...saidDays, ...dates].sort((a, b) => a.index - b.index);
  const said = SAID_ON_ITS_DAY.exec(rest)?.[0].length;
  const medium = IN_MEDIUM.exec(rest)?.[0].length ?? ON_CHANNEL.exec(rest)?.[0].length;
  // "On Friday, the minister said the parties had until March 22": the fronted day, where the
  // sentence opens; a day after the verb is what was said.
  if (said === undefined && medium === undefined && saidOnFrontedDay(sentence, at))
    return all.find((d) => d.index < 24 && !d.vague);
  const reach = at + (said ?? (medium ?? 0) + 36);
  return all.find((d) => d.index > at && d.index <= reach);
}
