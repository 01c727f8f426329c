// The corpus half of `npm run eval:evidence`: every document of the tuning sets and the two
// held-out sets of test/fixtures/evidence-corpus through the engine, scored against its
// labels, one column per set. Errors are printed for the tuning sets only (`--errors`): the
// held-out sets (heldout, and heldout2 written blind by another author) are read for their
// scores, never tuned on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
  CorpusLabels,
  type CorpusScore,
  CrossLabels,
  type LabelledDocument,
  scoreCorpus,
} from '../src/evidence/corpusScore.ts';
import { spellings } from '../src/evidence/gazetteer.ts';
import { findContradictions, linkSources, processDocument, type Roster } from '../src/evidence/index.ts';
import { prf } from '../src/evidence/score.ts';

export const ROOT = 'test/fixtures/evidence-corpus';
// tuned2 to tuned5 were written blind like heldout2, then tuned on: their first scores are in the
// corpus README. The newest blind sets are the arbiters: scored, never tuned on, their errors unread.
export const TUNING = [
  'tuned',
  'tuned2',
  'tuned3',
  'tuned4',
  'tuned5',
  'tuned6',
  'tuned7',
  'tuned8',
  'tuned9',
  'tuned10',
  'tuned11',
  'tuned12',
  'tuned13',
  'tuned14',
  'tuned15',
  'tuned16',
  'tuned17',
  'tuned18',
  'tuned19',
  'tuned20',
  'tuned21',
  'tuned22',
  'tuned23',
  'tuned24',
  'tuned25',
  'tuned26',
  'tuned27',
  'tuned28',
  'tuned29',
  'tuned30',
  'tuned31',
  'tuned32',
  'tuned33',
  'tuned34',
  'tuned35',
  'tuned36',
  'tuned37',
  'tuned38',
  'tuned39',
  'tuned40',
  'tuned41',
  'tuned42',
  'tuned43',
  'tuned44',
  'tuned45',
  'tuned46',
  'tuned47',
  'tuned48',
  'tuned49',
  'tuned50',
  'tuned51',
  'tuned52',
  'tuned53',
  'tuned54',
  'tuned55',
  'tuned56',
  'tuned57',
  'tuned58',
  'tuned59',
  'tuned60',
  'tuned61',
  'tuned62',
  'tuned63',
  'tuned64',
];
export const ARBITERS: string[] = ['tuned65', 'tuned66'];
export const HALVES = [...TUNING, 'heldout', 'heldout2', ...ARBITERS].filter((h) =>
  existsSync(join(ROOT, h)),
);

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The roster of one negotiation out of the corpus's shared one: the parties and people whose name
 * (or a person's surname) the half's documents write. A user's roster holds one negotiation; the
 * shared file holds ten, whose generic aliases ("the Council", "the Federation") would name
 * another negotiation's body in every half.
 */
export function rosterOf(texts: string[], roster: Roster): Roster {
  const all = texts.join('\n');
  // Letters on both sides, not \b: "José" or "Tomé" end in a letter \b takes for none.
  const written = (name: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${name.replace(/^the /i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    ).test(all);
  // A party is named by its name or by an alias of its own ("Merrow", "Republic of Sarn"); a generic
  // one ("the Council", "the Federation") would name another negotiation's body. A person by any
  // transliteration of the name, an alias, or the surname when the person's party is named too
  // (a surname alone is shared across negotiations: another set's Calloway is not this one's; a
  // person of no party needs the whole name, as tuned24's producer Osei is not tuned4's Dr Osei).
  const ownAliases = (aliases: string[]) => aliases.filter((a) => !/^the /i.test(a));
  const parties = roster.parties.filter((p) => [p.name, ...ownAliases(p.aliases)].some(written));
  const named = new Set(parties.map((p) => p.id));
  return {
    ...roster,
    parties,
    people: roster.people.filter((p) => {
      const partyNamed = p.party !== undefined && named.has(p.party);
      return [p.name, ...p.aliases].flatMap(spellings).some(
        (name) =>
          // One word ("CHAIR", "Marit") or an office with its article ("the Head of State") names a
          // person only beside the person's party: a label, a first name or an office recurs in
          // every negotiation's documents.
          (written(name) && ((/\s/.test(name) && !/^the /i.test(name)) || partyNamed)) ||
          // A transcript's labels set names in capitals ("RHEA SANTANGELO:"): the same name, typeset.
          // A whole name only: one word in capitals is a heading's as often ("IVORY PAVILION").
          (/\s/.test(name) && !/^the /i.test(name) && written(name.toUpperCase())) ||
          (partyNamed && written(name.split(/\s+/).at(-1)!)),
      );
    }),
  };
}

/** Runs the engine over one set of the corpus (its directory) and scores it. */
export function evaluateSet(dir: string, shared: Roster): CorpusScore {
  const files = readdirSync(dir)
    .filter((f) => extname(f) === '.txt' || extname(f) === '.html' || extname(f) === '.md')
    .sort();
  const roster = rosterOf(
    files.map((f) => readFileSync(join(dir, f), 'utf8')),
    shared,
  );
  const read = (f: string, received?: string) =>
    processDocument(readFileSync(join(dir, f)), f, { roster, ...(received ? { received } : {}) });
  const first = files.map((f) => read(f));
  // `parley ingest` gives the engine the day a document is received, which dates a wire dateline
  // without a year. The corpus has no such day, so the set is read as an analyst would read it: a
  // month after the newest publication date the engine finds in it (no label is used).
  const newest = first.map((d) => d.meta.date ?? '').reduce((a, b) => (a > b ? a : b), '');
  const received = newest
    ? new Date(Date.parse(newest) + 30 * 86_400_000).toISOString().slice(0, 10)
    : undefined;
  const docs: LabelledDocument[] = files.map((f, i) => {
    const name = f.slice(0, -extname(f).length);
    const doc = first[i]!.meta.date === undefined && received ? read(f, received) : first[i]!;
    return { name, doc, labels: CorpusLabels.parse(readJson(join(dir, `${name}.json`))) };
  });
  const cross = CrossLabels.parse(readJson(join(dir, 'cross.json')));
  const linked = docs.map((d) => ({
    source: d.name,
    cleanText: d.doc.cleanText,
    published: d.doc.meta.date,
    claims: d.doc.claims,
  }));
  const links = linkSources(linked, roster);
  // Scored as the app lists them (src/app/contradictions.ts): linking's flags and those only claims show.
  const contradictions = findContradictions(linked, roster, links);
  return scoreCorpus(docs, cross, { groups: links.groups, contradictions });
}

function cells(c: { tp: number; fp: number; fn: number }): string {
  const { precision, recall, f1 } = prf(c);
  return `${precision.toFixed(2)} ${recall.toFixed(2)} ${f1.toFixed(2)}`;
}

function flagCells(s: CorpusScore): string {
  const { precision } = prf(s.contradictions);
  const { found, of } = s.contradictionsFound;
  const recall = of === 0 ? 1 : found / of;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `${precision.toFixed(2)} ${recall.toFixed(2)} ${f1.toFixed(2)}`;
}

const share = ({ found, of }: { found: number; of: number }) =>
  `${of ? (found / of).toFixed(2) : '—'} (${found}/${of})`;

/** A markdown table: one row per measure, P R F1 per half. */
export function formatTable(scores: Record<string, CorpusScore>): string {
  const halves = Object.keys(scores);
  const rows: [string, (s: CorpusScore) => string][] = [
    ['quotes (span)', (s) => cells(s.quotes)],
    ['quotes + speaker', (s) => cells(s.quoteSpeakers)],
    ['events', (s) => cells(s.events)],
    [
      'event dates right',
      (s) =>
        `${s.eventDates.of ? (s.eventDates.right / s.eventDates.of).toFixed(2) : '—'} (${s.eventDates.right}/${s.eventDates.of})`,
    ],
    ['publication date', (s) => cells(s.published)],
    ['cross-source groups', (s) => cells(s.groups)],
    ['  claim pairs found', (s) => share(s.groupPairs.claims)],
    ['  event pairs found', (s) => share(s.groupPairs.events)],
    ['  claim groups seen (a pair linked)', (s) => share(s.groupsTouched)],
    // Precision over flags, recall over labelled contradictions (found at least once).
    ['contradictions', (s) => flagCells(s)],
    ['  flags right', (s) => `${s.contradictions.tp}/${s.contradictions.tp + s.contradictions.fp}`],
    ['  contradictions found', (s) => share(s.contradictionsFound)],
  ];
  const head = `| measure | ${halves.map((h) => `${h} P R F1`).join(' | ')} |`;
  const rule = `|---|${halves.map(() => '---').join('|')}|`;
  return [
    head,
    rule,
    ...rows.map(([name, f]) => `| ${name} | ${halves.map((h) => f(scores[h]!)).join(' | ')} |`),
  ].join('\n');
}

export function runCorpusEval(argv: string[]): void {
  const roster = readJson(join(ROOT, 'roster.json')) as Roster;
  const scores = Object.fromEntries(HALVES.map((h) => [h, evaluateSet(join(ROOT, h), roster)]));
  if (argv.includes('--errors'))
    for (const half of TUNING) for (const e of scores[half]?.errors ?? []) console.log(`  ✗ ${half}: ${e}`);
  console.log(`evidence corpus eval (${ROOT}); held-out errors are not shown\n`);
  console.log(formatTable(scores));
}
