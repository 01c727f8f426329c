// Who speaks a transcript's turn: the label read against the roster, the record's chair, the
// offices its head introduces and the names it lists, and the speakers of earlier turns.
// Over 400 lines because `turnSpeaker` is one decision read top to bottom (label, chair, head,
// earlier turns); the helpers below are the steps it tries.

import { asksUnderAside } from './asidedAskers.ts';
import { castHolder } from './castHeaders.ts';
import { countryTurn } from './countryLabels.ts';
import { type Gazetteer, speakerNamed, titleCase } from './gazetteer.ts';
import { bareName, chairHeader, isRole } from './genre.ts';
import { headInitialsName } from './headInitials.ts';
import { headIntroduced } from './headIntroduced.ts';
import { listedHolder } from './headLists.ts';
import { initialsHolder, isInterviewer } from './interviews.ts';
import { scanNames } from './names.ts';
import { mentioned, officeHolder, partyWritten } from './offices.ts';
import { joinedOffices, writtenApart } from './officesApart.ts';
import { isOutletLabel } from './outlets.ts';
import { NUMBERED_VOICE } from './placeholderVoices.ts';
import { introducesAsker } from './selfIntroducedAskers.ts';
import { titleSpeaker } from './speeches.ts';
import { LIST_HEADER, type Turn } from './turnBoundaries.ts';
import type { RosterPerson, Speaker } from './types.ts';

// After a courtesy title only: "(BBC)" or "(UN)" in capitals is a body, not a surname.
const SURNAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
// Forms of address and titles a record sets before a surname: "Mr.", "Sen.", "Rep.", "Prof.", "H.E.", "Amb.".
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Hon|Amb|Gen|Rev|H\.\s?E)\.?\s/;
const PERSON_ASIDE = /^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+$/u;
// The chair's holder in its brackets: initials or a forename, and the surname ("K. NYBERG", "Kari Nyberg").
// The chair's own label, not a member's in the same record ("Mr LIND (Norland, GRN) –").
const PRESIDING_LABEL =
  /^(?:the\s+)?(?:deputy\s+|vice[\s-])?(?:chair(?:man|woman|person)?|presiding(?:\s+officer)?|speaker|president)\b/i;
const HELD_NAME = /^(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{L}'’-]+\s+)\p{Lu}[\p{L}'’-]+$/u;
// Another language's presiding office ("Presidenten", the Norwegian "the President"; the Finnish "Puhemies").
const CHAIR_ROLES =
  /^(?:chair|chairman|chairwoman|chairperson|co-chair|president|presiding|speaker|presidenten|presidentti|puhemies)$/;
// UN-style verbatim records (S/PV, A/PV) write "The President:" at every turn of the organ's
// presidency, which rotates among members: the header names its holder once, by surname and
// member state, and the record keeps the office as the voice ("I shall now make a statement in
// my capacity as the representative of …" marks the holder's own country speaking). A parliament's
// Speaker is such an office too, addressed "Mr Speaker" or "Madam Speaker" and written "THE SPEAKER".
const PRESIDENCY = /^(?:president|speaker)$/;
/**
 * A presiding office as the record's voice, as the label writes it: "The PRESIDENT" is "The
 * President", a parliament's "President. –" is "President", "Mr Speaker" stays "Mr Speaker" (the
 * corpus's law: a speaker off the roster is the name or office as written).
 */
const presidingOffice = (roles: string[]): string => roles.map(titleCase).join(' ');
// "(Ms Ada Lind, President of the Assembly, in the Chair)", Hansard's "[Mr Per Holm in the Chair]".
// A Commonwealth Hansard names the office and its holder in brackets: "[The Speaker (Hon. Ada Lind) in the Chair]".
const IN_THE_CHAIR = /^[[(]([^,()[\]\n]{2,60}?)(?:,[^()[\]\n]{0,80})?\s+in the Chair[\])]$/;
const HOLDER_IN_THE_CHAIR = /^[[(][^()[\]\n]{2,60}?\s\(([^()[\]\n]{2,60})\)\s+in the Chair[\])]$/;
const CHAIR_MARK = /\((?:Chair|Chairman|Chairwoman|Chairperson|President|Presiding)\)/;

