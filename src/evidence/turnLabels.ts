// Speaker labels that open a transcript's turn ("MS. DORN:", "Q:", "CHAIR (Mr. Oberg):") and the
// words inside them: a name without titles, a role, a chair's header, a list of attendees.
// Over 400 lines because the label shapes are tried here in one order (the first that fits wins);
// the readers of single shapes live in their own modules.

import { capsDashLabel } from './capsDashLabels.ts';
import { commaLabel } from './commaLabels.ts';
import { isContactField } from './contactFields.ts';
import { isStampValue } from './fieldStamps.ts';
import { footnotedLabel } from './footnotedLabels.ts';
import { initialledLabel } from './initialledLabels.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { lowerOfficeLabel } from './lowerOfficeLabels.ts';
import { joinedOffices } from './officesApart.ts';
import { ownLineLabel } from './ownLineLabels.ts';
import { periodLabel } from './periodLabels.ts';

/**
 * A speaker label opening a paragraph: "MS. DORN:", "Q:", "Envoy Holm:", "T. Rieck:", "CHAIR (Mr. Oberg):",
 * "President of Ketheny Samir Olenko:" (the Kremlin's style, an office "of" a country before the name),
 * "General Dahl (Norland) (spoke in Norlandic; interpretation from Norlandic):".
 * A journalist's turn is labelled by the question, numbered or not, its outlet set off by a dash, a
 * "from" or brackets, a language aside after it: "QUESTION 2 (Radio Fjellby, through the
 * interpreter):", "Q3 – Keldport Tidende:", "Question from the floor:", "QUESTION 3 (Le Matin)
 * (spoke in French):", "REPORTER:", the UN's "Correspondent:". A committee's oral evidence numbers its members' questions
 * before their names instead ("Q12 Chair:", "Q13 Mr Holm:"): the member speaks. An alliance's
 * transcripts set the aside in square brackets: "HENRIK DAHL [Secretary General]:", "Q [Reuters, Ilse Varga]:".
 * A federal press conference in translation asks again under "Additional question:" or "Follow-up question (Berg):";
 * a stenographic version keeps the record's own words for an asker it does not name ("INTERLOCUTORA:",
 * "PREGUNTA:"), as a German one does ("FRAGE:", "ZUSATZFRAGE:"). A broadcaster's joined initials
 * name it as one word ("RFE/RL:"). A transcription service's voice it could not name keeps its number
 * ("Speaker 2:"): placeholderVoices.ts and turnSpeakers.ts say who it is. A Commonwealth Hansard sets a
 * member's courtesy title in brackets after "Hon.": "Hon. (Ms.) Ada Lind (Fjellby North, NDP):". A
 * committee's evidence names its chair's holder with the riding and party bracketed inside:
 * "The Chair (Mr. Per Holm (Fjellby North, LP)):". A name's particles are in lower case, apart or joined
 * by a hyphen: "Faisal bin Salem:", "Ada van Lind:", "Omar al-Berg:", the Dewan Rakyat's "Tuan Yang di-Pertua:".
 * A meeting tool numbers the callers it cannot name after an underscore: "Call-in User_1:".
 */
