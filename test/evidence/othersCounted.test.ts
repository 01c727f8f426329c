// A count of others freed or held besides some a sentence names ("along with nine other
// detainees", "and 14 others") leaves those named out: it is a part of the whole another source
// counts, not another figure for it. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const numberFlags = (...docs: ReturnType<typeof doc>[]) =>
  kinds(...docs).filter((k) => k.startsWith('number'));

describe('others counted besides those named', () => {
  const whole = doc(
    'a',
    'Torvania released twelve detainees held in the border district on Monday, the ministry said.',
  );

  it('raises no number flag against the whole', () => {
    const others = doc(
      'b',
      'The two Arvenian surveyors were released on Monday along with nine other detainees held in the border district.',
    );
    expect(numberFlags(whole, others)).toEqual([]);
  });

  it('still flags another figure for the whole', () => {
    const other = doc(
      'b',
      'Torvania released eleven detainees held in the border district on Monday, officials said.',
    );
    expect(numberFlags(whole, other)).toEqual(['number ab']);
  });
});