/**
 * The person a record names as its chair, who speaks every "CHAIR:" or "The President:" turn:
 * a header line "Chair: Ambassador Corinna Haldane (Tessaly)", or the entry marked "(Chair)" in
 * the list of those present ("Mr. Tobias Wyck, Special Envoy of Aurenne (Chair)"). Only the
 * head of the record, before its first turn, is read.
 */
export function recordChair(head: string): string | undefined {
  for (const line of head.split('\n')) {
    const header =
      chairHeader(line.trim()) ??
      IN_THE_CHAIR.exec(line.trim())?.[1] ??
      HOLDER_IN_THE_CHAIR.exec(line.trim())?.[1];
    if (header) return bareName(header) || undefined;
    const mark = CHAIR_MARK.exec(line);
    if (!mark) continue;
    // "For the Mediator: Mr. Tobias Wyck, Special Envoy …": the name sits between the colon and the comma.
    const entry = line.slice(line.lastIndexOf(':', mark.index) + 1, mark.index).split(',')[0]!;
    const name = bareName(entry);
    if (name) return name;
  }
  return undefined;
}

/**
 * Whether the head seats the chair by name beside its office ("[The Speaker (Hon. Ada Lind) in the
 * Chair]"): that record's presiding turns are the person's, as the record itself says who presides.
 */
export const chairSeatedByName = (head: string): boolean =>
  head.split('\n').some((line) => HOLDER_IN_THE_CHAIR.test(line.trim()));

export interface TurnContext {
  gazetteer: Gazetteer;
  /** The head names the chair's holder beside the office (`chairSeatedByName`). */
  chairNamed?: boolean;
  /** The interviewer the head names ("Interview by Radomir Vess"), whose turns are questions. */
  interviewer?: string;
  /** A press conference: a label naming an outlet ("CCTV:") is a journalist's question. */
  pressConference?: boolean;
  /** A press conference's numbered voices that are the room's askers (`askingVoices`). */
  askers?: ReadonlySet<string>;
  /** The roster people behind a press conference's answering numbered voices (answeringVoices.ts). */
  answerers?: ReadonlyMap<string, Speaker>;
  /** A published interview: a label naming an outlet, or its own masthead, asks. */
  interview?: boolean;
  /** The masthead in capitals the head opens with ("THE FJELLBY COURIER"). */
  masthead?: string;
  text: string;
  /** The chair the record names, as written without titles. */
  chair?: string;
  /** The record's head, before its first turn. */
  head?: string;
  /** The holder of each role the head's cast fields name ("Anchor: Lena Berg"), by role (`castOf`). */
  cast?: Map<string, string>;
  /** The person an interview's head names, who speaks its answers. */
  interviewee?: Speaker;
}

// An office the head introduces before a name: "Press conference of the Minister for Foreign
// Affairs, Ms Ada Lind, and …". A label with that office alone ("THE MINISTER:") is that person.
// Another title just before the office makes it another office ("Prime Minister", "Deputy Minister").
const OTHER_OFFICE = /(?:prime|deputy|vice|junior|acting|first|state)\s+$/i;

// Office words only ("for the Secretary-General", "to the President"): "of Norland Ingrid Solberg" names the holder.
const OFFICE_COMPLEMENT =
  /^\s+(?:for|of|to)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}'’-])/u;