export const TURN_LABEL =
  /^(?:(Q|(?:(?:Additional|ADDITIONAL|Follow-up|Follow-Up|FOLLOW-UP|Supplementary|SUPPLEMENTARY|Further|FURTHER)\s+)?(?:Question|QUESTION|question)|Reporter|REPORTER|Journalist|JOURNALIST|Correspondent|CORRESPONDENT|Interlocutora?|INTERLOCUTORA?|Pregunta|PREGUNTA|Periodista|PERIODISTA|Journaliste|JOURNALISTE|(?:Zusatz|Nach)?[Ff]rage|(?:ZUSATZ|NACH)?FRAGE|Vraag|VRAAG|Domanda|DOMANDA|Pergunta|PERGUNTA|Kysymys|KYSYMYS|Spørsmål|SPØRSMÅL|Fråga|FRÅGA|Spørgsmål|SPØRGSMÅL|Pytanie|PYTANIE|Questioner|QUESTIONER)(?:\s?\d{1,3})?(?:\s{0,3}[–—-]\s{0,3}[^:\n()[\]]{1,60}|\s+(?:from|FROM)\s+[^:\n()[\]]{1,60})?(?:\s{0,3}[([][^)\]\n]{1,80}[)\]]){0,2}|(?:(?:Q\d{1,4}|\*\d{1,5}\.)\s+)?((?:(?:Unknown\s+)?(?:Speaker|SPEAKER|Participant|PARTICIPANT)\s\d{1,2}(?=:|\s{0,3}[([]\d))|(?:\p{Lu}[\p{L}.'’-]*(?:\/\p{Lu}[\p{L}.'’-]*)?)(?:\s\(\p{Lu}\p{Ll}{1,5}\.?\))?(?:\s+(?:(?:of|for|to)\s+(?:the\s+)?|(?:bin|binti|ibn|al|van|von|de|da|di|du|der|del|dos)\s+)?(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}.'’-]*(?:_\d{1,3})?){0,6})(?:\s{0,3}[([]((?:[^()\]\n]|\([^()\n]{1,60}\)){1,80})[)\]])?(?:\s{0,3}[([][^)\]\n]{1,80}[)\]]){0,2}):[ \t]+(?=\S)/u;

// Hansard's minister at the despatch box: "The Secretary of State for Foreign, Commonwealth and
// Development Affairs (Yvette Cooper):", "The Minister of State, Foreign Office (Mr Kell):". An
// office of any length in title case, the person in brackets after it, round or, as the Dewan
// Rakyat's record sets it, square ("The Minister of Finance [Dato' Ada Lind]:").
const OFFICE_LABEL =
  /^((?:The|THE)\s+\p{Lu}[\p{L}'’-]*(?:,?\s+(?:of|for|and|the|on|in|to|\p{Lu}[\p{L}'’-]*)){0,14})\s*(?:\(([^)\n]{1,60})\)|\[([^\]\n]{1,60})\]):[ \t]+(?=\S)/u;
// A label set in bold by a Markdown copy: "**Question:** …", "**Ada Lind**: …".
const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,80}?)(:?)\1(:?)[ \t]+(?=\S)/;

const OUTLET_AFTER = /^\[[^\]\n]{1,60}\][ \t]+(?=\S)/;

