import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HALVES, rosterOf } from '../../bench/evidenceCorpus.ts';
import { CorpusLabels, CrossLabels, locate, scoreCorpus } from '../../src/evidence/corpusScore.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { Roster } from '../../src/evidence/types.ts';

const ROOT = 'test/fixtures/evidence-corpus';
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

// Every folder of the corpus is a half: its labels are checked whether or not the eval lists it.
const halves = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

it('scores every half of the corpus in the eval', () => {
  expect([...HALVES].sort()).toEqual([...halves].sort());
});

describe.each(halves)('the %s half of the corpus', (half) => {
  const dir = join(ROOT, half);
  // The documents the eval reads: plain text, HTML pages and Markdown.
  const files = readdirSync(dir).filter((f) => ['.txt', '.html', '.md'].includes(extname(f)));
  const raw = new Map(files.map((f) => [f.slice(0, -extname(f).length), readFileSync(join(dir, f), 'utf8')]));

  it('has labels for every document, and every labelled text is in its document', () => {
    for (const [name, text] of raw) {
      const labels = CorpusLabels.parse(json(join(dir, `${name}.json`)));
      for (const { text: t } of [...labels.quotes, ...labels.events]) expect(text, name).toContain(t);
    }
    const cross = CrossLabels.parse(json(join(dir, 'cross.json')));
    const members = [
      ...cross.groups.flatMap((g) => g.members),
      ...cross.contradictions.flatMap((c) => [...c.a, ...c.b]),
    ];
    for (const m of members) expect(raw.get(m.doc), `${m.doc}: ${m.text}`).toContain(m.text);
  });
});

