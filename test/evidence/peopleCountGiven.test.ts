// A passage that gives one side's count under another word for the same people ("the 30 nationals"
// against "45 Norland sailors were freed, and thirty Arvenian sailors in return") tells that
// count too: its other figure counts the other side's people, and the two flag nothing. Where it
// gives no such figure, the two counts still disagree.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const numberFlags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .disagreements.filter((d) => d.kind === 'number')
    .map((d) => d.reason);

describe('one count of people given under two words', () => {
  it('flags nothing where the other passage gives the same count too', () => {
    const envoy = doc('a', 'Torvania has freed the 30 nationals it held at Port Vell.');
    const release = doc(
      'b',
      'Forty-five Torvanian sailors held at Port Vell were freed by Arvenia, and thirty Arvenian sailors by Torvania.',
      'press-release',
    );
    expect(numberFlags(envoy, release)).toEqual([]);
  });

  it('still flags two counts of one group', () => {
    const envoy = doc('a', 'Torvania has freed the 30 nationals it held at Port Vell.');
    const release = doc('b', 'Thirty-six sailors held at Port Vell were freed by Torvania.', 'press-release');
    expect(numberFlags(envoy, release)).toHaveLength(1);
  });
});
