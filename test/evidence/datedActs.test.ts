// One act on one day told by several sources with their own counts: a wire's total, a side's own
// people come home, a joint statement's dated confirmation. Linked by the act and its day.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const acts = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason.startsWith('people moved'))
    .map((l) => `${l.a.source}${l.b.source} ${l.reason}`);

// 15 March 2031 is a Saturday.
const wire = doc(
  'a',
  'Arvenia and Torvania exchanged 300 prisoners on Saturday at the Vell bridge, the largest swap since the fighting began.',
  'news',
  '2031-03-16',
);
const post = doc(
  'b',
  'Today 170 of our people came home. Thank you to everyone who worked for this day.',
  'social',
  '2031-03-15',
);
const joint = doc(
  'c',
  'The Parties confirm the exchange of detainees carried out on 15 March 2031 and commit to a second exchange.',
  'joint-statement',
  '2031-03-20',
);

describe('one act on one day, told with different counts', () => {
  it('links a wire’s total, a post’s own people and a joint statement’s dated exchange', () => {
    expect(acts(wire, post, joint)).toEqual([
      'ab people moved across the line on 2031-03-15',
      'ac people moved across the line on 2031-03-15',
      'bc people moved across the line on 2031-03-15',
    ]);
  });

  it('does not link an exchange on another day, nor a release of data on the same day', () => {
    const later = doc(
      'd',
      'A second exchange of 120 detainees took place at the Vell bridge on 29 March 2031.',
      'news',
      '2031-03-30',
    );
    const data = doc(
      'e',
      'On 15 March 2031 the Union released its first figures on water levels in the Vell.',
      'press-release',
      '2031-03-15',
    );
    expect(acts(wire, later, data)).toEqual([]);
  });
});
