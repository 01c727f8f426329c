// A briefing's asker labelled by a first name, who names the outlet at the turn's start: "Anjali:
// Sir, Anjali from Fjord Herald. Has …", "Kiran: Kiran, Vell Today. A follow-up …", "Ana Ruiz: Good
// morning. Ana Ruiz with Radio Kessel …". The turn is a journalist's question, whatever the label.

// A greeting or a form of address before the name: "Sir,", "Good morning, Minister.", "Thank you.", "Hi,".
const ADDRESS = String.raw`(?:\p{L}+(?:\s+\p{L}+){0,3}[,.!]\s+){0,2}`;
// "this is", "I am", "my name is" before the name.
const INTRO = String.raw`(?:(?:[Tt]his is|I am|I'm|I’m|[Mm]y name is)\s+)?`;
// The outlet: capitalised words, "the" before them perhaps, up to a full stop, a comma or a question.
const OUTLET = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&-]*){0,4}`;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `body` opens with its speaker naming themselves and an outlet, the label's name (`name`,
 * as written in the label) among the words: "Sir, Anjali from Fjord Herald.", "Kiran, Vell Today.".
 */
export function introducesAsker(name: string, body: string): boolean {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0 || words.length > 3) return false;
  const opening = body.slice(0, 200);
  // Most turns never write the label's name near their start: no pattern is built for them.
  if (!opening.toLowerCase().includes(words[0]!.toLowerCase())) return false;
  // Written in capitals in the label, in title case in the words ("ANJALI:" then "Anjali from …").
  const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  const said = [words, words.map(title)].map((ws) => ws.map(escaped).join('\\s+')).join('|');
  const self = new RegExp(
    `^${ADDRESS}${INTRO}(?:${said})(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:,\\s*|\\s+)(?:(?:from|with|of)\\s+)?${OUTLET}[.,]\\s`,
    'u',
  );
  const m = self.exec(opening);
  // The words name the asker and then an outlet: a comma without "from" needs the outlet's own words
  // to follow a comma ("Kiran, Vell Today."), never "Kiran here." or a sentence running on.
  return m !== null && /(?:,|\bfrom|\bwith|\bof)\s+\S+[^.,]*[.,]\s$/u.test(m[0]);
}
