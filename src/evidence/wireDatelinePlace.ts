// A wire's dateline, once set apart from its lede (wireLede.ts), still says where the lede's
// event is told from: "SAINT-AUBEL, Nov 24 (Compass Press) - / Negotiators … sat down on
// Tuesday" is a round in Saint-Aubel, as a lede that opens with its dateline is read
// (eventsApart.ts placesTold). The dateline itself tells of nothing: a town and a day, no one there.
import type { LinkDocument, Passage } from './passages.ts';
import { WIRE_DATELINE_ALONE } from './wireLede.ts';

const ledeTowns = new WeakMap<Passage, Set<string>>();
const datelines = new WeakSet<Passage>();
// Only the top of a story carries its dateline.
const HEAD_PARAGRAPHS = 5;
// A dateline is a short line: a longer one is not read.
const LONGEST = 100;
const LINE = /[^\n]+/g;
function headParagraphs(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && out.length < HEAD_PARAGRAPHS; m = LINE.exec(text)) out.push(m);
  return out;
}
// The town (or towns, "KESSEL/DRAVA") before the dateline's first comma or bracket.
const TOWN = /^[^,(]+/;

/**
 * Notes, for each source whose dateline stands as its own paragraph, the towns it names for the
 * passages of the paragraph after it (the lede), and the passages that are the dateline alone.
 * Asked once per linking.
 */
export function noteWireDatelines(docs: LinkDocument[], passages: Passage[]): void {
  const found = new Map<string, { line: [number, number]; lede: [number, number]; towns: Set<string> }>();
  for (const d of docs) {
    const paragraphs = headParagraphs(d.cleanText);
    const i = paragraphs.findIndex((m) => m[0].length <= LONGEST && WIRE_DATELINE_ALONE.test(m[0].trim()));
    const next = paragraphs[i + 1];
    if (i < 0 || !next) continue;
    const line = paragraphs[i]!;
    const towns = TOWN.exec(line[0])![0].trim().split('/');
    found.set(d.source, {
      line: [line.index, line.index + line[0].length],
      lede: [next.index, next.index + next[0].length],
      towns: new Set(towns.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 2)),
    });
  }
  for (const p of passages) {
    const at = found.get(p.source);
    if (!at) continue;
    if (p.span[0] >= at.line[0] && p.span[1] <= at.line[1]) datelines.add(p);
    else if (p.span[0] >= at.lede[0] && p.span[0] < at.lede[1] && at.towns.size > 0)
      ledeTowns.set(p, at.towns);
  }
}

/** The towns of the dateline set apart above the lede a passage sits in. */
export const datelineTowns = (p: Passage): Set<string> | undefined => ledeTowns.get(p);

/** Whether a passage is a wire's dateline and nothing else. */
export const isWireDateline = (p: Passage): boolean => datelines.has(p);
