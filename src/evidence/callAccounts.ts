// Two accounts of one phone call: each side's readout, or a readout and a wire's report of the
// other side's, tell of the same call in different words, and each side tells it its own way
// (who rang whom, whether it was one-to-one or a third person joined, whether it moved a
// deadline). The sentences of an account sit after the call's own sentence, so linking never
// compares them; here they are read as the call's, set against the other account's, and linked
// to its sentences that tell the same of the call.
import { buildGazetteer } from './gazetteer.ts';
import { initiatorOf } from './initiative.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './lexicon.ts';
import type { Disagreement, SourceLink } from './link.ts';
import { dayAgreed, noDayAgreed, sameNextStep } from './nextDayAgreed.ts';
import type { Passage } from './passages.ts';
import { MONTH_WORD, monthOf } from './quickDates.ts';
import type { Roster } from './types.ts';

/** How many sentences after its last mention a call's account runs: a readout's length. */
const ACCOUNT_SENTENCES = 8;
/** How many mentions of one day's call, and sentences of each side, are compared: no pair of all. */
const FEW = 8;

interface Account {
  source: string;
  calls: Passage[];
  told: Passage[];
}

const dataOf = (p: Passage) => (p.claim?.kind === 'event' ? p.claim.data : undefined);
const isCall = (p: Passage) => p.kind === 'event' && dataOf(p)?.eventKind === 'call';
/** The day a call's own words give it; none when only the page's day dates it. */
const ownDay = (p: Passage) => (dataOf(p)?.dateText === undefined ? undefined : (dataOf(p)?.date ?? ''));

/**
 * Whether two call events are one call: linked as one event, or the same people on the line
 * (two at least, every person of one account on the other) on one day, or one leaves it undated.
 */
function oneCall(
  a: Passage,
  b: Passage,
  linked: (a: Passage, b: Passage) => boolean,
  roster: Roster,
): boolean {
  if (linked(a, b)) return true;
  const people = buildGazetteer(roster).personById;
  const [da, db] = [dataOf(a)!, dataOf(b)!];
  if (da.date && db.date && da.date !== db.date) return false;
  // An undated post that names its call's day ("On 11 June", no year) tells another call than one
  // dated on another day of the year.
  if (!da.date && db.date && namedApart(a.text, db.date)) return false;
  if (!db.date && da.date && namedApart(b.text, da.date)) return false;
  const [pa, pb] = [
    da.participants.filter((p) => people.has(p)),
    db.participants.filter((p) => people.has(p)),
  ];
  const shared = pa.filter((p) => pb.includes(p)).length;
  return shared >= 2 && shared === Math.min(pa.length, pb.length);
}

// A day and a month in words, either order: "11 June", "June 11".
const DAY_MONTH = new RegExp(`\\b(?:(\\d{1,2}) ${MONTH_WORD}|${MONTH_WORD} (\\d{1,2})(?!\\d))`, 'gi');
// A day that is another thing's, not the call's: "ahead of the 20 June deadline", "by 20 June".
const OTHER_THINGS_DAY = /\b(?:ahead of|before|after|by|until|till|from|to)\s+(?:the\s+)?$/i;
const DUE_NOUN_AFTER = /^\s*(?:deadline|cut-?off|date|limit|target)\b/i;
// The call's own day: after "on" ("on 11 June", "on the evening of 11 June", "on Tuesday, 11 June").
const ON_ITS_DAY = /\bon\s+(?:the\s+(?:evening|morning|afternoon|night)\s+of\s+)?(?:\p{L}+day,?\s+)?$/iu;
const CALL_WORD = /\b(?:call(?:ed)?|conversation|spoke|talked|phoned|telephoned|rang|phone|telephone)\b/i;

/**
 * The day and month (0-based) that `text` gives its call in words: the one after "on", else the
 * one nearest the call's word; a day of another thing ("ahead of the 20 June deadline") is none.
 */
function callDayNamed(text: string): [number, number] | undefined {
  const days = [...text.matchAll(DAY_MONTH)].filter(
    (m) =>
      !OTHER_THINGS_DAY.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
      !DUE_NOUN_AFTER.test(text.slice(m.index + m[0].length)),
  );
  const callAt = CALL_WORD.exec(text)?.index ?? 0;
  const m =
    days.find((d) => ON_ITS_DAY.test(text.slice(Math.max(0, d.index - 40), d.index))) ??
    days.toSorted((x, y) => Math.abs(x.index - callAt) - Math.abs(y.index - callAt))[0];
  if (!m) return undefined;
  return m[1] !== undefined ? [Number(m[1]), monthOf(m[2]!)] : [Number(m[4]), monthOf(m[3]!)];
}

