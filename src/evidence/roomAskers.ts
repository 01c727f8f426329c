// A ministry's regular briefing names each asker by the outlet alone ("Xinhua:", "El Diario
// English:", "example.nl:"), and an outlet's name need not look like one. The record's shape says
// who asks: one voice, the briefer, answers after every other label, and three or more labels or
// more take turns before it. A label the briefer always answers, that asks in half its turns at
// least and carries no office or courtesy, is the room's; a roster person's label stays that
// person's (a minister may ask at a joint event).
import type { Turn } from './turnBoundaries.ts';

// A briefing's room: the briefer answers this many labels at least (an interview has one asker).
const MIN_ASKERS = 3;
// A guest at the podium answers too, and may ask the room a question it answers itself: a label
// opening on an office or a courtesy ("Ambassador Ruiz", "Mr Holm", "Deputy Minister Lind") is no outlet.
const TITLED =
  /^(?:the\s+)?(?:mr|mrs|ms|miss|dr|prof|sir|dame|h\.\s?e|ambassador|minister|deputy|director|secretary|senator|commissioner|general|president|envoy|spokes(?:man|woman|person)|representative|governor|chair(?:man|woman|person)?)\b\.?/i;

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
  const seen = new Map<string, { answered: boolean; turns: number; asks: number }>();
  for (const [i, turn] of turns.entries()) {
    const label = key(turn);
    if (label === briefer || TITLED.test(label)) continue;
    const was = seen.get(label) ?? { answered: true, turns: 0, asks: 0 };
    const next = turns[i + 1];
    seen.set(label, {
      answered: was.answered && next !== undefined && key(next) === briefer,
      turns: was.turns + 1,
      asks: was.asks + (text.slice(...turn.body).includes('?') ? 1 : 0),
    });
  }
  // An asker asks in half its turns at least (a follow-up may state what it has heard).
  const room = [...seen].filter(([, s]) => s.answered && s.asks * 2 >= s.turns).map(([label]) => label);
  return room.length >= MIN_ASKERS ? new Set(room) : new Set();
}
