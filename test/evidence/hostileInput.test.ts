// Input built to make a backtracking pattern try every way to split it: each once took seconds
// (a transcript's attendee line, a post's counters, a long supposed clause). Each must now read
// in a fraction of that; the bound is loose for a loaded machine.
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/evidence/decode.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { initiatorOf } from '../../src/evidence/initiative.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuMs, linkTwiceCpuMs } from './timedRuns.ts';

const BOUND_MS = 2000;
describe('input that once made a pattern backtrack', () => {
  it('reads a transcript line like an attendee list that ends in a long word (was 10 s)', () => {
    const text = `THE CHAIR: We open.\n\nArvenia: Ms Ada Lind, ${'a'.repeat(180)}1\n\nMR. DAHL: Thank you.`;
    expect(
      cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'meeting-transcript' })),
    ).toBeLessThan(BOUND_MS);
  });

  it("reads a witness line of long capitalised offices and a question label's long outlet in one pass", () => {
    const offices = `Witness: Ms Ada Lind, ${'Minister of the '.repeat(40)}${'Ab'.repeat(90)}1`;
    const outlet = `Q1 – ${'Ab '.repeat(19)}x(${'a'.repeat(70)})(${'a'.repeat(70)}) yes`;
    for (const line of [offices, outlet]) {
      const text = `THE CHAIR: We open.\n\n${line}\n\nMR. DAHL: Thank you.`;
      expect(
        cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'meeting-transcript' })),
      ).toBeLessThan(BOUND_MS);
    }
  });

  it("links a passage that opens like a post's counters and runs on with commas (was 4.6 s)", () => {
    const line = `12 likes ${','.repeat(20_000)} the monitors reported shelling near the crossing at Drava today.`;
    expect(linkTwiceCpuMs(`${line}\n`)).toBeLessThan(BOUND_MS);
  });

  it('dates a page whose one block holds ten thousand <time> elements (once ran out of memory)', () => {
    const stamps = Array.from(
      { length: 10_000 },
      (_, i) => `<time datetime="2031-04-0${(i % 9) + 1}">April ${(i % 9) + 1}</time> entry ${i}. `,
    );
    const page = `<html><body><article><h1>Log</h1><p>${'The log of the basin commission. '.repeat(40)}</p></article><div>${stamps.join('')}</div></body></html>`;
    expect(cpuMs(() => decodeDocument(Buffer.from(page), 'log.html'))).toBeLessThan(BOUND_MS);
  });

  it('reads a dash paragraph of many reporting clauses and a menu of many items in one pass', () => {
    const dashed = `– ${', Ab Cd Ef Gh says'.repeat(60)} x`;
    const menu = `${'Home · '.repeat(14)}Home`;
    const text = `VELL NEWS\n\n${dashed}\n\n${menu}\n\n${dashed.replace(/ x$/, '')}`;
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'news' }))).toBeLessThan(
      BOUND_MS,
    );
    expect(cpuMs(() => detectGenre(text))).toBeLessThan(BOUND_MS);
  });

  it("reads a name over a post's age and a run of globes before a stray word (was 6.7 s for 26 globes)", () => {
    const page = `Ada Lind\n\n2d · ${'🌍'.repeat(40)} z\n\nWe sign in Fjellby on Friday.`;
    expect(cpuMs(() => detectGenre(page))).toBeLessThan(BOUND_MS);
    expect(
      cpuMs(() =>
        processDocument(new TextEncoder().encode(page), 'a.txt', { roster, received: '2031-03-10' }),
      ),
    ).toBeLessThan(BOUND_MS);
  });

  it('reads 3 MB of comments each beside a quotation, each quotation placed once (was 8 s)', () => {
    const blocks = Array.from(
      { length: 30_000 },
      (_, i) =>
        `fjord_reader${i % 10}  3h\nIs the text with you yet?\n♡ 52   Reply\n\nAda Lind said: "We sign on day ${i}."\n`,
    );
    const text = `Vell talks\n\n${blocks.join('\n')}`;
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'news' }))).toBeLessThan(
      BOUND_MS * 2,
    );
  });

  it('reads a sentence of weekdays one after another (was a stack overflow)', () => {
    const text = `The envoys met on ${'Monday, '.repeat(2000)}in Drava.`;
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(BOUND_MS);
  });

  it('reads a long sentence of conditions before its events (was 11 s)', () => {
    const text = `${'if '.repeat(16_000)}${': if they met on Monday'.repeat(20)}.`;
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(BOUND_MS);
  });

  it('reads a 48,000-character sentence of dated events without a stop, a window of it per date', () => {
    const text = `The envoys met ${'on 3 March in Drava with the delegation '.repeat(1200)}again.`;
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(BOUND_MS);
  });

  it('reads a 100,000-character sentence of limits without a stop, a window at a time (was over 10 s)', () => {
    // Twice the common bound: the short unit makes 8,333 dates, which take 1.3–1.6 s of CPU in
    // the suite's process (0.6 s alone), too near 2 s for a loaded machine (the CI read 2.07 s).
    for (const unit of ['by 31 March ', 'we will sign no later than 31 March 2027 and ']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(
        BOUND_MS * 2,
      );
    }
  });

  it('reads a 300,000-character paragraph of quotations, none read back to its start (was 6 s)', () => {
    // Half as much again as the common bound: the short unit makes 27,000 quotations, 1.5 s of CPU
    // in the suite's process and 2.2 s at load 15 (three runs read it), while the backward walk
    // this guards against took 6 s alone.
    for (const unit of ['Ada Lind is speaking. "We hold the line." ', '"We hold." ']) {
      const text = unit.repeat(Math.ceil(300_000 / unit.length));
      expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(
        BOUND_MS * 1.5,
      );
    }
  });

  it('links sixteen reports full of figures, each passage\'s "last year" read once, not once per pair (was 4.8 s)', () => {
    const text = 'six million tonnes. four and a half. '.repeat(110);
    const docs = Array.from({ length: 16 }, (_, i) => {
      const d = processDocument(new TextEncoder().encode(text), `n${i}.txt`, {
        roster,
        received: '2031-03-10',
      });
      return { source: `n${i}`, cleanText: d.cleanText, published: d.meta.date, claims: d.claims };
    });
    expect(cpuMs(() => linkSources(docs, roster))).toBeLessThan(BOUND_MS);
  });

  it('links a sentence of hundreds of calls to people under their full titles, each title run read once', () => {
    const line = `${'President Mira Kostal called President of Torvania Oleg Varin and '.repeat(300)}at the latter’s request.`;
    expect(linkTwiceCpuMs(line)).toBeLessThan(BOUND_MS);
  });

  it('reads who called in a run of thousands of capitalised call verbs and names, the run read once (was 5 s)', () => {
    // A verb that opens a sentence is capitalised like a title, so the whole text is one run of
    // titles and names after every verb.
    const text = `${'Rang Kostal '.repeat(5000)}on Friday.`;
    const passage = { text, words: new Set<string>(), names: [] } as never;
    expect(cpuMs(() => initiatorOf(passage, roster))).toBeLessThan(BOUND_MS);
  });

  it('links two sentences of thousands of figures of one unit, not every pair of figures (was 2.1 s)', () => {
    const line = 'contributed 300 troops to the mission and '.repeat(2400);
    expect(linkTwiceCpuMs(line)).toBeLessThan(BOUND_MS);
  });
  it('gives thousands of quotations said by as many offices their holders without reading every name per office', () => {
    const word = (i: number) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!);
    const text = Array.from(
      { length: 1500 },
      (_, i) =>
        `The Chair of the Forum, Foreign Minister Ingrid Solberg, opened panel ${i}. "We will read the text again," said the ${word(i)} Envoy.`,
    ).join('\n\n');
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(BOUND_MS);
  });

  it('reads a record whose last turn runs into a line of a hundred thousand blanks, each line tried once (was 9 s)', () => {
    // After the last turn each line is tried as a heading, its bracketed aside stripped first: a
    // pattern free to start anywhere in the blanks read the rest of the run from each of them.
    const text = [
      'Lena Obi: The delegations sat down at nine.',
      'Her words went on about the harbour.',
      'Tor Haas: We have read the schedule.',
      'He added a word on the ferries.',
      'Lena Obi: Then we adjourn.',
      'She thanked the interpreters.',
      'Tor Haas: Agreed.',
      'And a last remark on the tide.',
      `Closing${' '.repeat(100_000)}remarks`,
    ].join('\n\n');
    expect(
      cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'meeting-transcript' })),
    ).toBeLessThan(BOUND_MS);
  });

  it('gives thousands of unattributed quotations repeating attributed words a speaker without comparing every pair', () => {
    const text = Array.from({ length: 4000 }, (_, i) =>
      i % 2
        ? `Ingrid Solberg said: "we will read the text again and again, panel ${i}."`
        : `Nobody knew. "We will read the text again, ${i}," it read.`,
    ).join('\n\n');
    expect(cpuMs(() => extractClaims(text, { roster, published: '2031-03-05' }))).toBeLessThan(BOUND_MS);
  });
});
