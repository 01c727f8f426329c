// A draft as Akoma Ntoso 3.0 (OASIS LegalDocML): a `bill` — a text under negotiation, not
// yet in force — with FRBR identification (the Work is the text being negotiated, the
// Expression this revision of it, the Manifestation this XML file) and one hierarchy
// element per provision. Each provision's eId comes from its lineage, not its number, so
// a provision renumbered in a later revision keeps its eId: tools that annotate by eId
// follow it across drafts as Parley's stances do.

/** What the writer needs of a draft. */
export interface AknDraft {
  id: string;
  label: string;
  title?: string | undefined;
  date: string;
  author?: string | undefined;
  preamble: string;
  provisions: readonly {
    path: string;
    number: string;
    parent?: string | undefined;
    heading?: string | undefined;
    text: string;
    lineage: string;
  }[];
}

export interface AknOptions {
  /** The Work: the negotiated text every revision is an Expression of (the first draft of the lineage). */
  work: { id: string; date: string };
  /** When the file is made (ISO), for the Manifestation's date. */
  now: string;
}

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Not one country's text: the naming convention's slot for the jurisdiction. */
const JURISDICTION = 'int';
const ELEMENTS: [RegExp, string][] = [
  [/^part\b/i, 'part'],
  [/^chapter\b/i, 'chapter'],
  [/^section\b/i, 'section'],
  [/^(article|art\.)/i, 'article'],
];

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An eId from a lineage ("geneva-2:3.a" → "prov_geneva-2__3_a"): draft ids are slugs and
 * paths have no "_", so the mapping keeps distinct lineages distinct.
 */
export function eIdOf(lineage: string): string {
  return `prov_${lineage.replace(/:/g, '__').replace(/[^A-Za-z0-9-]/g, '_')}`;
}

/** The draft as an Akoma Ntoso XML document. Throws nothing. */
export function writeAkomaNtoso(draft: AknDraft, { work, now }: AknOptions): string {
  const author = draft.author ? `#${draft.author}` : '#secretariat';
  const workUri = `/akn/${JURISDICTION}/bill/${work.date}/${work.id}`;
  const expressionUri = `${workUri}/eng@${draft.date}`;
  const manifestationUri = `${expressionUri}/!main`;
  const day = now.slice(0, 10);
  const children = new Map<string | undefined, AknDraft['provisions'][number][]>();
  const paths = new Set(draft.provisions.map((p) => p.path));
  for (const p of draft.provisions) {
    // A parent left out (a track the reader may not read) leaves its children at the top.
    const parent = p.parent !== undefined && paths.has(p.parent) ? p.parent : undefined;
    const list = children.get(parent) ?? [];
    list.push(p);
    children.set(parent, list);
  }
  const used = new Map<string, number>();
  const eId = (lineage: string) => {
    // The parts of a split share a lineage: the second and later get a counter.
    const base = eIdOf(lineage);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  };
  const render = (p: AknDraft['provisions'][number], depth: number): string => {
    const element =
      ELEMENTS.find(([re]) => re.test(p.number))?.[1] ??
      (depth === 0 ? 'article' : depth === 1 ? 'paragraph' : 'point');
    const kids = children.get(p.path) ?? [];
    const pad = '  '.repeat(depth + 2);
    const head = [
      `<num>${esc(p.number)}</num>`,
      ...(p.heading ? [`<heading>${esc(p.heading)}</heading>`] : []),
    ];
    const paragraphs = paragraphsOf(p.text);
    const body =
      kids.length === 0
        ? [
            `<content>${(paragraphs.length ? paragraphs : ['']).map((t) => `<p>${esc(t)}</p>`).join('')}</content>`,
          ]
        : [
            ...(paragraphs.length
              ? [`<intro>${paragraphs.map((t) => `<p>${esc(t)}</p>`).join('')}</intro>`]
              : []),
            ...kids.map((k) => render(k, depth + 1)),
          ];
    return `${pad}<${element} eId="${eId(p.lineage)}">\n${[...head, ...body].map((line) => (line.startsWith(' ') ? line : `${pad}  ${line}`)).join('\n')}\n${pad}</${element}>`;
  };
  const preamble = paragraphsOf(draft.preamble);
  const title = draft.title ?? draft.label;
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}">
  <bill name="draft">
    <meta>
      <identification source="${esc(author)}">
${frbrLevel('Work', {
  this: `${workUri}/!main`,
  uri: workUri,
  date: [work.date, 'first draft'],
  author,
  last: `<FRBRcountry value="${JURISDICTION}"/>`,
})}
${frbrLevel('Expression', {
  this: `${expressionUri}/!main`,
  uri: expressionUri,
  date: [draft.date, draft.label],
  author,
  last: '<FRBRlanguage language="eng"/>',
})}
${frbrLevel('Manifestation', {
  this: `${manifestationUri}.xml`,
  uri: `${manifestationUri}.akn`,
  date: [day, 'exported by Parley'],
  author: '#parley',
})}
      </identification>
      <references source="#parley">
        <TLCOrganization eId="${esc(author.slice(1))}" href="/ontology/organization/${esc(author.slice(1))}" showAs="${esc(draft.author ?? 'secretariat')}"/>
        <TLCOrganization eId="parley" href="/ontology/organization/parley" showAs="Parley"/>
      </references>
    </meta>
    <preface>
      <p class="title"><docTitle>${esc(title)}</docTitle></p>
    </preface>
${preamble.length ? `    <preamble>\n${preamble.map((t) => `      <p>${esc(t)}</p>`).join('\n')}\n    </preamble>\n` : ''}    <body>
${(children.get(undefined) ?? []).map((p) => render(p, 0)).join('\n')}
    </body>
  </bill>
</akomaNtoso>
`;
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * One FRBR level of the identification (Work, Expression, Manifestation): the same four
 * elements in the order the schema wants, then the level's own (`last`), if any.
 */
function frbrLevel(
  level: 'Work' | 'Expression' | 'Manifestation',
  f: { this: string; uri: string; date: [string, string]; author: string; last?: string },
): string {
  const lines = [
    `<FRBR${level}>`,
    `  <FRBRthis value="${esc(f.this)}"/>`,
    `  <FRBRuri value="${esc(f.uri)}"/>`,
    `  <FRBRdate date="${f.date[0]}" name="${esc(f.date[1])}"/>`,
    `  <FRBRauthor href="${esc(f.author)}"/>`,
    ...(f.last ? [`  ${f.last}`] : []),
    `</FRBR${level}>`,
  ];
  return lines.map((line) => `        ${line}`).join('\n');
}