/** The roster person the head names right after `office` (up to the next clause). */
function headHolder(office: string, ctx: TurnContext): Speaker | undefined {
  const head = ctx.head;
  if (!head || office.length < 4) return undefined;
  const lower = head.toLowerCase();
  for (let at = lower.indexOf(office); at !== -1; at = lower.indexOf(office, at + 1)) {
    const before = lower.slice(Math.max(0, at - 12), at);
    if (/\p{L}$/u.test(before) || OTHER_OFFICE.test(before)) continue;
    const clause = head
      .slice(at + office.length, at + office.length + 90)
      .split(/\s+and\s+|[;\n]|\.\s/i)[0]!
      // "Spokesman for the Secretary-General": the office's complement names another office, not its holder.
      .replace(OFFICE_COMPLEMENT, (all, words: string) => (words.split(/\s+/).every(isRole) ? '' : all));
    // A White House title is set in capitals ("PRESS GAGGLE BY PRESIDENT BIRCH"): read as a name is written.
    const after = /\p{Ll}/u.test(clause) ? clause : clause.replace(/\p{Lu}[\p{Lu}'’-]+/gu, titleCase);
    const hit = scanNames(after, ctx.gazetteer, () => false).find((h) => h.kind === 'person' && h.id);
    if (hit) return speakerNamed(hit.name, ctx.gazetteer);
  }
  return undefined;
}

/** The speaker of a label that names only a role ("CHAIR", "THE SECRETARY-GENERAL"). */
function roleSpeaker(roles: string[], ctx: TurnContext): Speaker | undefined {
  const written = roles
    .map((w) => w.toLowerCase())
    .filter((w) => !/^(?:the|mr\.?|mrs\.?|ms\.?|madam|h\.e\.)$/.test(w))
    .join(' ');
  // "Spokesperson for the Secretary-General" (or for an agency's Director-General), "Chief of Staff to
  // the President": the office serves another, whose holder is not its own.
  const office = SERVING.exec(written)?.[1] ?? written;
  if (ctx.chair && roles.some((w) => CHAIR_ROLES.test(w.toLowerCase()))) {
    const chair = speakerNamed(ctx.chair, ctx.gazetteer);
    if (chair?.personId) return chair;
    // A presidency held by no one on the roster speaks as the office the record writes.
    if (!ctx.chairNamed && roles.some((w) => PRESIDENCY.test(w.toLowerCase())))
      return { name: presidingOffice(roles), via: 'title' };
    return chair ?? { name: ctx.chair, via: 'title' };
  }
  const listed = ctx.head ? listedHolder(office, ctx.head) : undefined;
  const introduced =
    headHolder(office, ctx) ??
    (listed ? (speakerNamed(listed, ctx.gazetteer) ?? { name: listed, via: 'name' }) : undefined);
  if (introduced) return introduced;
  // A holder the roster does not know, named by the head beside the office (or beside another
  // word for it: the head's "Spokesperson" speaks the "Spokesman:" turns).
  const head = ctx.head;
  const named = head
    ? officeWords(office).reduce<string | undefined>(
        (n, o) => n ?? headIntroduced(o, head, bareName),
        undefined,
      )
    : undefined;
  if (named) return speakerNamed(named, ctx.gazetteer) ?? { name: named, via: 'title' };
  // "SPOKESPERSON:" is the "Foreign Ministry spokesperson" of the roster when only one office holds
  // the word; an office every body has only when the record is that person's or that party's:
  // another government's page or the UN's briefing has a spokesman of its own.
  const holder = office === '' ? undefined : officeHolder(office, ctx.gazetteer, ctx.text, [], true);
  if (holder && (!GENERIC_OFFICE.test(office) || ownRecord(holder, ctx)))
    return speakerNamed(holder.name, ctx.gazetteer);
  // A parliament's Speaker nobody names: the office is the voice.
  return roles.some((w) => /^speaker$/i.test(w)) ? { name: presidingOffice(roles), via: 'title' } : undefined;
}

const SERVING =
  /^(.+?)\s+(?:for|to)\s+(?:secretary-general|secretary general|director-general|director general|president|prime minister|chancellor|king|queen|emir|high representative)$/;
export const SPOKES = /^spokes(?:person|man|woman)$/;
// Offices every government and body has: a label with one alone may be anyone's. Every committee,
// forum and panel has its chair: the roster's chair of one body chairs no other's hearing.
const GENERIC_OFFICE =
  /^(?:spokes(?:person|man|woman)|minister|press secretary|secretary|ambassador|chair(?:man|woman|person)?|moderator)$/;
/** An office and the other words for it: spokesperson, spokesman and spokeswoman are one office. */
const SPOKES_IN = /\bspokes(?:person|man|woman)\b/;
export const officeWords = (office: string): string[] =>
  SPOKES_IN.test(office)
    ? [
        office,
        ...['spokesperson', 'spokesman', 'spokeswoman']
          .map((word) => office.replace(SPOKES_IN, word))
          .filter((o) => o !== office),
      ]
    : [office];

/** Whether a record is a roster person's own: it writes the surname, or its head names the person's party. */
function ownRecord(person: RosterPerson, ctx: TurnContext): boolean {
  if (mentioned(ctx.text, person.name.split(/\s+/).at(-1)!)) return true;
  return partyWritten(person, ctx.gazetteer, ctx.head || ctx.text.slice(0, 600));
}

/**
 * A press conference's numbered voices that are the room's askers: those that ask in half their
 * turns or more, whose other turns may put a claim to the speaker without a question mark. A
 * voice that opens the record is its host, who may ask the room "Who would like to start?".
 */
export function askingVoices(turns: Turn[], text: string): Set<string> {
  const asks = new Map<string, { turns: number; questions: number }>();
  for (const turn of turns) {
    if (!NUMBERED_VOICE.test(turn.label)) continue;
    const key = turn.label.toLowerCase();
    const seen = asks.get(key) ?? { turns: 0, questions: 0 };
    seen.turns++;
    if (text.slice(...turn.body).includes('?')) seen.questions++;
    asks.set(key, seen);
  }
  const host = turns[0]?.label.toLowerCase();
  return new Set(
    [...asks].filter(([key, n]) => key !== host && 2 * n.questions >= n.turns).map(([key]) => key),
  );
}

/**
 * A transcription service's voice it could not name ("Speaker 2:"). At a press conference an
 * asking voice is a journalist (`askingVoices`), an answering one the person the record names for it
 * (answeringVoices.ts). Elsewhere the voice is one voice of its record, kept as written.
 */
function numberedVoice(turn: Turn, ctx: TurnContext): Speaker {
  const said = turn.label;
  if (ctx.pressConference === true && ctx.askers?.has(said.toLowerCase()))
    return { name: 'journalist', via: 'description', said };
  const answerer = ctx.answerers?.get(said.toLowerCase());
  if (answerer) return { ...answerer, said };
  return { name: said, via: 'name', said };
}

// An interview's unnamed asker: "Interviewer:", "INTERVIEWER:".
const INTERVIEWER = /^(?:the\s+)?interviewer$/i;

/**
 * Who speaks a turn: the person in the aside, a delegation's representative kept as said, the
 * record's chair or an office's holder for a label that is only a role, else the name in the
 * label resolved against the roster; a role nobody holds keeps the speaker it had last time.
 * The label is kept as said.
 */
// A parliament's address, in the label's case: "Hon.", "HON.", "Honourable", "Rt. Hon.".
const ADDRESS_ONLY = /^(?:(?:Rt\.?|RT\.?|Right|RIGHT)\s+)?(?:Hon\.?|HON\.?|Honou?rable|HONOU?RABLE)$/;
export function turnSpeaker(turn: Turn, ctx: TurnContext, earlier: Map<string, Speaker>): Speaker {
  const said = turn.label;
  const { gazetteer } = ctx;
  if (NUMBERED_VOICE.test(said)) return numberedVoice(turn, ctx);
  const country = turn.question ? undefined : countryTurn(turn.name ?? said, gazetteer);
  if (country) return { ...country, said };
  // "Anchor:" under the head's "Anchor: Lena Berg": the one the head names, the asker or not.
  const cast = turn.question || turn.aside || !ctx.cast ? undefined : castHolder(said, ctx.cast);
  if (cast) return { ...(speakerNamed(cast, gazetteer) ?? { name: cast, via: 'name' as const }), said };
  if (
    turn.question ||
    isInterviewer(said, ctx.interviewer) ||
    INTERVIEWER.test(said) ||
    askingOutlet(said, ctx) ||
    askingOutlet(turn.aside ?? '', ctx) ||
    roomAsker(turn, ctx) ||
    (ctx.pressConference === true && introducesAsker(turn.name ?? said, ctx.text.slice(...turn.body))) ||
    (ctx.pressConference === true &&
      asksUnderAside(turn.name ?? said, turn.aside, ctx.text.slice(...turn.body), gazetteer))
  )
    return { name: 'journalist', via: 'description', said };
  if (turn.answer) return { ...(ctx.interviewee ?? { name: 'Answer', via: 'title' }), said };
  // "SG:", "PM:": the office the initials stand for, when the roster or the head names its holder;
  // else the label as written.
  const expanded = ABBREVIATED[turn.name ?? ''];
  if (expanded) {
    const holder = turnSpeaker({ ...turn, name: expanded }, ctx, earlier);
    if (holder.personId || holder.name.toLowerCase() !== expanded.toLowerCase()) return holder;
  }
  // A chamber's record names the chair's holder once, with the group after a comma
  // ("PRESIDING OFFICER (D. HOLM, GRN)."), then gives the office alone: the same holder.
  const chairKey = turn.chamber ? `chair:${said.toLowerCase()}` : undefined;
  const held = turn.aside?.split(',')[0];
  const aside = turn.aside
    ? (speakerNamed(bareName(turn.aside), gazetteer) ??
      (chairKey && held ? speakerNamed(bareName(held), gazetteer) : undefined))
    : undefined;
  if (aside?.personId) {
    if (chairKey) earlier.set(chairKey, { ...aside, via: 'name', said });
    return { ...aside, via: 'name', said };
  }
  // A holder the roster does not know takes the chair all the same: the one before no longer holds it.
  if (chairKey && held && PRESIDING_LABEL.test(turn.name ?? said) && HELD_NAME.test(held.trim())) {
    const holder: Speaker = { name: held.trim().split(/\s+/).map(titleCase).join(' '), via: 'name', said };
    earlier.set(chairKey, holder);
    return holder;
  }
  const chair = chairKey ? earlier.get(chairKey) : undefined;
  if (chair) return { ...chair, said };
  if (turn.delegation) {
    // No person named: the delegation's voice, as the record names it ("the representative of Belmora").
    const party = speakerNamed(turn.name ?? '', gazetteer);
    const name = said.replace(/\s*\(.*$/, '');
    return { name, ...(party?.partyId ? { partyId: party.partyId } : {}), via: 'description', said };
  }
  // "V.Putin" as "V. Putin": Russian-style records join the initial to the surname.
  const words = joinedOffices(turn.name ?? '')
    .replace(/(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .split(/\s+/)
    .filter(Boolean)
    .filter((w, i, all) => !bodyInitials(w, i, all, turn.name ?? ''));
  // "President of Ketheny Samir Olenko", "Minister for Foreign Affairs of Norland Ingrid Solberg",
  // "Aide to the President Yuri Lamsky": the word after "of", "for" or "to" is the office's, not the name's.
  const OF = /^(?:of|for|to)$/i;
  const afterOf = (i: number) =>
    OF.test(words[i - 1] ?? '') || (/^the$/i.test(words[i - 1] ?? '') && OF.test(words[i - 2] ?? ''));
  const bare = words.filter((w, i) => !isRole(w) && !OF.test(w) && !afterOf(i)).join(' ');
  // Initials stand for a name ("T.H.:", and in a paper's interview "TM:" for Taras Melnyk). An
  // address before an office is no name either: "HON. SPEAKER:", "Hon. Chairperson:" are the office.
  const roleOnly =
    bare === '' ||
    /^(?:\p{Lu}\.\s*)+$/u.test(bare) ||
    /^\p{Lu}{2,3}$/u.test(turn.name ?? '') ||
    ADDRESS_ONLY.test(bare);
  const key = words.join(' ').toLowerCase();
  const ofParty = roleOnly || turn.aside ? undefined : partyOfficeSpeaker(words, ctx);
  if (ofParty) {
    earlier.set(key, { ...ofParty, said });
    return { ...ofParty, said };
  }
  const presiding = turn.chamber && words.some((w) => PRESIDENCY.test(w.toLowerCase()));
  const found = roleOnly
    ? (aliasHolder(said, gazetteer) ??
      (presiding
        ? { name: presidingOffice(words), via: 'title' as const }
        : (roleSpeaker(words, ctx) ??
          initialsHolder(bare, ctx.gazetteer, ctx.text) ??
          earlier.get(key) ??
          headInitialsName(turn.name ?? '', ctx.head ?? ''))))
    : // A label the roster gives as someone's alias ("The Provost") is that person, though its word is no role.
      (aliasHolder(said, gazetteer) ?? speakerNamed(bare, gazetteer));
  // "MODERATOR (Mr Per Holm):", Hansard's "The Secretary of State for Defence (Mr Ian Roe):": an
  // office whose aside is a person's name outside the roster is that person.
  // What is left of such an office is no name: "for Defence" ("DEPUTY ROSA INGRAM (Civic Front)" keeps hers).
  const office =
    roleOnly ||
    (words[0] !== undefined &&
      isRole(words[0]) &&
      (/(?:^|\s)\p{Ll}/u.test(bare) || words.some((w) => OF.test(w))));
  const asideBare = office && !found && turn.aside ? bareName(turn.aside.replace(COURTESY, '')) : '';
  // A printed hearing gives the holder's surname alone in capitals: "The CHAIR (Mrs. LUND)".
  const asideName = PERSON_ASIDE.test(asideBare)
    ? asideBare
    : SURNAME_IN_CAPITALS.test(asideBare) && COURTESY.test(turn.aside ?? '')
      ? titleCase(asideBare)
      : undefined;
  const speaker: Speaker = found
    ? { ...found, via: roleOnly ? 'title' : 'name', said }
    : asideName
      ? { name: asideName, via: 'name', said }
      : {
          name: writtenApart((roleOnly ? words : bare.split(/\s+/)).map(titleCase).join(' ')) || said,
          ...(aside?.partyId ? { partyId: aside.partyId } : {}),
          via: roleOnly ? 'title' : 'name',
          said,
        };
  earlier.set(key, speaker);
  return speaker;
}

/**
 * The person whose roster aliases hold a label exactly as written ("CHAIR:", "The Moderator:", a
 * college's "The Provost"): the user who wrote the alias has said who holds the role in their
 * negotiation, which no office of the roster read for the word could say as surely.
 */
function aliasHolder(label: string, gazetteer: Gazetteer): Speaker | undefined {
  const entry = gazetteer.aliases.get(label) ?? gazetteer.aliases.get(label.replace(/^The\s/, 'the '));
  return entry?.type === 'person' ? speakerNamed(entry.person.name, gazetteer) : undefined;
}

/**
 * An office written after its body's name ("Keystone Secretary General:", "Norland Foreign Minister:",
 * "Union High Representative:"): the holder the head or the roster names, of that party or of none.
 * The party alone is no speaker of it, nor another party's holder of the office.
 */
function partyOfficeSpeaker(words: string[], ctx: TurnContext): Speaker | undefined {
  if (words.length < 2 || words.length > 6 || !isRole(words.at(-1)!)) return undefined;
  for (let cut = Math.min(3, words.length - 1); cut >= 1; cut--) {
    const party = partyNamed(words.slice(0, cut).join(' '), ctx.gazetteer);
    if (!party) continue;
    const office = words.slice(cut);
    if (!office.every((w) => /^\p{Lu}/u.test(w))) return undefined;
    const holder = roleSpeaker(office, ctx);
    if (!holder || (holder.partyId !== undefined && holder.partyId !== party)) return undefined;
    return holder;
  }
  return undefined;
}

/** The party a name is, exactly (a person's name or the party's last word will not do). */
function partyNamed(name: string, gazetteer: Gazetteer): string | undefined {
  const found = speakerNamed(name, gazetteer);
  return found?.partyId &&
    !found.personId &&
    name.toLowerCase().includes(found.name.replace(/^the /i, '').toLowerCase().split(/\s+/)[0]!)
    ? found.partyId
    : undefined;
}

// "SATO Secretary General", "DG Mendes", "IAEA Director General Rafael Mendes": in a label written
// in mixed case a word in capitals before another is a body's or an office's initials, not a name.
// A surname in capitals comes last ("Ms SOLBERG", "Mr HOLM (Fjellby North)").
const INITIALS_WORD = /^\p{Lu}{2,5}$/u;
const bodyInitials = (word: string, i: number, all: string[], label: string): boolean =>
  i < all.length - 1 && INITIALS_WORD.test(word) && /\p{Ll}/u.test(label);

// Offices a record labels by their initials: the UN's "SG:", a prime minister's "PM:".
const ABBREVIATED: Record<string, string> = {
  SG: 'Secretary-General',
  DSG: 'Deputy Secretary-General',
  PM: 'Prime Minister',
  FM: 'Foreign Minister',
};

/**
 * A press conference's label naming an outlet, not anyone on the roster ("CCTV:", "China Daily:"),
 * or a journalist's name with the outlet aside ("ANNA BERG (Fjord Herald):").
 */
const askingOutlet = (said: string, ctx: TurnContext): boolean =>
  (ctx.pressConference === true || ctx.interview === true) &&
  (isOutletLabel(said, isRole) || inMasthead(said, ctx.masthead)) &&
  speakerNamed(said, ctx.gazetteer) === undefined &&
  initialsHolder(said, ctx.gazetteer, ctx.text) === undefined &&
  headInitialsName(said, ctx.head ?? '') === undefined;

/** A briefing's asker named by the outlet (roomAskers.ts); a label the roster names a person is that person. */
const roomAsker = (turn: Turn, ctx: TurnContext): boolean =>
  ctx.pressConference === true &&
  ctx.askers?.has(turn.label.toLowerCase()) === true &&
  speakerNamed(turn.name ?? turn.label, ctx.gazetteer)?.personId === undefined;

/** "Fjellby Courier:" under the masthead "THE FJELLBY COURIER": the publication's own label. */
const inMasthead = (said: string, masthead: string | undefined): boolean =>
  masthead !== undefined && said.length >= 3 && ` ${masthead} `.includes(` ${said.toUpperCase()} `);

/**
 * A record names a speaker in full at first and by the surname after ("CASS WENDOVER:", then
 * "WENDOVER:"): a surname alone the roster does not know is the one an earlier label named in full.
 */
export function sameAsEarlier(speaker: Speaker, earlier: Speaker[]): Speaker {
  // "Members:" is the House, not the last word of "Some hon. members".
  if (speaker.personId || speaker.via !== 'name' || /\s|^members?$/i.test(speaker.name)) return speaker;
  const surname = speaker.name.toLowerCase();
  const full = earlier.find(
    (s) =>
      !s.personId &&
      s.via === 'name' &&
      s.name.toLowerCase().split(/\s+/).at(-1) === surname &&
      /\s/.test(s.name),
  );
  return full ? { ...full, ...(speaker.said ? { said: speaker.said } : {}) } : speaker;
}

/**
 * The full names a record's head gives its speakers: the title's ("Press Briefing by Press Secretary
 * Jane Ellery") and its list's ("Speakers: Deputy Government Spokesperson Lena Vogt; Anna Kraus
 * (Federal Foreign Office)"). A label that gives the surname alone ("MS. ELLERY:", "Vogt:") is that person.
 */
export function headNames(head: string): Speaker[] {
  const title = titleSpeaker(head);
  const listed = head.split('\n').flatMap((line) => {
    const colon = line.indexOf(':');
    return colon > 0 && LIST_HEADER.test(line.slice(0, colon).trim())
      ? line.slice(colon + 1).split(/[;,]/)
      : [];
  });
  return [...(title ? [title] : []), ...listed]
    .map((said) => bareName(said).split(/\s+/).filter(Boolean).map(titleCase).join(' '))
    .filter((name) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u.test(name))
    .map((name) => ({ name, via: 'name' as const }));
}