/** Whether `text` names its call's day of the month in words, and not the month and day of `iso`. */
function namedApart(text: string, iso: string): boolean {
  const named = callDayNamed(text);
  if (!named) return false;
  const [day, month] = named;
  return month >= 0 && (month + 1 !== Number(iso.slice(5, 7)) || day !== Number(iso.slice(8, 10)));
}

/** Each source's calls, with the sentences that tell each (its own and the few after it). */
function accountsOf(passages: Passage[]): Account[] {
  const bySource = new Map<string, Passage[]>();
  // Pushed onto, not copied per passage: a copy each time was quadratic in one source's sentences.
  for (const p of passages) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  const accounts: Account[] = [];
  for (const [source, all] of bySource) {
    const ordered = all.toSorted((x, y) => x.span[0] - y.span[0]);
    // Calls a source dates alike are one account; a call on another day starts its own. A mention
    // that writes no day of its own ("X also took part in the call") is the call just told, though
    // the page's day dates it: it neither starts an account nor ends the one before.
    const byDay = new Map<string, Account & { seen: Set<Passage> }>();
    let lastDay: string | undefined;
    ordered.forEach((call, at) => {
      if (!isCall(call)) return;
      const day = ownDay(call) ?? lastDay ?? dataOf(call)?.date ?? '';
      lastDay = day;
      const account = byDay.get(day) ?? { source, calls: [], told: [], seen: new Set<Passage>() };
      if (!byDay.has(day)) {
        byDay.set(day, account);
        accounts.push(account);
      }
      account.calls.push(call);
      // The call's own sentence and the few after it, up to a call on another day.
      let taken = 0;
      const end = Math.min(ordered.length, at + 4 * ACCOUNT_SENTENCES);
      for (let i = Math.max(0, at - 2); i < end && taken <= ACCOUNT_SENTENCES; i++) {
        const p = ordered[i]!;
        if (p.span[1] <= call.span[0]) continue;
        if (p.span[0] > call.span[1] && isCall(p) && (ownDay(p) ?? day) !== day) break;
        if (p.kind === 'event') continue;
        taken++;
        if (!p.quotedOnly && !account.seen.has(p)) {
          account.seen.add(p);
          account.told.push(p);
        }
      }
    });
  }
  return accounts;
}

// The call had no one else on the line: "held a one-to-one conversation", "in a tête-à-tête
// format", "only the two leaders were on the line". Not "a one-on-one meeting" (another event).
// Also "the two presidents alone", "the two leaders speaking alone", "no third party took part",
// "and nobody else on the line".
const ALONE =
  /\b(?:one[- ](?:to|on)[- ]one|tête-à-tête|tete-a-tete|(?:just|only) the two (?:leaders|presidents|ministers|men|women|of them|of us)|the two (?:leaders|presidents|prime ministers|ministers|heads of state) (?:were |was )?(?:speaking |talking )?alone|no (?:third (?:party|person|parties)|one else|other (?:person|participant)s?) (?:took part|joined|was (?:present|on the (?:call|line)))|no(?:body| ?one) else (?:(?:was|were) )?on the (?:call|line))\b(?! (?:meeting|talks|session|lunch|dinner|breakfast|encounter|with)\b)/i;
// Someone else was on it: "X also took part in the call", "joined for its last part", "was also on
// the line", "in the presence of Foreign Minister X" (a person named: not "of journalists").
// Not "no one else joined".
// Also "was joined on the call by", "was joined at the President's invitation by the Minister",
// "was accompanied on the call by", "was also attended by",
// "joined the last minutes of the call", "joined that call for its second half", "joined the
// Foreign Minister on the line" (whom they joined, by title or name).
const JOINED =
  /\b(?:also (?:took part|joined|participated|sat in|listened in)|(?:took|take|taking) part in the (?:call|conversation)|joined (?:the call|the conversation|them|for|in|later|midway|partway)|joined (?:the|that|this) (?:(?:[\p{L}]+ )?(?:part|half|end|start) of (?:the|that|this) )?(?:call|conversation)|(?:was|were) (?:also )?on the (?:call|line)|(?:was|were) (?:also )?(?:joined|accompanied)\b[^.;]{0,60}?\bby (?:the )?\p{Lu}\p{L}*|joined (?:the )?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}on the (?:call|line)|(?:call|conversation) was (?:also )?attended by)\b/iu;
const PRESENCE = /\b[Ii]n the presence of (?:the )?[A-Z]/;
const NOT_JOINED = /\b(?:no(?: ?one|body)?|not|never|neither|nor)\b[^.;]{0,25}$/i;
// A sentence of the account is about the call only if it names it or refers to it ("it", "the
// leaders spoke"): a story's later sentence about something else is not the call's. A call named
// only as a time ("after the call, …") does not count.
const CALL_REF =
  /\b(?:call|conversation|phone|telephone|line|it|(?:leaders|presidents|ministers|two|they) (?:spoke|talked))\b/i;
