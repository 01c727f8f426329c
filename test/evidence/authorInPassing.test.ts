// Who wrote a text is a claim only where the sentence says it: "it was drafted by X", "X wrote
// it", "based on the draft submitted by X". A text named by its author in passing ("reviewed the
// framework presented by the Mediator") and a post someone wrote say nothing of who wrote it.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.reason} ${l.a.source}${l.b.source}`);

describe('who wrote a text, said and named in passing', () => {
  it('does not link two texts each named by its author in passing', () => {
    const readout = doc(
      'a',
      'The two Presidents discussed the course of the negotiations on the Vell, including the draft framework put forward by the Norland mediators last week.',
      'readout',
    );
    const joint = doc(
      'b',
      '2. The Parties reviewed the framework presented by the Mediator and the written proposals submitted by Torvania on 9 March.',
      'joint-statement',
    );
    expect(reasons(readout, joint).filter((r) => r.startsWith('who wrote'))).toEqual([]);
  });

  it('does not link a text named by its author in passing to a sentence that says who wrote it', () => {
    const joint = doc(
      'a',
      'The delegations examined the framework submitted by the Norland mediators and agreed to meet again in April.',
      'joint-statement',
    );
    const post = doc(
      'b',
      'The framework was written by the Arvenian delegation, whatever Norland says.',
      'social',
    );
    expect(reasons(joint, post).filter((r) => r.startsWith('who wrote'))).toEqual([]);
    // Said with a verb of writing, the author is the sentence's claim.
    const wire = doc('c', 'Officials in Norland said the plan had been drafted by their own mediators.');
    expect(reasons(wire, post)).toContain('who wrote it cb');
  });

  it('links a text named with a verb of writing to a sentence that says who wrote it', () => {
    const wire = doc(
      'a',
      'Arvenia and Torvania accepted a 20-point plan drafted by Norland’s mediators as a basis.',
    );
    const briefing = doc(
      'b',
      'SOLBERG: The framework was drafted by my ministry’s team, after listening to both sides.',
      'press-conference',
    );
    expect(reasons(wire, briefing)).toContain('who wrote it ab');
  });

  it('links two sentences on what a text is based on, each naming its author', () => {
    const joint = doc(
      'a',
      'The Memorandum was negotiated on the basis of a draft presented by the Mediator.',
      'joint-statement',
    );
    const readout = doc(
      'b',
      'The Memorandum is based on the draft submitted by the Torvanian delegation in December.',
      'readout',
    );
    expect(reasons(joint, readout)).toContain('who wrote it ab');
  });

  it('takes "wrote" for authorship only with a text written: not a post written after an exchange', () => {
    const feature = doc(
      'a',
      'President Oleg Varin wrote after the prisoner exchange, in his office’s translation, that Torvania would not trade the river for a signature.',
    );
    const release = doc(
      'b',
      'The text, prepared by the Union’s Military Committee, provides for 1,500 observers.',
      'press-release',
    );
    expect(reasons(feature, release).filter((r) => r.startsWith('who wrote'))).toEqual([]);
    const assembly = doc(
      'c',
      'The press in Kessel says that Norland wrote it and that we signed it.',
      'news',
    );
    expect(reasons(assembly, release)).toContain('who wrote it cb');
  });
});

describe('who wrote a text, said with a verb of writing in passing', () => {
  it('links two texts each named with who wrote it, as news writes it, and flags two authors', () => {
    const wire = doc('a', 'Arvenia rejected the peace plan drafted by Norland’s mediators.');
    const post = doc('b', 'Torvania studied the peace plan written by Arvenian officials.', 'social');
    expect(reasons(wire, post)).toContain('who wrote it ab');
    expect(kinds(wire, post)).toEqual(['authorship ab']);
  });
});
