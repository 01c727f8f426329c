// Transcript turns: a paragraph opening with a speaker label ("MS. DORN:", "Question:",
// "Envoy Holm:", "T. Rieck:", "CHAIR (Mr. Oberg):") starts a turn that runs over the
// paragraphs after it until the next label. Each turn is one quotation of its speaker.
import { type Gazetteer, speakerNamed, titleCase } from './gazetteer.ts';
import { turnLabel } from './genre.ts';
import { TITLE_WORDS } from './lexicon.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

export interface Turn {
  /** The label as written, without its colon ("MS. DORN", "CHAIR (Mr. Oberg)"). */
  label: string;
  labelSpan: Span;
  /** The words spoken: from after the label to the end of the turn's last paragraph. */
  body: Span;
  question: boolean;
  /** The label's name part and its bracketed aside ("Mr. Oberg", "Carvel"). */
  name?: string;
  aside?: string;
}

// Lines that close a transcript rather than continue the last turn.
const END_OF_RECORD = /^(?:###|end|ends|\(end\)|-\s?30\s?-|\*\s?\*\s?\*|source:.*|media contact:.*)$/i;

/** The turns of a transcript, in order; paragraphs before the first label belong to none. */
export function findTurns(text: string, paragraphs: Span[]): Turn[] {
  const turns: Turn[] = [];
  let open: Turn | undefined;
  for (const [start, end] of paragraphs) {
    const paragraph = text.slice(start, end);
    const m = turnLabel(paragraph);
    if (m) {
      const label = m[0].replace(/:\s*$/, '');
      open = {
        label,
        labelSpan: [start, start + label.length],
        body: [start + m[0].length, end],
        question: m[1] !== undefined,
        ...(m[2] ? { name: m[2] } : {}),
        ...(m[3] ? { aside: m[3] } : {}),
      };
      turns.push(open);
    } else if (open && !END_OF_RECORD.test(paragraph)) {
      open.body = [open.body[0], end];
    } else {
      open = undefined;
    }
  }
  return turns;
}

const ROLE_WORDS = new Set(['chair', 'chairman', 'chairwoman', 'chairperson', 'moderator', 'h.e.', 'madam']);
const isRole = (word: string) => {
  const w = word.toLowerCase();
  return (
    TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, '')) || ROLE_WORDS.has(w) || w.includes('-general')
  );
};

/**
 * Who speaks a turn: the name in the label or its aside, titles stripped, resolved against
 * the roster; a label that is only a role ("CHAIR") keeps the speaker it had last time.
 * The label is kept as said.
 */
export function turnSpeaker(turn: Turn, gazetteer: Gazetteer, earlier: Map<string, Speaker>): Speaker {
  const said = turn.label;
  if (turn.question) return { name: 'journalist', via: 'description', said };
  const words = (turn.name ?? '').split(/\s+/).filter(Boolean);
  const bare = words.filter((w) => !isRole(w)).join(' ');
  const aside = turn.aside
    ? speakerNamed(
        turn.aside
          .split(/\s+/)
          .filter((w) => !isRole(w))
          .join(' '),
        gazetteer,
      )
    : undefined;
  const roleOnly = bare === '' || /^(?:\p{Lu}\.\s*)+$/u.test(bare);
  const found =
    (aside?.personId ? aside : undefined) ??
    (roleOnly ? earlier.get(words.join(' ').toLowerCase()) : speakerNamed(bare, gazetteer)) ??
    undefined;
  const speaker: Speaker = found
    ? { ...found, via: roleOnly ? 'title' : 'name', said }
    : {
        name: (roleOnly ? words : bare.split(/\s+/)).map(titleCase).join(' ') || said,
        ...(aside?.partyId ? { partyId: aside.partyId } : {}),
        via: roleOnly ? 'title' : 'name',
        said,
      };
  earlier.set(words.join(' ').toLowerCase(), speaker);
  return speaker;
}

/** Quote claims of a transcript's turns, one per turn, with the label's speaker. */
export function turnQuotes(text: string, turns: Turn[], gazetteer: Gazetteer): SuggestedClaim[] {
  const earlier = new Map<string, Speaker>();
  return turns.flatMap((turn) => {
    const speaker = turnSpeaker(turn, gazetteer, earlier);
    const words = text.slice(turn.body[0], turn.body[1]).replace(/\s+/g, ' ').trim();
    if (words === '') return [];
    return [
      {
        kind: 'quote' as const,
        text: text.slice(turn.body[0], turn.body[1]),
        span: turn.body,
        speaker,
        data: { words, speakerSpan: turn.labelSpan, form: 'turn' as const },
      },
    ];
  });
}