const CALL_AS_TIME =
  /\b(?:after|before|following|ahead of|later than) (?:the|their|this|that|its) (?:phone |telephone )?(?:call|conversation)\b/gi;
const aboutCall = (text: string) => CALL_REF.test(text.replace(CALL_AS_TIME, ''));
const saysAlone = (text: string) => ALONE.test(text) && aboutCall(text);
const joined = (text: string) => {
  const m = JOINED.exec(text) ?? PRESENCE.exec(text);
  return m !== null && aboutCall(text) && !NOT_JOINED.test(text.slice(0, m.index));
};

// A deadline the call left where it was: "the date of 26 May for the replies remains in place",
// "No date was fixed for the comments", "no new dates were discussed".
const KEPT =
  /\b(?:remain(?:s|ed)? (?:in place|in force|unchanged|valid)|(?:is|was) (?:maintained|unchanged|not (?:moved|changed|extended|postponed))|has not (?:been )?(?:moved|changed|extended|postponed)|no (?:new )?(?:date|deadline)s? (?:was|were|has been|have been|had been) (?:fixed|set|discussed|agreed|changed))\b/i;
// One it moved: "adjusted to May 31", "would be sent by Friday the 17th instead of today",
// "could now be submitted until September 23", "agreed to move the deadline … to Friday".
const DAY = `(?:\\d{1,2}\\b|${WEEKDAY_NAME}|${MONTH_NAME}|the (?:end|start|beginning|middle) of|(?:a )?later date|next week)`;
const MOVED = new RegExp(
  `\\b(?:(?:moved?|moving|adjust(?:ed)?|extend(?:ed)?|postponed?|push(?:ed)?(?: back)?|put back|brought forward|defer(?:red)?)\\b[^.;]{0,80}?\\b(?:to|until) (?:the |next )?${DAY}|instead of (?:today|tomorrow|the |${DAY})|later than (?:previously|originally|first) (?:set|planned|agreed)|could now be (?:submitted|sent|filed|delivered) (?:until|by))`,
  'i',
);
const DUE = /\b(?:deadline|date|dates|due|replies|reply|comments|answers|responses)\b/i;
// What falls due: a reply deadline is not a signing date.
const DUE_OBJECT = /\b(replies|reply|comments|answers|responses|signing|signature|vote|referendum|round)\b/gi;
const objectsOf = (text: string) =>
  new Set([...text.matchAll(DUE_OBJECT)].map((m) => m[1]!.toLowerCase().replace(/^reply$/, 'replies')));
function oneDue(a: string, b: string): boolean {
  const [x, y] = [objectsOf(a), objectsOf(b)];
  return x.size === 0 || y.size === 0 || [...x].some((o) => y.has(o));
}
const kept = (t: string) => DUE.test(t) && KEPT.test(t) && !MOVED.test(t);
const movedDue = (t: string) => DUE.test(t) && MOVED.test(t) && !KEPT.test(t);

type Rule = (a: Account, b: Account, roster: Roster) => Disagreement | undefined;

/**
 * Sides of two accounts where one holds `x` and the other `y`, and neither holds the other; `lax`
 * lets the `y` side hold `x` too (a report that gives the other side's account beside its own).
 */
type Holds = (text: string, published?: string) => boolean;
function facing(a: Account, b: Account, x: Holds, y: Holds, lax = false) {
  const holds = (acc: Account, f: Holds) => acc.told.filter((p) => f(p.text, p.published)).slice(0, FEW);
  for (const [p, q] of [
    [a, b],
    [b, a],
  ] as const) {
    const [px, qy] = [holds(p, x), holds(q, y)];
    if (px.length && qy.length && holds(p, y).length === 0 && (lax || holds(q, x).length === 0))
      return [px, qy] as const;
  }
  return undefined;
}

const format: Rule = (a, b) => {
  const sides = facing(a, b, saysAlone, joined);
  if (!sides) return undefined;
  const [alone, others] = sides;
  return {
    kind: 'participants',
    reason: 'one-to-one vs someone else on the call',
    a: alone[0]!,
    b: others[0]!,
  };
};

const deadline: Rule = (a, b) => {
  const sides = facing(a, b, kept, movedDue, true);
  if (!sides) return undefined;
  const [stay, move] = sides;
  const pair = stay.flatMap((s) => move.filter((m) => oneDue(s.text, m.text)).map((m) => [s, m] as const))[0];
  if (!pair) return undefined;
  return { kind: 'date', reason: 'the call left the deadline in place vs moved it', a: pair[0], b: pair[1] };
};

