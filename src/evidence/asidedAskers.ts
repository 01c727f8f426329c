// A press conference labels a journalist by name with the outlet in brackets ("Ada Lind (Fjell
// Radio):", "[00:01:05] - Per Holm (Morning Post)"), an outlet whose name may hold no word only
// outlets use. The one who answers is labelled by an office or a party, if by anything: a bracketed
// aside that is neither, over a turn that asks, is the room's asker.
import { entryNamed, type Gazetteer, speakerNamed } from './gazetteer.ts';
import { isRole } from './turnLabels.ts';

/** Whether a labelled turn with an `aside` is a journalist's question (see above). */
export function asksUnderAside(
  name: string,
  aside: string | undefined,
  words: string,
  gazetteer: Gazetteer,
): boolean {
  if (aside === undefined || !words.includes('?')) return false;
  if (/\d/.test(aside) || aside.split(/\s+/).some(isRole)) return false;
  if (speakerNamed(name, gazetteer) !== undefined) return false;
  return entryNamed(aside, gazetteer) === undefined;
}
