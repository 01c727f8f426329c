// A limit's days told as steps: "first it was the eleventh, now it is the eighteenth", "First 22
// March, then the 29th, now some say the 31st". Speakers and posts tell a deadline's moves this way,
// with no verb of moving: each step's day is a deadline (the one it had, the one it has), and a bare
// ordinal in a step is a day of the month of writing, as a limit's bare day is (wordDates.ts).
import type { FoundDate } from './dates.ts';

// A step's word, then the day: "first it was", "then", "now it is", "now some people say".
const STEP_WORD = '(?:first|then|now|later|originally|initially)';
const STEP_LEAD = `\\b${STEP_WORD}(?:,? (?:it|that|this) (?:was|is|became|becomes|went to|moved to))?(?:,? (?:[\\w'’-]+ ){0,4}?(?:say|says|said|want|wants|talk of|speak of))?,? (?:to )?`;
/** A bare ordinal a step names: the lead, "the", the day, and the step's end. */
export const STEP_BARE_DAY = (ordinal: string) =>
  new RegExp(
    `(${STEP_LEAD})the (\\d{1,2}(?:st|nd|rd|th)|${ordinal})\\b(?=\\s*(?:[,.;:!?—–-]|$|and\\b|then\\b|now\\b))`,
    'gi',
  );
const LEAD_BEFORE = new RegExp(`${STEP_LEAD}(?:the )?$`, 'i');
const STEPS = new RegExp(`\\b${STEP_WORD}\\b`, 'gi');
// The sentence speaks of a limit, or of the days an answer is owed by. A bare "date" speaks of
// one too ("we have been told about dates"), unless it is an occasion's: "the talks' date was
// first the 11th, then the 14th" moves a meeting, not a limit.
const LIMIT_TALK = /\b(?:deadlines?|due|ultimatum|answers?|repl(?:y|ies)|responses?|time ?limit)\b/i;
const DATE_TALK = /\bdates?\b/i;
const OCCASION = '(?:meeting|talks|summit|round|visit|call|session|conference|consultations?)';
const OCCASION_DATE = new RegExp(
  `\\b${OCCASION}(?:['’]s?)? dates?\\b|\\bdates? (?:of|for) (?:the |a |their |its |next )*${OCCASION}\\b`,
  'i',
);
const speaksOfLimit = (sentence: string): boolean =>
  LIMIT_TALK.test(sentence) || (DATE_TALK.test(sentence) && !OCCASION_DATE.test(sentence));

/** Whether a sentence tells two steps or more: "first ..., now ...". */
export const toldInSteps = (sentence: string): boolean => (sentence.match(STEPS)?.length ?? 0) >= 2;

/** Whether a sentence may tell a limit's steps: two steps or more, and a word of a limit. */
export const mayTellLimitSteps = (sentence: string): boolean =>
  toldInSteps(sentence) && speaksOfLimit(sentence);

/** The days of `dates` a sentence tells as the steps of a limit, where it tells two or more and speaks of a limit. */
export function limitStepDays(sentence: string, dates: FoundDate[]): FoundDate[] {
  if (!mayTellLimitSteps(sentence)) return [];
  const steps = dates.filter(
    (d) => !d.vague && LEAD_BEFORE.test(sentence.slice(Math.max(0, d.index - 60), d.index)),
  );
  return steps.length >= 2 ? steps : [];
}
