// The patterns a speaker is read by beside a quotation: names, offices and their descriptions,
// pronouns and reporting verbs, shared by the readings after the closing mark (speakerAfter.ts),
// before the opening one (speakerBefore.ts) and in a colon's clause (clauseSpeakers.ts).
import { REPORTING_VERBS, SPEAKER_NOUNS } from './lexicon.ts';

export const NB = "(?<![\\p{L}\\p{M}'’])";
// "Minister of Water and Energy Ruta Vashti": an "and" inside an office's "of" phrase does not
// end the run (the lookbehind is only tried once " and " has matched).
export const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
export const NAME_RUN = `${WORD}(?:\\s+(?:(?:von|van|der|den|de|da|bin|al|of)\\s+)*${WORD}|\\s+and\\s+(?<=\\bof\\s+${WORD}\\s+and\\s+)${WORD})*`;
// Offices are capitalised before a name and often alone too ("The Ambassador set out ...").
// Offices the shared list lacks, before it so that "Secretary-General" wins over "Secretary".
export const NOUNS = [
  'head of state',
  'head of government',
  'secretary-general',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  // "Surin's deputy said": a deputy speaks as an aide does.
  'deputy',
  // "The Drosvanian side said": translated officialese speaks for a party as its side.
  'side',
  // A meeting held under the Chatham House Rule reports its remarks by role alone: "A participant
  // said", "another speaker replied", "one panellist noted".
  'participant',
  'speaker',
  'panellist',
  'panelist',
  ...SPEAKER_NOUNS.split('|'),
]
  // Every word of an office may be capitalised: "Secretary-General", "Prime Minister".
  .map((n) =>
    n.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`),
  )
  .join('|');
// Wire copy also describes sources in the plural without an article: "Arliski officials speak of
// …", "Western diplomats said" — a capitalised qualifier before the noun, so that no common
// plural ("officials said" inside a clause) starts a speaker anywhere. A sentence may open with a
// qualifier of its own before the capitalised one ("Senior Arvenian officials", "Two Western diplomats").
const BARE_PLURAL = `(?:\\p{Lu}\\p{Ll}+\\s+(?=\\p{Lu}))?\\p{Lu}[\\p{L}'’-]+\\s+(?:senior\\s+)?(?:officials|diplomats|sources|negotiators|delegates)(?![\\p{L}'’])`;
// News meets people who hold no office and are described as met: "one woman said", "a lawyer from a
// neighbouring state confided". Only an indefinite article opens them: "the man" goes back to
// someone the story already named, and is left to the reading of pronouns and names.
const LAY_NOUNS =
  'woman|man|resident|villager|farmer|fisherman|trader|vendor|shopkeeper|worker|miner|lawyer|teacher|student|' +
  'nurse|doctor|mother|father|activist|witness|survivor|refugee';
const LAY = `(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:(?![\\p{L}]+ed\\s)[\\p{L}'’-]+\\s+){0,3}?(?:${LAY_NOUNS})(?![\\p{L}'’])`;
const OFFICE_ARTICLED = `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:(?:\\p{Lu}\\.)+\\s+|(?![\\p{L}]+ed\\s)[\\p{L}'’-]+\\s+|unnamed\\s+){0,4}?(?:${NOUNS})(?![\\p{L}'’])`;
export const ARTICLED = `(?:${OFFICE_ARTICLED}|${LAY})`;
// "One of those who read the draft told us": a source described by what they saw or did, the
// relative clause running on to the reporting verb, to a stop, or to the end of the clause read
// before the verb.
const ONE_OF_WHO = `[Oo]ne\\s+of\\s+(?:the\\s+)?(?:people|those)\\s+who\\s+(?:[\\p{Ll}'’-]+\\s+){0,5}?[\\p{Ll}'’-]+(?=\\s+(?:${REPORTING_VERBS})\\b|\\s*[.,;]|\\s*$)`;
export const DESCRIPTION = `(?:${ARTICLED}|${BARE_PLURAL}|${ONE_OF_WHO})`;
export const PRONOUN = '(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\b';
export const DESC = `${NB}${DESCRIPTION}`;
// An office phrase runs on through its "of" ("the Minister of Water and Energy", "the
// Secretary-General of the Meridian League") or opens with its party's possessive
// ("Belmora's chief negotiator"): the office resolves to its holder in the roster.
export const OFFICE_TAIL = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?${WORD}(?:\\s+(?:(?:and|of|the)\\s+)*${WORD}){0,4})?`;
export const POSSESSIVE = `${NB}\\p{Lu}[\\p{L}\\p{M}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.-]*){0,2}['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS})(?![\\p{L}'’])${OFFICE_TAIL}`;
// Every candidate starts where no letter stands before it: that is tested once, not per form.
export const CAND = `(${NB}(?:${DESCRIPTION}${OFFICE_TAIL}|${PRONOUN}|${NAME_RUN}))`;

// "Dahl was quoted as saying", "was cited as saying": a wire reports another's report of the words,
// and the one quoted is still their speaker.
export const ADV =
  '(?:(?:also|then|later|previously|earlier|further|once|again|reportedly|had|has|have|was|is|would|simply|just|(?:quoted|cited|reported)\\s+as)\\s+){0,2}';
export const APPOS = '(?:,[^,"_]{1,100},)?';
// "Officials speak of "more than three thousand"": a figure or a phrase given as someone's.
export const VERB = `(?:${REPORTING_VERBS}|speaks? of|spoke of)`;
export const POSSESSIVE_S = /['’]s\s/;
export const IS_DESC = new RegExp(`^${DESC}$`, 'u');
export const DESC_START = new RegExp(`^${DESC}`, 'u');
export const IS_PRON = new RegExp(`^${NB}${PRONOUN}$`, 'u');

// A sentence whose subject is an office or a pronoun and whose verb follows it: "The Head of State
// thanked President Birch …", "The envoy noted that … headed by Andriy Haleta", "He told Dahl …".
// The first name after them is an object, not the one speaking. An office's "of" phrase is still
// the subject ("The President of Arvenia Mira Kostal said"), and so is the name a cleft sets after
// its copula ("It was Philippa Gorran who set the tone").
const DESCRIBED_OPENING = new RegExp(
  `^\\s*(?:${DESC}${OFFICE_TAIL}|(?:He|She|They|It|We|I)(?![\\p{L}'’]))\\s+(?!(?:of|for|to|and|or|on|in|at|with|from|is|was|are|were)\\s)\\p{Ll}`,
  'u',
);

/** Whether a sentence's opening (up to its first name) is an office or a pronoun with its verb: the name is no subject. */
export const opensWithOtherSubject = (opening: string): boolean => DESCRIBED_OPENING.test(opening);
