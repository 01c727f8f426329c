// Who was in the room, by role: "There were also two observers", "The two foreign ministers came
// in for the last hour", "their Foreign Minister was also in the hall for the initialling" against
// "No observers, no ministers.", "no foreign ministers were present", "Only the delegations and
// the mediator.", "attended only by the two Ministers and His Beatitude". Such claims are short
// and name people by what they are, not by name; each is about one occasion, which a sentence
// often leaves to the one before it or to the question it answers ("On the meeting of 13 March:
// … No observers, no ministers."). Two of them from two sources are compared when they speak of
// one occasion: of one kind, on one day where both name it, told within days of each other.
import { asks } from './assertion.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { occasionIn, oneOccasion } from './presenceOccasion.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

export type Role = 'observer' | 'minister' | 'envoy' | 'mediator' | 'delegation';

const ROLE_WORDS: [Role, string][] = [
  ['observer', 'observers?'],
  ['minister', '(?:foreign )?ministers?'],
  ['envoy', '(?:special )?envoys?|ambassadors?'],
  ['mediator', 'mediators?|mediation'],
  ['delegation', 'delegations?|heads? of delegations?|negotiators?'],
];
const ROLE = ROLE_WORDS.map(([, w]) => w).join('|');
// Compiled once: a role is read for every match in every passage compared.
const ROLE_TESTS = ROLE_WORDS.map(([role, w]): [Role, RegExp] => [role, new RegExp(`^(?:${w})$`, 'i')]);
const roleOf = (word: string): Role | undefined => ROLE_TESTS.find(([, test]) => test.test(word))?.[0];
const ANY_ROLE = new RegExp(`\\b(?:${ROLE})\\b`, 'gi');

// Said present: "was also in the hall", "came in for the last hour", "attended", "took part as an
// observer", "there were also two observers". Not so a verb's other senses: "came in for sharp
// criticism", "joined in condemning", "joined forces", "was there to help, not to judge".
const PRESENT_VERB =
  /\b(?:(?:was|were) (?:also |actually |still )?(?:present|in the (?:room|hall)|at the table|there(?! to\b))|(?:came|sat|walked) in(?! for (?:[\p{L}-]+ )?(?:criticism|praise|attack|scrutiny|flak|blame|questions)\b)|attended|joined(?! in\b| forces\b)|took part|sat in on)\b/iu;
// The role before its verb, within its clause: "Pardessa's special envoy, Ambassador Aksoylu, was in the room".
const SUBJECT_ROLE = new RegExp(String.raw`\b(${ROLE})\b[^.;:!?]{0,50}$`, 'i');
const THERE_WERE = new RegExp(
  String.raw`\bthere (?:was|were) (?!no\b|not\b)(?:also )?(?:an? |one |two |three |several |some |\d+ )?(?:[\p{L}-]+ )?(${ROLE})\b`,
  'iu',
);
// "The meeting was attended by the ministers of both countries": the roles after "by".
const BY_ROLE = new RegExp(
  String.raw`\b(?:attended|joined) by (?:the |both |two |all )?(?:[\p{L}-]+ )?(${ROLE})\b`,
  'iu',
);
const AS_ROLE = new RegExp(
  String.raw`\b(?:(?:took|taken|takes|take) part|sat in|attended|(?:was|were) present) as (?:an? |the )?(${ROLE})\b`,
  'i',
);
// Said absent: "no foreign ministers were present", "No observers, no ministers." (a sentence of
// nothing else), "the envoy was not in the room".
const NO_ROLE = new RegExp(String.raw`\bno (${ROLE})\b`, 'gi');
const NO_ROLE_PRESENT = new RegExp(
  String.raw`\bno (${ROLE}) (?:was|were) (?:present|in the (?:room|hall)|at the table|there)\b`,
  'i',
);
const THERE_WERE_NO = new RegExp(String.raw`\bthere (?:was|were) no (${ROLE})\b`, 'i');
const NOT_PRESENT = new RegExp(
  String.raw`\b(${ROLE})\b[^.;:!?]{0,50}?\b(?:was|were) (?:not|never) (?:present|in the (?:room|hall)|at the table|there)\b`,
  'i',
);
// Only those named: "attended only by the two Ministers and His Beatitude", "Only the delegations
// and the mediator." (a sentence of nothing else).
const ONLY_BY = /\b(?:attended|joined) only by ([^.;!?]{1,100})/i;
const ONLY_LIST = /^\W*only (?:the )?([^.;!?]{1,80})[.!]?\s*$/i;
// A sentence of a few words and no verb: "No observers, no ministers.", "No minister."
const VERBLESS_WORDS = 8;
const HAS_VERB = /\b(?:is|are|was|were|be|been|has|have|had|do|did|does|will|would|came|sat|said|says)\b/i;

export interface RolePresence {
  present: Set<Role>;
  absent: Set<Role>;
  /** The roles of those said to be the only ones there. */
  only?: Set<Role>;
}

