// A record's list of who takes part, set under a key of its own above the first turn: a think
// tank's or a hearing's "MODERATOR:", "PANELISTS:", "WELCOME AND MODERATOR:", "WITNESSES:", each
// over lines of "NAME, office". The key is no turn and the names are nobody's words; and a later
// label that is only the key's role ("MODERATOR:") is the one person the key lists.
import { bareName, isAttendeeList } from './genre.ts';
import type { Turn } from './turns.ts';

const HONOURABLE = /^(?:the[ \t]+)?(?:rt\.?[ \t]+)?hon(?:\.|ourable|orable)?[ \t]+/i;
const ROLE_WORD = /\p{L}+/gu;
const LIST_KEY = /^[\p{L} .&/-]{3,60}:$/u;

/** The first line of `body` (a turn's words), when it is an entry of a list ("NAME, office"). */
function firstEntry(body: string): string | undefined {
  const line = body.trim().split('\n', 1)[0]!.trim();
  return line !== '' && isAttendeeList(line) ? line : undefined;
}

/**
 * Whether a turn is a list's key alone on its line over names and offices, not a speaker's turn:
 * its key is short and its words open on an entry with no sentence.
 */
export const isHeadList = (text: string, turn: Turn): boolean =>
  LIST_KEY.test(`${turn.label}:`) && firstEntry(text.slice(...turn.body)) !== undefined;

interface ListKey {
  /** The key's words in lower case ("welcome", "and", "moderator"). */
  words: string[];
  /** The one name it lists, as a label would say it; none when it lists several or none. */
  name?: string;
}

let cached: { head: string; keys: ListKey[] } = { head: '', keys: [] };

/** The head's list keys, each with the one name it lists: read once per head, not per label. */
function listKeys(head: string): ListKey[] {
  const lines = head.split('\n').map((l) => l.trim());
  const keys: ListKey[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_KEY.test(lines[i]!)) continue;
    const listed: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j] === '') continue;
      if (!isAttendeeList(lines[j]!)) break;
      listed.push(lines[j]!);
    }
    const words: string[] = lines[i]!.toLowerCase().match(ROLE_WORD) ?? [];
    const name = listed.length === 1 ? bareName(listed[0]!.split(',')[0]!.replace(HONOURABLE, '')) : '';
    // A list sets names in capitals as often as not ("AUDRA PELLINGHAM"): the name as a label would say it.
    keys.push(
      name
        ? { words, name: name.replace(/\p{Lu}[\p{Lu}'’-]+/gu, (w) => w[0] + w.slice(1).toLowerCase()) }
        : { words },
    );
  }
  return keys;
}

/**
 * The person the head lists alone under a key naming `office` ("moderator" under "WELCOME AND
 * MODERATOR:" then "JONATHAN WHITLOW, Senior Vice President"), as the list writes the name.
 */
export function listedHolder(office: string, head: string): string | undefined {
  if (office.length < 3) return undefined;
  // Every role label of a record asks of one head.
  if (cached.head !== head) cached = { head, keys: listKeys(head) };
  const word = office.toLowerCase();
  return cached.keys.find((k) => k.words.includes(word))?.name;
}
