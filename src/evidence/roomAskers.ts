// A ministry's regular briefing names each asker by the outlet alone ("Xinhua:", "El Diario
// English:", "example.nl:"), and an outlet's name need not look like one. The record's shape says
// who asks: one voice, the briefer, answers after every other label, and three or more labels or
// more take turns before it. A label the briefer always answers, that asks in one turn at least,
// is the room's; a roster person's label stays that person's (a minister may ask at a joint event).
import type { Turn } from './turnBoundaries.ts';

// A briefing's room: the briefer answers this many labels at least (an interview has one asker).
const MIN_ASKERS = 3;

/** The labels (lower case) of a briefing's room: each answered by the briefer every time (see above). */
export function roomAskers(turns: Turn[], text: string): Set<string> {
  const key = (t: Turn) => t.label.toLowerCase();
  const answering = new Map<string, number>();
  for (let i = 1; i < turns.length; i++) {
    const [asked, answered] = [key(turns[i - 1]!), key(turns[i]!)];
    if (asked !== answered) answering.set(answered, (answering.get(answered) ?? 0) + 1);
  }
  const briefer = [...answering].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (briefer === undefined) return new Set();
  const seen = new Map<string, { answered: boolean; asks: boolean }>();
  for (const [i, turn] of turns.entries()) {
    const label = key(turn);
    if (label === briefer) continue;
    const was = seen.get(label) ?? { answered: true, asks: false };
    const next = turns[i + 1];
    seen.set(label, {
      answered: was.answered && next !== undefined && key(next) === briefer,
      asks: was.asks || text.slice(...turn.body).includes('?'),
    });
  }
  const room = [...seen].filter(([, s]) => s.answered && s.asks).map(([label]) => label);
  return room.length >= MIN_ASKERS ? new Set(room) : new Set();
}