// A day agreed for what comes next against none agreed; a deadline kept against one moved is
// the deadline rule's, not a second flag.
const nextDay: Rule = (a, b, roster) => {
  if (deadline(a, b, roster)) return undefined;
  const sides = facing(a, b, dayAgreed, noDayAgreed);
  const pair = sides?.[0]
    .flatMap((x) =>
      sides[1].filter((y) => sameNextStep(x.text, y.text, x.published)).map((y) => [x, y] as const),
    )
    .at(0);
  if (!pair) return undefined;
  return { kind: 'status', reason: 'the call agreed a day vs agreed none', a: pair[0], b: pair[1] };
};

// Who rang whom, where linking could not date both reports (a post with no date of its own).
const caller: Rule = (a, b, roster) => {
  const who = (acc: Account) =>
    acc.told.flatMap((p) => {
      const party = initiatorOf(p, roster);
      return party ? [{ p, party }] : [];
    });
  const [x, y] = [who(a), who(b)];
  if (new Set(x.map((w) => w.party)).size !== 1 || new Set(y.map((w) => w.party)).size !== 1)
    return undefined;
  if (x[0]!.party === y[0]!.party) return undefined;
  return {
    kind: 'attribution',
    reason: `asked for by ${x[0]!.party} vs ${y[0]!.party}`,
    a: x[0]!.p,
    b: y[0]!.p,
  };
};

const RULES: Rule[] = [format, deadline, nextDay, caller];

/**
 * Whether two event passages tell one call (for rules elsewhere that read a call's sentences).
 * `linked` is `linkedIn(links)`, built once by the caller: rebuilt per pair it was a pass over
 * every link for each pair of dated calls.
 */
export function sameCall(
  a: Passage,
  b: Passage,
  linked: (a: Passage, b: Passage) => boolean,
  roster: Roster,
): boolean {
  if (!isCall(a) || !isCall(b)) return false;
  return oneCall(a, b, linked, roster);
}

/** Whether linking took two passages as one event, as a lookup built once over the links. */
export function linkedIn(links: SourceLink[]): (a: Passage, b: Passage) => boolean {
  const pairs = new Map<Passage, Set<Passage>>();
  for (const l of links) {
    if (!l.reason.startsWith('one event')) continue;
    pairs.set(l.a, (pairs.get(l.a) ?? new Set()).add(l.b));
    pairs.set(l.b, (pairs.get(l.b) ?? new Set()).add(l.a));
  }
  return (a, b) => pairs.get(a)?.has(b) ?? false;
}

// What an account tells of its call that another account of it tells too, whatever the words or
// the figure: who was on the line (alone, or who joined) and who asked for it. Two such sentences
// are one claim about the call, linked whether they agree or not.
const FACETS: [string, (p: Passage, roster: Roster) => boolean][] = [
  ['who was on the call', (p) => saysAlone(p.text) || joined(p.text)],
  ['who asked for the call', (p, roster) => initiatorOf(p, roster) !== undefined],
];

function facetLinks(a: Account, b: Account, roster: Roster): SourceLink[] {
  return FACETS.flatMap(([reason, tells]) => {
    const [xs, ys] = [a, b].map((acc) => acc.told.filter((p) => tells(p, roster)).slice(0, FEW));
    return xs!.flatMap((x) => ys!.map((y) => ({ a: x, b: y, reason })));
  });
}

export interface CallAccounts {
  /** What two sources' accounts of one call say that cannot both be true. */
  flags: Disagreement[];
  /** Sentences of two accounts of one call that tell one thing of it (FACETS). */
  links: SourceLink[];
}

/** Two sources' accounts of one call, set against each other: their flags and their links. */
export function callAccounts(passages: Passage[], links: SourceLink[], roster: Roster): CallAccounts {
  const accounts = accountsOf(passages);
  const linked = linkedIn(links);
  const found: CallAccounts = { flags: [], links: [] };
  for (let i = 0; i < accounts.length; i++)
    for (let j = i + 1; j < accounts.length; j++) {
      const [a, b] = [accounts[i]!, accounts[j]!];
      if (a.source === b.source) continue;
      const [ca, cb] = [a.calls.slice(0, FEW), b.calls.slice(0, FEW)];
      if (!ca.some((x) => cb.some((y) => oneCall(x, y, linked, roster)))) continue;
      for (const rule of RULES) {
        const d = rule(a, b, roster);
        if (d) found.flags.push(d);
      }
      found.links.push(...facetLinks(a, b, roster));
    }
  return found;
}
