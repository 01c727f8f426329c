// Readouts chain acts under one subject ("welcomed … and underscored …"); each act that states a
// figure or a day is also compared on its own, so that its words are not diluted by the other's.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readoutActs } from '../../src/evidence/readoutActs.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const acts = (s: string) =>
  readoutActs(s).map((a) => `${a.subject ? `[${s.slice(...a.subject)}] ` : ''}${s.slice(...a.at)}`);

describe('the acts of a readout sentence', () => {
  it.each([
    [
      'The Prime Minister welcomed the agreement on a ceasefire and underscored the importance of the mission.',
      [
        'The Prime Minister welcomed the agreement on a ceasefire',
        '[The Prime Minister] underscored the importance of the mission.',
      ],
    ],
    [
      'During the call, Secretary Solberg reaffirmed support for the talks, welcomed the exchange, and stressed the need for access.',
      [
        'During the call, Secretary Solberg reaffirmed support for the talks',
        '[Secretary Solberg] welcomed the exchange',
        '[Secretary Solberg] stressed the need for access.',
      ],
    ],
    [
      'The leaders discussed the situation along the Vell river and agreed on a ceasefire from 14 March.',
      [
        'The leaders discussed the situation along the Vell river',
        '[The leaders] agreed on a ceasefire from 14 March.',
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(acts(sentence)).toEqual(expected);
  });

  it.each([
    'Arvenia and Torvania agreed on a ceasefire from 14 March.',
    'The sides welcomed the exchange and the agreement on monitors.',
    'Officials said the talks, which Norland and Arvenia discussed and agreed, would resume.',
    'The minister welcomed the delegation, welcomed by the hosts at the airport.',
    '«We have agreed and welcomed nothing yet», the spokesman said.',
  ])('leaves a sentence of one act whole: %s', (sentence) => {
    expect(readoutActs(sentence)).toEqual([]);
  });
});

const claim = doc('b', 'President Varin agreed to a 30-day ceasefire from 15 March.', 'news', '2031-03-10');

describe("an act's day compared with a sentence of one act", () => {
  it.each([
    // White House style.
    "The Prime Minister welcomed President Varin's agreement to a 30-day ceasefire beginning March 14 and underscored the importance of the mission deploying without delay.",
    // No 10 style, the second act after a comma.
    "The Prime Minister welcomed President Varin's agreement to a 30-day ceasefire beginning March 14, and stressed the need for the mission to deploy quickly.",
    // State Department style, three acts.
    "Secretary Solberg reaffirmed Norland's support for the talks, welcomed President Varin's agreement to a 30-day ceasefire beginning March 14, and underscored the need for full access for the monitors.",
  ])('%s', (sentence) => {
    expect(kinds(doc('a', sentence, 'readout', '2031-03-10'), claim)).toContain('date ab');
  });

  it('flags no day both give', () => {
    const same = doc(
      'a',
      "The Prime Minister welcomed President Varin's agreement to a 30-day ceasefire beginning March 15 and underscored the importance of the mission deploying without delay.",
      'readout',
      '2031-03-10',
    );
    expect(kinds(same, claim)).toEqual([]);
  });

  it('does not read a courtesy apart', () => {
    const readout = doc(
      'a',
      'The Prime Minister thanked President Kostal for his hospitality and agreed to stay in close contact.',
      'readout',
      '2031-03-10',
    );
    expect(readoutActs(readout.cleanText)).toHaveLength(2);
    const other = doc('b', 'The leaders agreed to remain in close contact.', 'readout', '2031-03-10');
    expect(linkSources([readout, other], roster).links.filter((l) => l.a.act || l.b.act)).toEqual([]);
  });
});