describe('scoreCorpus', () => {
  const roster = json(join(ROOT, 'roster.json')) as Roster;
  const dir = join(ROOT, 'tuned');
  const load = (name: string) => ({
    name,
    doc: processDocument(readFileSync(join(dir, `${name}.txt`)), name, { roster }),
    labels: CorpusLabels.parse(json(join(dir, `${name}.json`))),
  });

  it('finds a labelled text in clean text whose quotes were straightened', () => {
    const { doc } = load('t01-news-gazette');
    const span = locate(doc, 'We did not come here to lose the peace,');
    expect(span && doc.cleanText.slice(...span)).toBe('We did not come here to lose the peace,');
  });

  // Two reports that disagree on one count: Soltar's twelve ships a day against ten.
  const ships = () => {
    const a = load('t09-news-grain');
    const b = load('t11-briefing-quist');
    const claim = (d: typeof a, text: string) => ({ source: d.name, span: locate(d.doc, text)!, text });
    const cross = {
      groups: [],
      contradictions: [
        {
          kind: 'number',
          about: 'ships',
          a: [{ doc: a.name, text: 'Soltar expected twelve ships a day' }],
          b: [{ doc: b.name, text: 'ten ships a day' }],
        },
      ],
    };
    return {
      docs: [a, b],
      cross,
      twelve: claim(a, 'twelve ships a day'),
      ten: claim(b, 'ten ships a day'),
      off: claim(b, 'Is the inspection protocol final?'),
    };
  };

  it('counts a flag between unrelated claims as a wrong contradiction, and a labelled one as found', () => {
    const { docs, cross, twelve, ten, off } = ships();
    const score = scoreCorpus(docs, cross, {
      groups: [],
      contradictions: [
        { kind: 'quote_speaker', reason: 'x', a: twelve, b: ten },
        { kind: 'quote_speaker', reason: 'y', a: twelve, b: off },
      ],
    });
    expect(score.contradictions).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('counts a flag right when a passage it shows beside its pair lies on the labelled side', () => {
    const { docs, cross, twelve, ten, off } = ships();
    const flag = { kind: 'number', reason: 'x', a: twelve, b: off };
    expect(scoreCorpus(docs, cross, { groups: [], contradictions: [flag] }).contradictions).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    const shown = { ...flag, alsoB: [ten] };
    expect(scoreCorpus(docs, cross, { groups: [], contradictions: [shown] }).contradictions).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it('counts a link between the two sides of a contradiction or a near miss as no wrong link', () => {
    const { docs, cross, twelve, ten, off } = ships();
    // The two documents share labelled events too: only the wrong links are compared here.
    const linked = (labels: typeof cross) =>
      scoreCorpus(docs, labels, { groups: [[twelve, ten]], contradictions: [] }).groups;
    expect(linked(cross)).toMatchObject({ tp: 0, fp: 0 });
    const asNearMiss = { groups: [], contradictions: [], nearMisses: cross.contradictions };
    expect(linked(asNearMiss as typeof cross)).toMatchObject({ tp: 0, fp: 0 });
    expect(linked({ groups: [], contradictions: [] })).toMatchObject({ tp: 0, fp: 1 });
    // A link from one side to an unrelated passage is still wrong.
    expect(scoreCorpus(docs, cross, { groups: [[twelve, off]], contradictions: [] }).groups.fp).toBe(1);
  });

  it('counts a labelled claim group as seen when any pair of its members from two documents is linked', () => {
    const { docs, twelve, ten, off } = ships();
    const group = {
      id: 'g',
      about: 'ships',
      members: [
        { doc: docs[0]!.name, text: 'twelve ships a day' },
        { doc: docs[1]!.name, text: 'ten ships a day' },
        { doc: docs[1]!.name, text: 'Is the inspection protocol final?' },
      ],
    };
    const seen = (links: (typeof twelve)[][]) =>
      scoreCorpus(docs, { groups: [group], contradictions: [] }, { groups: links, contradictions: [] })
        .groupsTouched;
    expect(seen([[twelve, ten]])).toEqual({ found: 1, of: 1 });
    expect(seen([])).toEqual({ found: 0, of: 1 });
    // Two members of one document are no sign that two sources speak of one thing.
    expect(seen([[ten, off]])).toEqual({ found: 0, of: 1 });
  });

  it('lets a flag stand on the contradiction of its own kind when two share their sides', () => {
    const { docs, cross, twelve, ten } = ships();
    const twice = {
      ...cross,
      contradictions: [{ ...cross.contradictions[0]!, kind: 'date' }, ...cross.contradictions],
    };
    const score = scoreCorpus(docs, twice, {
      groups: [],
      contradictions: [{ kind: 'number', reason: 'x', a: twelve, b: ten }],
    });
    expect(score.contradictionsFound).toEqual({ found: 1, of: 2 });
    expect(score.errors).toContain('missed contradiction (date): ships');
  });

  it('scores a labelled signing or initialling as the meeting it is, and other kinds strictly', () => {
    const text = 'The two delegations met in Fjellby on 3 March 2031 and agreed the text.';
    const doc = processDocument(new TextEncoder().encode(text), 'x.txt', { roster, received: '2031-03-10' });
    const scored = (kind: string) =>
      scoreCorpus(
        [
          {
            name: 'x',
            doc,
            labels: CorpusLabels.parse({
              genre: 'news',
              published: '2031-03-04',
              quotes: [],
              events: [{ kind, date: '2031-03-03', text: 'met in Fjellby', event: 'e1' }],
            }),
          },
        ],
        { groups: [], contradictions: [] },
        { groups: [], contradictions: [] },
      ).events;
    expect(scored('meeting')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scored('signing')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scored('initialling')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scored('exchange')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("reads each half with its own negotiation's roster: the parties and people its documents name", () => {
    const shared: Roster = {
      parties: [
        { id: 'north', name: 'the Northern Council', role: 'guarantor', aliases: ['the Council'] },
        { id: 'gate', name: 'the Gate Council', role: 'guarantor', aliases: ['the Council'] },
      ],
      people: [
        { id: 'lind', name: 'Hugo Lind', party: 'north', aliases: [] },
        { id: 'dorn', name: 'Ada Dorn', party: 'gate', aliases: [] },
      ],
    };
    const own = rosterOf(['The Northern Council met. Lind spoke for the Council.'], shared);
    expect(own.parties.map((p) => p.id)).toEqual(['north']);
    expect(own.people.map((p) => p.id)).toEqual(['lind']);
  });

  it('keeps a party its documents name only by an alias of its own, and a person in another spelling', () => {
    const shared: Roster = {
      parties: [
        { id: 'varna', name: 'Varna', role: 'principal', aliases: ['Ostel', 'the Council'] },
        { id: 'north', name: 'the Northern Council', role: 'guarantor', aliases: ['the Council'] },
      ],
      people: [
        { id: 'zhelensky', name: 'Bohdan Zhelenskyy', party: 'varna', aliases: [] },
        { id: 'tome', name: 'Ana Tomé', party: 'varna', aliases: [] },
      ],
    };
    const own = rosterOf(['Officials in Ostel said the Council met. Zhelensky and Tomé spoke.'], shared);
    expect(own.parties.map((p) => p.id)).toEqual(['varna']);
    expect(own.people.map((p) => p.id)).toEqual(['zhelensky', 'tome']);
  });

  it('takes a person of no party by the whole name or an alias, not by a surname another person shares', () => {
    const shared: Roster = {
      parties: [{ id: 'varna', name: 'Varna', role: 'principal', aliases: [] }],
      people: [
        { id: 'osei', name: 'Winston Osei', aliases: [] },
        { id: 'kaur', name: 'Mina Kaur', aliases: ['Rapporteur Kaur'] },
      ],
    };
    const own = rosterOf(['Varna thanked Dr Farida Osei. Rapporteur Kaur spoke.'], shared);
    expect(own.people.map((p) => p.id)).toEqual(['kaur']);
    expect(rosterOf(['Winston Osei spoke.'], shared).people.map((p) => p.id)).toEqual(['osei']);
  });

  it("leaves out another negotiation's person whose surname alone the documents write", () => {
    const shared: Roster = {
      parties: [
        { id: 'varna', name: 'Varna', role: 'principal', aliases: [] },
        { id: 'ostel', name: 'Ostel', role: 'principal', aliases: [] },
      ],
      people: [
        { id: 'calloway', name: 'Ruth Calloway', party: 'ostel', aliases: [] },
        { id: 'brand', name: 'Ivo Brand', party: 'varna', aliases: [] },
      ],
    };
    const own = rosterOf(['Varna said so. Ines Calloway, a farmer, and Brand spoke.'], shared);
    expect(own.people.map((p) => p.id)).toEqual(['brand']);
  });

  it('takes a person by one word or an office (a label, a first name) only beside the person’s party', () => {
    const shared: Roster = {
      parties: [{ id: 'ostel', name: 'Ostel', role: 'principal', aliases: [] }],
      people: [
        {
          id: 'gale',
          name: 'Tania Gale',
          party: 'ostel',
          aliases: ['CHAIR', 'Senator Gale', 'the Head of State'],
        },
        { id: 'marit', name: 'Marit Voss', aliases: ['Marit', 'the Rapporteur'] },
      ],
    };
    const other = rosterOf(
      [
        'CHAIR: The committee will come to order. Marit, your question. The Head of State and the Rapporteur met.',
      ],
      shared,
    );
    expect(other.people).toEqual([]);
    expect(rosterOf(['CHAIR: Ostel is represented today.'], shared).people.map((p) => p.id)).toEqual([
      'gale',
    ]);
    expect(rosterOf(['Senator Gale asked Marit Voss.'], shared).people.map((p) => p.id)).toEqual([
      'gale',
      'marit',
    ]);
  });
});
