// Around a leaders' call or summit their foreign ministers, chiefs of staff and security advisers
// call and meet too, and sources name them by office in the plural. Those events are not the
// leaders' own of the same day; the delegations' meeting of a summit day, or a source that puts
// the ministers beside the leaders, still is.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

const day = '2031-03-04';
const leadersCall = () =>
  doc('presidency', 'President Kostal spoke with President Varin by phone today.', 'readout', day);

describe('events of offices named in the plural beside the leaders’ event of the day', () => {
  it('keeps the foreign ministers’ call (wire) apart from the presidents’ call (readout)', () => {
    const wire = doc(
      'wire',
      'KESSEL, March 4 (Vell Wire) - The Arvenian and Torvanian foreign ministers spoke by phone on Tuesday, the Citadel said.',
      'news',
      day,
    );
    expect(eventPairs([leadersCall(), wire])).toEqual([]);
  });

  it('keeps apart the chiefs of staff’s and the national security advisers’ calls (posts, gov.uk style)', () => {
    const post = doc(
      'post',
      'Our chiefs of staff spoke by phone today to prepare the leaders’ meeting.',
      'social',
      day,
    );
    const govuk = doc(
      'govuk',
      'The national security advisers of Arvenia and Torvania held a call today.',
      'press-release',
      day,
    );
    expect(eventPairs([leadersCall(), post])).toEqual([]);
    expect(eventPairs([leadersCall(), govuk])).toEqual([]);
  });

  it('keeps the ministers’ meeting apart from the leaders’ meeting in one town', () => {
    expect(
      eventPairs([
        doc('a', 'President Kostal met President Varin in Fjellby today.', 'readout', day),
        doc('b', 'The foreign ministers of Arvenia and Torvania met in Fjellby today.', 'news', day),
      ]),
    ).toEqual([]);
  });

  it('still links the delegations’ meeting of a summit day, and a source that puts the ministers beside the leaders', () => {
    const leaders = doc('a', 'President Kostal met President Varin in Fjellby today.', 'readout', day);
    expect(
      eventPairs([
        leaders,
        doc('b', 'The delegations of Arvenia and Torvania met in Fjellby today.', 'news', day),
      ]),
    ).toEqual(['a-b']);
    const joined = doc(
      'c',
      'President Kostal and President Varin, joined by their foreign ministers, met in Fjellby today.',
      'news',
      day,
    );
    expect(eventPairs([leaders, joined])).toEqual(['a-c']);
  });

  it('takes "the prime ministers" for heads of government, not ministers', () => {
    expect(
      eventPairs([
        doc('a', 'The leaders met in Fjellby today.', 'readout', day),
        doc('b', 'The two prime ministers met in Fjellby today.', 'news', day),
      ]),
    ).toEqual(['a-b']);
  });
});
