// A sentence led by "that" or "it" is read with the sentence before it, so that "For us it is
// finished" is about the protocol; but alike in words it must be in its own words too, or it only
// repeats the link of the sentence it points back to.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const alike = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason.startsWith('alike in words'))
    .map((l) => `${l.a.text.slice(0, 12)} ~ ${l.b.text.slice(0, 12)}`);

describe('a sentence that points back, alike only through the one before', () => {
  const presser = doc(
    'a',
    'KOSTAL: No river is worth the life of a single child. That is what I will tell our Assembly.',
    'press-conference',
  );
  const wire = doc(
    'b',
    '"No river is worth one child\'s life," Kostal told reporters through an interpreter, in Fjellby on Wednesday.',
  );

  it('links the quotation, not the sentence that points back to it', () => {
    const links = alike(presser, wire);
    expect(links.some((l) => l.startsWith('No river is'))).toBe(true);
    expect(links.some((l) => l.startsWith('That is wha'))).toBe(false);
  });

  it('still links a sentence that points back when its own words are alike', () => {
    const readout = doc(
      'c',
      'The delegations discussed the water protocol. For Torvania it is finished and the protocol will be signed.',
      'readout',
    );
    const post = doc(
      'd',
      'The water protocol is finished and will be signed in Fjellby, Varin says.',
      'social',
    );
    expect(alike(readout, post).some((l) => l.startsWith('For Torvania'))).toBe(true);
  });
});
