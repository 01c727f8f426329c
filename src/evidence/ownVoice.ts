// A post or an address speaks for its author: "Met with FM Solberg in Kessel today.", "Today I
// met the Foreign Minister …", "Good talks with Envoy Dahl." name only the counterpart, yet the
// author was there. Read without the author, a principal's meeting with the mediator is the
// mediator's other meeting that day (shuttle diplomacy), so each such event carries its author.
// A call the author received ("Varin phoned me") has the author on it as well.
import { callsSpeaker } from './callers.ts';
import type { SuggestedClaim } from './types.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;

const WHEN = String.raw`(?:(?:Today|Yesterday|Tonight|Earlier today|Last night|This (?:morning|afternoon|evening))\s*,?\s+)?`;
const MET = String.raw`(?:met|held|hosted|received|spoke|talked|had)\b`;
// "I met …", "Today I held talks …", "I have just spoken …": the speaker's own act.
const FIRST_PERSON = new RegExp(String.raw`^${WHEN}I\s+(?:(?:have|had|just)\s+)*(?:${MET}|spoken\b)`);
// A post drops its subject ("Met with …", "Just spoke with …") or tells the act as a noun ("Good
// talks with …", "Productive meeting with …"): its author is the subject.
const ELIDED = new RegExp(
  String.raw`^${WHEN}(?:(?:Just\s+)?(?:Met|Held|Hosted|Received|Spoke|Talked|Had)\b|(?:Just\s+)?${MET}|(?:Good|Great|Productive|Useful|Frank|Constructive|Substantive|Important|Warm)\s+(?:(?:and|&)\s+\w+\s+)?(?:meeting|talks|call|conversation|discussion)\s+with\b)`,
);

interface Voice {
  from: number;
  to: number;
  author: string;
  post: boolean;
}

/** The posts and turns whose speaker is a roster person. */
function voicesOf(voiced: SuggestedClaim[]): Voice[] {
  const out: Voice[] = [];
  for (const q of voiced)
    if (q.kind === 'quote' && (q.data.form === 'turn' || q.data.form === 'post') && q.speaker?.personId)
      out.push({ from: q.span[0], to: q.span[1], author: q.speaker.personId, post: q.data.form === 'post' });
  return out;
}

/** Whether a sentence tells its speaker's own act: in the first person, or, in a post, with no subject. */
export function toldByAuthor(sentence: string, post: boolean): boolean {
  const s = sentence.trimStart();
  return FIRST_PERSON.test(s) || (post && ELIDED.test(s));
}

/** The event claims told in their author's own voice, each with the author among its participants. */
export function withAuthors(
  claims: SuggestedClaim[],
  voiced: SuggestedClaim[],
  text: string,
): SuggestedClaim[] {
  const voices = voicesOf(voiced);
  if (voices.length === 0) return claims;
  return claims.map((c) => {
    if (c.kind !== 'event') return c;
    const voice = voices.find((v) => v.from <= c.span[0] && c.span[1] <= v.to);
    const sentence = text.slice(c.span[0], c.span[1]);
    const called = c.data.eventKind === 'call' && callsSpeaker(sentence);
    if (!voice || !(called || toldByAuthor(sentence, voice.post))) return c;
    return { ...c, data: { ...c.data, author: voice.author } } satisfies EventClaim;
  });
}
