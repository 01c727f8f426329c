// A status said of an arrangement around the text, not of the text: "no day was set during
// the call", "the day, the venue and the sequence of signing for the accord are not yet
// agreed". What is open there is when, where or in what order, and the text or occasion named
// after it ("of the memorandum", "during the call") only says whose arrangement it is; read as
// the status's subject, it set an open date against a final text.
import { allMatches } from './regex.ts';
import { contentWords } from './words.ts';

const MODALITY = '(?:date|venue|place|location|timing|time|order|sequence|format)s?';
// The clause opens on the arrangement, with its article or "no", a word or two describing it,
// and more arrangements coordinated: "the exact date", "no date", "the date, the place and the order".
const ARRANGEMENT = new RegExp(
  String.raw`^\s*(?:(?:neither|no|the|a|an|its|their|any)\s+)?(?:(?:the|a|its|their)\s+)?(?:(?:exact|precise|final|new|actual)\s+)?(${MODALITY})\b((?:\s*,\s*|\s+(?:and|or|nor)\s+)(?:(?:the|a|its|their)\s+)?${MODALITY}\b)*`,
  'i',
);

const NOUN = new RegExp(String.raw`\b${MODALITY}\b`, 'gi');
// After the arrangement, only whose it is ("of the memorandum", "for signing the text", "during the
// call") and the auxiliaries of the status ("has not yet been", "will be", "remains to be"). A verb
// or a conjunction there opens a clause of its own, with a subject of its own: "the date has been
// set but the text has not been agreed", "the order of business was changed because the text …"
// say the status of the text.
const AUXILIARIES =
  /(?:\s+(?:has|have|had|is|are|was|were|be|been|being|will|would|shall|can|could|may|might|must|should|to|remains?|not|yet|still|so far|now|also|never|already|ever))*\s*$/i;
const WHOSE = /^\s*(?:(?:of|for|during|in|at|on|to|about|between|with|from|under|within)\b|$)/i;
// "The order in which the parties will sign", "the date on which the text is signed": a relative
// clause says which arrangement, verbs and all; a clause joined after it ("…, but the text") does not.
const WHICH_ARRANGEMENT = /^\s*(?:(?:in|on|at|by|for|from) which|where|when)\b/i;
const ANOTHER_CLAUSE = /\b(?:but|though|although|because|whereas|while|yet)\b/i;
const CLAUSE_OF_ITS_OWN =
  /\b(?:and|or|nor|but|though|although|because|while|whereas|since|as|so|than|that|which|who|when|if|unless|is|are|was|were|has|have|had|be|been|will|would|shall|can|could|may|might|must|should|do|does|did)\b/i;

/**
 * The words of the arrangement a status is said of, when its clause opens on one ("date",
 * "place", "order"), else undefined. `clause` is the clause's text up to the status words.
 */
export function arrangementSubject(clause: string): Set<string> | undefined {
  const m = ARRANGEMENT.exec(clause);
  if (!m) return undefined;
  const rest = clause.slice(m[0].length).replace(AUXILIARIES, '');
  if (
    WHICH_ARRANGEMENT.test(rest)
      ? ANOTHER_CLAUSE.test(rest)
      : !WHOSE.test(rest) || CLAUSE_OF_ITS_OWN.test(rest)
  )
    return undefined;
  return contentWords(
    allMatches(NOUN, m[0])
      .map((n) => n[0])
      .join(' '),
  );
}