// A question label with no colon: "Q" (or "Q.") and spaces before a sentence. "Q. Hallam:" is an
// initial and a surname (TURN_LABEL reads it first); "Q and A" opens no sentence. A question the
// record did not catch opens on its note: "Q    (Inaudible.)".
// A question that goes on after the answer cut in opens on a dash or an ellipsis: "Q — on the quota itself.".
const BARE_Q = /^Q\.?[ \t]+(?=[\p{Lu}"“‘'¿(—–…]|--|\.\.\.)/u;
// "Q - " and "R - " (question, réponse), each a dash after the letter, as the Quai d'Orsay prints them.
const DASH_QR = /^(Q|R)[ \t]+[-–—][ \t]+(?=[\p{Lu}"“«‘'¿(])/u;

// The meeting-record label of a delegation's speaker: "The representative of Ketheny (Ms. Vashti):",
// "The Permanent Representative of the Republic of Belmora:". Its lower-case words keep it
// out of TURN_LABEL; the party is the name, the person (if any) the aside.
const DELEGATE_LABEL =
  /^((?:The|THE)\s+(?:(?:[Pp]ermanent|PERMANENT|[Dd]eputy|DEPUTY)\s+)?(?:[Rr]epresentative|REPRESENTATIVE|[Dd]elegate|DELEGATE|[Dd]elegation|DELEGATION|[Oo]bserver|OBSERVER|[Hh]ead of (?:the )?[Dd]elegation)\s+(?:of|OF|for|FOR)\s+((?:(?:the|THE)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|OF|the|THE|and|AND)\s+)*\p{Lu}[\p{L}'’-]*){0,4}))(?:\s*\(([^)\n]{1,40})\))?(?:\s*\([^)\n]{1,40}\))?:[ \t]+(?=\S)/u;

// Capitalised words that open "Word: text" lines without being anyone's name ("A" only as the
// article: "A. Hallam:" is an initial and a surname). A vote's sides ("Against: None", "Ayes: 212")
// are the record's tally, and "Start: 9.30 a.m." or "End: 11.02 a.m." its clock; "Questions to the
// Government:" or "Answers to media questions:" heads the record's list of business.
// A meeting tool's export heads the transcript with its own fields ("Recording: GMT…_Recording.vtt", "Passcode: …").
const NOT_LABELS =
  /^(?:The|A(?!\.)|An|This|That|For|On|In|At|By|To|With|From|And|But|As|If|When|Note|Notes|Contact|Media|Source|Sources|Date|Dateline|Update|Updated|Editor|Tags|Photo|Subject|Subjects|Topics|Location|Time|Venue|Re|Ref|Tel|Phone|Email|Web|Website|Agenda|Item|Items|Article|Annex|Section|Chapter|Part|Point|Points|Summary|Topic|Attendees|Participants|Present|Witness|Witnesses|Panel|Panellists|Panelists|Apologies|Warning|Breaking|Watch|Read|Related|Published|Posted|Caption|Image|Video|Live|Title|Quote|Background|Context|Statement|Transcript|Minutes|Record|Draft|Official|Total|Result|Results|Status|Decision|Decisions|Members|Original|Language|Recording|Passcode|Distr|Distribution|Session|Meeting|Observers|Absent|Adopted|Provisional|Prepared|Chairmanship|Journal|Place|Duration|Opened|Closed|Suspended|Resumed|Interview|Exclusive|Analysis|Opinion|Explainer|Editorial|Feature|Highlights|Headlines|Contents|Questions|Answers|Motions|Petitions|Overview|Schedule|Programme|Against|Abstaining|Abstention|Abstentions|Abstained|Ayes|Noes|Yeas|Nays|Start|Started|Begin|Began|End|Ended)\b/;

// A cable's or a memo's header keys, in capitals as often as not: "SUBJECT:", "TAGS:", "REF:",
// "Classified By:", "MEMORANDUM FOR:". Nobody speaks there.
const MEMO_KEY =
  /^(?:from|to|info|date|subj(?:ect)?|tags|refs?|reference|classified\s+by|reasons?|decl|memorandum\s+for|thr(?:ough|u)|attn|action|telno|precedence|distribution|encl(?:osure)?|(?:drafted|cleared|approved)\s+by)$/i;

const ROLE_WORDS = new Set([
  'the',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'co-chair',
  'moderator',
  'presiding',
  'speaker',
  'acting',
  'officer',
  'h.e.',
  'madam',
  // "THE PRESS SECRETARY:", "Press Officer:": an office, whose holder the head may name.
  'press',
  // "Deputy Government Spokesperson Vogt:", "Foreign Ministry Spokesperson Lin:": the office's body.
  'government',
  'federal',
  'ministry',
  'cabinet',
  'presidential',
  // "Director General Rafael Mendes:", "Director of the Press Office:".
  'director',
  // A German record's "SPRECHER HOLM:", "Sprecherin Berg:": the spokesperson.
  'sprecher',
  'sprecherin',
  // An ordinal ranks an office among its like: "The Second Deputy Speaker", "Third Vice-President".
  'second',
  'third',
  // Courtesies and presiding offices of other languages' records, before the name as "Mr" or
  // "Speaker" is: "SHRI RAVI NAIR", "Shrimati Anu Das", a Finnish "Puhemies Eero Laine".
  'shri',
  'shrimati',
  'smt.',
  'puhemies',
  // The Dewan Rakyat's courtesies before a member's name ("Tuan Per Holm", "Puan Ada Lind", "Encik …"),
  // and its presiding office, addressed "Tuan Yang di-Pertua" (joined as one word: see `joinedOffices`).
  'tuan',
  'puan',
  'encik',
  'yang-di-pertua',
]);

// A parliament's address of its members and officers before the name ("Hon. Ada Lind", "Rt. Hon.
// Per Holm", "Hon. Speaker"), a courtesy in brackets after it ("Hon. (Ms.) Ada Lind"): no part of the name.
const ADDRESS = /^(?:(?:Rt\.?|Right)\s+)?(?:Hon\.?|Honourable|Honorable)\s+(?=\p{Lu}|\()/u;
const COURTESY_ASIDE = /^\(\p{Lu}\p{Ll}{1,5}\.?\)\s+/u;
const withoutAddress = (name: string): string => {
  const bare = name.replace(ADDRESS, '');
  return bare === name ? name : bare.replace(COURTESY_ASIDE, '');
};
/** "Ambassador Corinna Haldane (Tessaly)" → "Corinna Haldane": titles and asides dropped. */
export function bareName(said: string): string {
  return joinedOffices(withoutAddress(said.trim()))
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !isRole(w))
    .join(' ');
}

// An office compounded or inflected in another language, about an English root: a Norwegian
// "Utenriksminister", a Finnish "Ulkoministeri", a German "Bundespräsident", "Presidenten" ("the President").
const COMPOUND_OFFICE = /(?:minister(?:i|in|en)?|präsident(?:in)?)$/u;
const PRESIDENT_INFLECTED = /^presiden(?:t(?:en|ti|te)|za)$/;
// A word glued before the root ("Außen", "Utenriks"): "Minister" itself is a title word already.
const compoundOffice = (w: string): boolean =>
  (w.length >= 11 && COMPOUND_OFFICE.test(w)) || PRESIDENT_INFLECTED.test(w);

/** An office or rank word of a label ("CHAIR", "Secretary-General", "Ms."), never a name. */
export const isRole = (word: string): boolean => {
  const w = word.toLowerCase();
  return (
    TITLE_WORDS.has(w) ||
    compoundOffice(w) ||
    TITLE_WORDS.has(w.replace(/\.$/, '')) ||
    ROLE_WORDS.has(w) ||
    w.includes('-general') ||
    // "Vice-President", "Vice-Chair", "Deputy-Minister": an office of office words joined.
    (w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part) || ROLE_WORDS.has(part)))
  );
};

// "Chair: Ambassador Corinna Haldane (Tessaly)" in a record's header names the chair; it says
// nothing. A turn's words run on as a sentence; a header's are a name and an aside at most.
const CHAIR_KEYS = /^(?:chair|chairman|chairwoman|chairperson|president|presiding|moderator)$/i;
// Two capitalised words at least ("Welcome." is a turn), the last not ending a sentence.
const NAME_ONLY =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+|(?:of|the|de|van|von|da|al)\s+)+\p{Lu}[\p{L}'’-]*\s*(?:\([^)\n]{1,60}\))?\s*$/u;
// A Dutch or Belgian record names its chair by the surname alone ("Voorzitter: Lind"); a one-word
// reply ("Chair: Agreed") is a turn.
const SURNAME_ONLY =
  /^(?!(?:Yes|No|Okay|Right|Thanks|Welcome|Order|Agreed|Noted|Please|Sure|Fine|Indeed|Correct|Good|Next)$)\p{Lu}\p{Ll}{2,}(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;

// The list of those present in a record's header: "Norland: Ms Ada Lind (Deputy Minister), head of
// delegation; Mr Per Holm (Ministry of Defence)", a hearing's "Witness: Ms Ada Lind, Minister of
// Transport" or "Members present: Ida Berg (Chair), Per Holm". Entries of names and asides, after a
// comma more names or an office (in lower case or capitalised), and no sentence: nobody speaks there.
// Words apart by spaces, one way only: an optional space between them let a long word be cut
// every way, and a line that failed at its end took seconds.
const LOWER_OFFICE = /^\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,4}$/u;
const CAPITAL_OFFICE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*\p{Lu}[\p{L}'’-]*){0,8}$/u;
const isAttendeeEntry = (entry: string): boolean => {
  const [name, ...rest] = entry.split(',').map((part) => part.trim());
  return (
    NAME_ONLY.test(name!) &&
    rest.every((part) => NAME_ONLY.test(part) || LOWER_OFFICE.test(part) || CAPITAL_OFFICE.test(part))
  );
};
// The header's next lines may list more under keys of their own ("Members present: …").
const LINE_KEY = /^[\p{L} ]{1,30}:\s+/u;
export const isAttendeeList = (body: string): boolean =>
  body.length < 400 &&
  body
    .split('\n')
    .every(
      (line, i) =>
        !/[.!?:]\s*$/.test(line) &&
        (i === 0 ? line : line.replace(LINE_KEY, '')).split(';').every(isAttendeeEntry),
    );

/** The name a "Chair: Name (Country)" header line gives, if `paragraph` is one. */
export function chairHeader(paragraph: string): string | undefined {
  const colon = paragraph.indexOf(':');
  if (colon < 4 || colon > 12 || !CHAIR_KEYS.test(paragraph.slice(0, colon))) return undefined;
  // UN records set the name and the country apart with dot leaders: "Mr. Brenn . . . . (Norland)".
  const body = paragraph
    .slice(colon + 1)
    .replace(/(?:\s*\.){3,}\s*/g, ' ')
    .trim();
  return body.length <= 80 && (NAME_ONLY.test(body) || SURNAME_ONLY.test(body)) ? body : undefined;
}

export interface TurnLabel {
  /** The label as written with its colon and the space after ("MS. DORN: "). */
  full: string;
  question: boolean;
  /** The label's name part ("MS. DORN", "Belmora" of a delegation's representative). */
  name?: string;
  /** Its first bracketed aside ("Mr. Oberg", "Carvel", "spoke in French"). */
  aside?: string;
  /** The label names a delegation's speaker: `name` is the party. */
  delegation?: boolean;
  /** "A:", "Answer:": an interview's answer, spoken by the one the head says is interviewed. */
  answer?: boolean;
  /** The label as said, where `full` holds more than the label and its colon (a time code, a dash). */
  said?: string;
  /** A parliament's verbatim label ("President. –"): a bare office is the chamber's presiding one. */
  chamber?: boolean;
  /** A label alone on its line over the words, with no colon (Hansard's; see ownLineLabels.ts). */
  ownLine?: boolean;
  /** A presiding office alone before its stop ("Chair. …"), which a member's words may open on too. */
  bareOffice?: boolean;
  /** Initials and a surname in capitals, no group ("H. DAHL."): a heading's shape too ("I. BACKGROUND."). */
  capitalsOnly?: boolean;
}

// A published interview's answers: "A:", "Answer:", "ANSWER 2:" (the article "A" is never a label).
const ANSWER_LABEL = /^(?:A|Answer|ANSWER)(?:\s?\d{1,3})?:[ \t]+(?=\S)/;

/** An office's label with its holder in brackets ("The Minister of State, Foreign Office (Mr Kell):"). */
function officeLabel(paragraph: string): TurnLabel | undefined {
  const o = OFFICE_LABEL.exec(paragraph);
  return o ? { full: o[0], question: false, name: o[1]!, aside: (o[2] ?? o[3])! } : undefined;
}

/** A label in bold ("**Question:** Will …"): read without the marks, its span with them. */
function boldLabel(paragraph: string): TurnLabel | undefined {
  const b = BOLD_LABEL.exec(paragraph);
  if (!b || b[3] === b[4]) return undefined; // one colon, inside the marks or after them
  const inner = turnLabel(`${b[2]}: ${paragraph.slice(b[0].length)}`);
  return inner && { ...inner, full: b[0] };
}

// An oral question's number before its asker: "1. Ada Lind (Fjellby North) (Con): What steps …?".
const QUESTION_NUMBER = /^\d{1,3}\.[ \t]+(?=\p{Lu})/u;

// An oral question's reference on the order paper after its mark: "[905123]", "OAQ0412(FA)".
export const QUESTION_REFERENCE = /\?[ \t]+(?:\[\d{3,7}\]|\p{Lu}{2,5}\d{3,6}(?:\(\p{Lu}{1,4}\))?)[ \t]*$/u;

/**
 * The asker's label after a question's number, as parliaments number their members' oral questions.
 * A person's name only, over words that ask: a numbered list's "2. Objectives: …" is nobody's turn.
 * And a parliament's question only, its asker's seat or party in brackets or its reference on the
 * order paper after it: an explainer's numbered headings ask too ("1. Water Rights: Who decides?").
 */
function numberedQuestion(paragraph: string): TurnLabel | undefined {
  const n = QUESTION_NUMBER.exec(paragraph);
  if (!n) return undefined;
  const rest = paragraph.slice(n[0].length);
  const m = TURN_LABEL.exec(rest);
  const name = m?.[2];
  if (!m || m[1] !== undefined || !name || NOT_LABELS.test(name) || name.split(/\s+/).some(isRole))
    return undefined;
  const asked = rest.slice(m[0].length).split('\n', 1)[0]!;
  if (name.split(/\s+/).length < 2 || !asked.includes('?')) return undefined;
  if (m[3] === undefined && !QUESTION_REFERENCE.test(asked)) return undefined;
  const label = wordLabel(rest);
  return label && { ...label, full: n[0] + label.full, said: label.said ?? label.full.replace(/:?\s*$/, '') };
}

// A recording's clock in a label's brackets: "Piet Lund (00:07):", "Speaker 2 (1:02:15):".
const CLOCK_ASIDE = /^\d{1,2}(?::\d{2}){1,2}$/;

// A recording's transcript stamps each turn with its time: "[00:14:32] ANNA BERG:", "00:14 Anna Berg:".
const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]+(?=\p{Lu})/u;

// A parliament's verbatim report sets the speaker off by a full stop and a dash, not a colon, with
// an office or group after a comma or in brackets and the language spoken after the dash:
// "President. – The next item …", "Ada Lind, on behalf of the Greens Group. – Madam President, …",
// "Per Holm (Renew). – (FR) Madame la Présidente, …". Only an en or em dash: a hyphen is prose.
const DASH_LABEL =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})(?:\s*\(([^)\n]{1,40})\))?(?:,\s+([^.\n–—]{1,120}?))?\.[ \t][–—][ \t]+(?:\([A-Z]{2}\)[ \t]+)?(?=\S)/u;

/**
 * The label of a speaker's turn at the start of `paragraph`, if it has one: on the line of the words,
 * or alone on its line over them, closed by its colon ("Interviewer:", "Ingrid Solberg, Federal Minister
 * for Foreign Affairs:", "Piet Lund (00:07):"), as government pages, parliaments' minutes and
 * transcription services print them.
 */
export function turnLabel(paragraph: string): TurnLabel | undefined {
  return labelOnLine(paragraph) ?? labelOverWords(paragraph);
}

// A label's own line is short: a longer line closed by a colon introduces a list or a quotation.
const LABEL_LINE_MAX = 120;

function labelOverWords(paragraph: string): TurnLabel | undefined {
  const nl = paragraph.indexOf('\n');
  const line = (nl === -1 ? paragraph : paragraph.slice(0, nl)).trimEnd();
  if (line.length > LABEL_LINE_MAX || !line.endsWith(':')) return undefined;
  // "PANELISTS:" or "WELCOME AND MODERATOR:" over lines of "NAME, office": a head's list, no turn.
  if (nl !== -1 && isAttendeeList(paragraph.slice(nl + 1).trim())) return undefined;
  // Read as if the words followed on the line: the label is what that reading takes before them.
  const label = labelOnLine(`${line} …`);
  if (!label || label.full.trimEnd() !== line) return undefined;
  return { ...label, full: nl === -1 ? paragraph : paragraph.slice(0, nl + 1), ownLine: true };
}

// The House speaking as one, as parliaments record it: "Some hon. members: Oh, oh!", "Hon. Members:
// Hear, hear!", "Members: Hear, hear.", "An hon. Member: Shame!", "Opposition members: No!".
const MEMBERS_LABEL =
  /^((?:(?:Some|Several|Many|Other|An?)\s+)?(?:(?:[Rr]ight\s+)?(?:[Hh]on\.?|[Hh]onou?rable)\s+)?(?:(?:Opposition|Government|Coalition)\s+)?(?:[Mm]embers?|MEMBERS?)):[ \t]+(?=\S)/;

const SHORT_CRY = /^[^\n]{1,40}[.!?]$/;

function labelOnLine(paragraph: string): TurnLabel | undefined {
  const members = paragraph.charCodeAt(0) < 97 ? MEMBERS_LABEL.exec(paragraph) : null;
  // A bare "Members:" heads a list too ("Members: Arvenia, Torvania"): the House's cry is short and ends on its mark.
  if (members && (members[1] !== 'Members' || SHORT_CRY.test(paragraph.slice(members[0].length))))
    return { full: members[0], question: false, name: members[1]! };
  return wordLabel(paragraph);
}

function wordLabel(paragraph: string): TurnLabel | undefined {
  const c = paragraph.charCodeAt(0);
  if (c === 91 || c === 40 || (c >= 48 && c <= 57)) {
    const t = TIME_CODE.exec(paragraph);
    const label = t ? turnLabel(paragraph.slice(t[0].length)) : undefined;
    return (
      (label && {
        ...label,
        full: t![0] + label.full,
        said: label.said ?? label.full.replace(/:?\s*$/, ''),
      }) ??
      numberedQuestion(paragraph)
    );
  }
  // Labels open with a capital (or a Markdown bold mark): most paragraphs fail here, before any regex.
  if (!(c >= 65 && c <= 90) && c < 0xc0 && c !== 42 && c !== 95) return undefined;
  // "THE REPRESENTATIVE OF BELMORA:" would also pass as a name in capitals: the delegation first.
  const d = c === 84 ? DELEGATE_LABEL.exec(paragraph) : null; // "T": every delegation label opens with "The".
  const a = c === 65 ? ANSWER_LABEL.exec(paragraph) : null;
  if (a) return { full: a[0], question: false, answer: true };
  if (d)
    return { full: d[0], question: false, name: d[2]!, ...(d[3] ? { aside: d[3] } : {}), delegation: true };
  // "*214. SHRI RAVI NAIR:": a starred question's number before its asker, no bold mark.
  const starred = c === 42 && paragraph.charCodeAt(1) >= 48 && paragraph.charCodeAt(1) <= 57;
  if ((c === 42 && !starred) || c === 95) return boldLabel(paragraph) ?? footnotedLabel(paragraph, turnLabel);
  const m = TURN_LABEL.exec(paragraph);
  const comma = m ? undefined : commaLabel(paragraph);
  if (comma) return comma;
  // "Senator RUIZ. Thank you.", "The CHAIRMAN. …": a hearing's label, closed by a full stop.
  const period = m ? undefined : (periodLabel(paragraph, isRole) ?? initialledLabel(paragraph));
  if (period) return period;
  // A name in "T" may still be a parliament's dash label ("Tiit Saarvel, President-in-Office of the Council. – ").
  const office =
    !m && c === 84
      ? (officeLabel(paragraph) ?? ownLineLabel(paragraph) ?? lowerOfficeLabel(paragraph))
      : undefined;
  if (office) return office;
  const capsDash = m ? undefined : capsDashLabel(paragraph);
  if (capsDash) return capsDash;
  if (!m) {
    const dash = DASH_LABEL.exec(paragraph);
    if (dash && !NOT_LABELS.test(dash[1]!))
      return {
        full: dash[0],
        said: dash[0].slice(0, dash[0].search(/\.[ \t][–—]/)),
        question: false,
        chamber: true,
        name: dash[1]!,
        ...(dash[2] || dash[3] ? { aside: (dash[2] ?? dash[3])! } : {}),
      };
  }
  // The White House's and some ministries' questions: "Q    Karoline, is Thursday…", "Q. Will…".
  if (!m && c === 81) {
    const q = BARE_Q.exec(paragraph);
    if (q) return { full: q[0], question: true };
  }
  // A French ministry's point de presse: "Q - Will …" and its answer "R - Norland will …".
  if (!m && (c === 81 || c === 82)) {
    const qr = DASH_QR.exec(paragraph);
    if (qr)
      return qr[1] === 'Q' ? { full: qr[0], question: true } : { full: qr[0], question: false, answer: true };
  }
  if (m) {
    const name = m[2];
    // "The President:", "THE SECRETARY-GENERAL:" are roles; "The Parties:" is not a label, but
    // "The Minister of Foreign Affairs (Ms Renske Abadi):" is an office with its holder.
    if (name !== undefined && NOT_LABELS.test(name) && !name.split(/\s+/).every(isRole))
      return c === 84 ? officeLabel(paragraph) : undefined;
    if (name !== undefined && (chairHeader(paragraph) !== undefined || MEMO_KEY.test(name))) return undefined;
    if (name !== undefined && isContactField(name, paragraph.slice(m[0].length))) return undefined;
    if (isAttendeeList(paragraph.slice(m[0].length))) return undefined;
    const value = paragraph.slice(m[0].length).split('\n', 1)[0]!;
    if (isStampValue(value)) return undefined;
    // "Q: [Fjell TV] Will the minister …": the outlet after the colon is the label's.
    const outlet = m[1] !== undefined ? OUTLET_AFTER.exec(paragraph.slice(m[0].length))?.[0] : undefined;
    // "Speaker 2 (00:41):": the recording's clock in the brackets is no aside; the label is said without it.
    const clock = m[3] !== undefined && CLOCK_ASIDE.test(m[3]);
    return {
      full: m[0] + (outlet ?? ''),
      question: m[1] !== undefined,
      ...(name ? { name: withoutAddress(name) } : {}),
      ...(m[3] && !clock ? { aside: m[3] } : {}),
      ...(clock && name ? { said: m[0].slice(0, m[0].indexOf(name) + name.length) } : {}),
    };
  }
  return ownLineLabel(paragraph);
}
