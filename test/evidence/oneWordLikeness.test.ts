// Two short remarks of different sources that share one word besides names are not alike for it:
// their few words make that word weigh a third of all, by chance. Two words, or one that weighs
// half of all their words, still link them.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const alike = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason.startsWith('alike in words'))
    .map((l) => `${l.a.text.slice(0, 14)} ~ ${l.b.text.slice(0, 14)}`);

describe('alike in one word only', () => {
  it('does not link two remarks that share one common word', () => {
    const presser = doc('a', 'KESSLER: I know there are many rumours.', 'press-conference');
    const interview = doc('b', 'VARIN: They know more than they say.', 'press-conference');
    expect(alike(presser, interview)).toEqual([]);
  });

  it('links two remarks that share two words', () => {
    const presser = doc('a', 'KESSLER: The water protocol is finished.', 'press-conference');
    const interview = doc('b', 'VARIN: Our water protocol was finished last night.', 'press-conference');
    expect(alike(presser, interview)).toHaveLength(1);
  });
});