const rolesIn = (text: string): Set<Role> =>
  new Set(allMatches(ANY_ROLE, text).flatMap((m) => roleOf(m[0]) ?? []));

/** Whether a sentence says who was or was not at an occasion, by role (cheap: for keeping short ones). */
export const statesRolePresence = (text: string): boolean => readRolePresence(text) !== undefined;

/** Who a sentence says was, was not, or alone was at an occasion, by role. */
export function readRolePresence(text: string): RolePresence | undefined {
  const present = new Set<Role>();
  const absent = new Set<Role>();
  let only: Set<Role> | undefined;
  const verbless = !HAS_VERB.test(text) && text.split(/\s+/).length <= VERBLESS_WORDS;
  const onlyBy = ONLY_BY.exec(text) ?? (verbless ? ONLY_LIST.exec(text) : null);
  if (onlyBy) only = rolesIn(onlyBy[1]!);
  const noPresent = NO_ROLE_PRESENT.exec(text);
  if (noPresent) absent.add(roleOf(noPresent[1]!)!);
  if (verbless) for (const m of allMatches(NO_ROLE, text)) absent.add(roleOf(m[1]!)!);
  const thereNo = THERE_WERE_NO.exec(text);
  if (thereNo) absent.add(roleOf(thereNo[1]!)!);
  const notPresent = NOT_PRESENT.exec(text);
  if (notPresent) absent.add(roleOf(notPresent[1]!)!);
  const as = AS_ROLE.exec(text) ?? THERE_WERE.exec(text) ?? (onlyBy ? null : BY_ROLE.exec(text));
  if (as) present.add(roleOf(as[1]!)!);
  const verb = onlyBy ? null : PRESENT_VERB.exec(text);
  const subject = verb && SUBJECT_ROLE.exec(text.slice(0, verb.index));
  // "no foreign ministers were present" says them absent (NO_ROLE_PRESENT).
  if (subject && !/\bno\s+$/i.test(text.slice(0, subject.index))) present.add(roleOf(subject[1]!)!);
  // "Isenland says an observer was present; Galvenia says there were no observers": a sentence
  // telling both sides of a dispute gives no one answer.
  for (const r of [...present])
    if (absent.has(r)) {
      present.delete(r);
      absent.delete(r);
    }
  if (present.size === 0 && absent.size === 0 && (!only || only.size === 0)) return undefined;
  return { present, absent, ...(only && only.size > 0 ? { only } : {}) };
}

/** A passage's presence by role, and the occasion its sentence or the one it follows names. */
export const presenceOf = perPassage((p) => {
  // A journalist's words put a premise to the speaker ("The Minister said no observers were in
  // the room. Which is it?"): they say no one was or was not there.
  if (p.kind === 'event' || asks(p)) return undefined;
  const said = readRolePresence(p.text);
  if (!said) return undefined;
  const occasion = [p.text, ...(p.setting ?? [])].map((t) => occasionIn(t, p.published)).find(Boolean);
  return occasion ? { said, occasion } : undefined;
});

/** The role one passage puts at an occasion and the other says was not there, if any. */
function roleApart(x: RolePresence, y: RolePresence): Role | undefined {
  for (const r of x.present) if (y.absent.has(r) || (y.only && !y.only.has(r))) return r;
  return undefined;
}

/**
 * The role two passages disagree on at one occasion: one says it was there, the other that it
 * was not, or that only others were ("Only the delegations and the mediator." / "their Foreign
 * Minister was also in the hall").
 */
export function rolesApart(
  a: Passage,
  b: Passage,
  roster: Roster,
): { reason: string; values: [string, string] } | undefined {
  const [pa, pb] = [presenceOf(a, roster), presenceOf(b, roster)];
  if (!pa || !pb || !oneOccasion(a, pa.occasion, b, pb.occasion, false)) return undefined;
  const there = roleApart(pa.said, pb.said);
  const role = there ?? roleApart(pb.said, pa.said);
  if (!role) return undefined;
  const [yes, no] = [`${role} at the ${pa.occasion.kind}`, `no ${role} at the ${pa.occasion.kind}`];
  return { reason: `${yes} and not`, values: there ? [yes, no] : [no, yes] };
}

/** Whether two passages say who was at one occasion by the same role, alike or not. */
export function oneRolePresence(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [pa, pb] = [presenceOf(a, roster), presenceOf(b, roster)];
  if (!pa || !pb || !oneOccasion(a, pa.occasion, b, pb.occasion, false)) return undefined;
  const roles = (s: RolePresence) => new Set([...s.present, ...s.absent]);
  const [ra, rb] = [roles(pa.said), roles(pb.said)];
  const shared = [...ra].find((r) => rb.has(r)) ?? (rolesApart(a, b, roster) ? 'who' : undefined);
  return shared ? `who was at the ${pa.occasion.kind} (${shared})` : undefined;
}
