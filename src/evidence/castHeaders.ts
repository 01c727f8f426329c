// A broadcast transcript's head names who holds each role of its cast on a field line of its own
// ("Anchor: Lena Berg", "PRESENTER: ADA LIND", "Host: Per Holm, Radio Fjellby") and labels the
// turns by the role alone ("Anchor:"). The field line says nothing, so it is no turn; a later
// turn under the bare role is the person it names.
import { titleCase } from './gazetteer.ts';

const CAST_KEY = /^(?:anchor|anchorman|anchorwoman|host|co-host|presenter|newsreader|interviewer)$/i;
// One to four capitalised words (a particle between them), and after a comma at most an office in
// title case: "Mirela Dostani, Chief Executive of Halvesk, thank you." is a sign-off, said.
const OFFICE_WORD = String.raw`(?:\p{Lu}[\p{L}'’.&-]*|of|the|for|and|in|on|at|to)`;
const HOLDER = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:(?:van|von|de|da|der|al|bin)[ \t]+)?\p{Lu}[\p{L}'’-]*){1,3})(?:,[ \t]*${OFFICE_WORD}(?:,?[ \t]+${OFFICE_WORD}){0,12})?$`,
  'u',
);

/** The role and the holder a field line names ("Anchor: Lena Berg"), or undefined for any other line. */
export function castHeader(line: string): { role: string; holder: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 4 || colon > 13) return undefined;
  const role = line.slice(0, colon).trim();
  if (!CAST_KEY.test(role)) return undefined;
  const holder = HOLDER.exec(line.slice(colon + 1).trim())?.[1];
  // A name set in capitals ("ADA LIND") is said as a label would say it.
  return holder
    ? {
        role,
        holder: holder
          .split(/[ \t]+/)
          .map(titleCase)
          .join(' '),
      }
    : undefined;
}

/** The one the head's field line names for a label that is the role alone ("Anchor"), if any. */
export function castHolder(label: string, head: string): string | undefined {
  if (!CAST_KEY.test(label.trim())) return undefined;
  const role = label.trim().toLowerCase();
  for (const line of head.split('\n')) {
    const field = castHeader(line.trim());
    if (field && field.role.toLowerCase() === role) return field.holder;
  }
  return undefined;
}
