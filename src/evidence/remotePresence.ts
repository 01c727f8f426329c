// Who joined an occasion from afar: "President Levchyk joined the final part of the session by
// video link from Halvyn", "with Foreign Minister Korlat joining us by video link", "took part
// remotely" against "there was no video link with anyone during the session", "no one joined
// remotely". Readouts tell a leader's remote part as a sign of rank; the other side may deny
// any such link. Two sources are compared only of one occasion (partyPresence.ts's rule).
import { asks } from './assertion.ts';
import { perPassage } from './linkSupport.ts';
import { sharedOccasion } from './partyPresence.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const LINK = `(?:(?:a |the )?video[ -]?(?:link|conference|call)|videoconference|video|(?:a |the )?(?:secure )?(?:audio|telephone) link)`;
// "joined … by video link", "took part via videoconference", "joining us from Hadrest by video link".
const JOINED_FROM_AFAR = new RegExp(
  String.raw`\b(?:joined|joining|joins|took part|taking part|participated|participating|attended|address(?:ed|es)|connected)\b[^.;!?]{0,70}?\b(?:by|via|over|through) ${LINK}|\b(?:joined|joining|took part|participated|participating|attended)\b(?: [\p{L}'’-]+){0,6}? (?:remotely|virtually|online)\b`,
  'iu',
);
// "there was no video link", "no one joined remotely", "without any video link", "nobody was connected by video".
const NONE_FROM_AFAR = new RegExp(
  String.raw`\bthere (?:was|were) no ${LINK}|\b(?:no one|nobody|no-one) (?:joined|took part|participated|was connected)\b[^.;!?]{0,30}?\b(?:remotely|virtually|online|by video|via video)|\bwithout any ${LINK}|\bno ${LINK} (?:was|were) (?:used|set up|held|made)`,
  'iu',
);
// Cheap: most sentences say nothing of a link.
const MAY_TELL = /video|remotely|virtually|online|audio link|telephone link/i;

type Remote = 'joined' | 'none';
/** Whether a sentence puts someone at an occasion from afar, or says no one was. */
export function readRemote(text: string): Remote | undefined {
  if (!MAY_TELL.test(text)) return undefined;
  if (NONE_FROM_AFAR.test(text)) return 'none';
  return JOINED_FROM_AFAR.test(text) ? 'joined' : undefined;
}

export const remoteOf = perPassage((p) => (p.kind === 'event' || asks(p) ? undefined : readRemote(p.text)));

/** The occasion two passages disagree on: someone joined it from afar in one, no link at all in the other. */
export function remoteApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const [x, y] = [remoteOf(a, roster), remoteOf(b, roster)];
  if (!x || !y || x === y) return undefined;
  const occasion = sharedOccasion(a, b, roster);
  if (!occasion) return undefined;
  const [joined, none] = [`joined the ${occasion} from afar`, `no link to the ${occasion}`];
  return x === 'joined' ? [joined, none] : [none, joined];
}
