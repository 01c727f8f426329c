// A committee chair gives a member the floor as "the call": "Senator Lind, you have the call",
// "Senator Lind has the call". Handing a member back time cut short, the chair says "you had the
// call": past tense, the same floor, so "had" is read too. Only a chair's turn in a record says so;
// a question "you had the call on Monday" or a news line "Lind had the call" is a telephone call.
// After "the call" comes the end of the sentence or a topic ("on the crossing"), never a party or a
// day.

const DAY_WORD =
  '(?:\\d|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|[Yy]esterday|[Tt]oday|[Tt]onight|the (?:\\d|morning|evening|night|weekend|day))';
// Case-sensitive: "Senator" and the name are capitalised in a record.
const FLOOR = new RegExp(
  String.raw`(?:\b[Yy]ou|\bSenator\s+\p{Lu}[\p{L}'’-]+)\s+(?:have|has|had)\s+the call(?=\s*(?:[.!?;,]|$)|\s+on\s+(?!${DAY_WORD}))`,
  'gu',
);
// A turn's label: "CHAIR:", "The CHAIR:", "Chair (Senator Dahl):", "ACTING CHAIR:".
const CHAIR_TURN = /^\s*(?:the\s+)?(?:(?:acting|deputy)\s+)?chair(?:man|woman|person)?\b[^:\n]{0,40}:/i;
const TURN_REACH = 2000;

/** The text from the start of the line (a record's turn) that `start` falls in, to `start`. */
function turnOf(text: string, start: number): string {
  const from = Math.max(0, start - TURN_REACH);
  const nl = text.lastIndexOf('\n', start - 1);
  return text.slice(nl >= from ? nl + 1 : from, start);
}

/**
 * True when the call word at `at` of the sentence at `start` of `text` is a chair giving the floor:
 * the words "you have the call" hold it, and the sentence is in a chair's turn.
 */
export function givesTheFloor(text: string, start: number, sentence: string, at: number): boolean {
  const held = [...sentence.matchAll(FLOOR)].some((m) => at >= m.index && at < m.index + m[0].length);
  if (!held) return false;
  return CHAIR_TURN.test(turnOf(text, start) + sentence);
}
