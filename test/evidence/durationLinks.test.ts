// The length of one call, told by two sources in their own words, is one claim: the two sentences
// are linked whether their figures agree or not; a length of another call, a week on, is not.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const capital = (length: string) =>
  doc(
    'capital',
    `Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 4 March. ${length}`,
    'readout',
    '2031-03-04',
  );
const office = (length: string, published = '2031-03-04') =>
  doc(
    'office',
    `President Mira Kostal spoke today with President Oleg Varin of Torvania. ${length}`,
    'readout',
    published,
  );

/** The texts of the sentences linked as one occasion's length. */
const lengthLinks = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason === 'how long one occasion lasted')
    .map((l) => [l.a.text, l.b.text].sort().join(' ~ '));

describe('how long one call lasted, as a link', () => {
  it('links two wordings of one call’s length that agree', () => {
    expect(
      lengthLinks(
        capital('The conversation went on for some fifty minutes.'),
        office('The leaders talked for close to an hour.'),
      ),
    ).toEqual([
      'The conversation went on for some fifty minutes. ~ The leaders talked for close to an hour.',
    ]);
  });

  it('links two lengths of one call that disagree, beside the flag', () => {
    const docs = [
      capital('The conversation lasted twenty minutes.'),
      office('The two presidents spoke for over three hours.'),
    ];
    expect(lengthLinks(...docs)).toHaveLength(1);
    expect(linkSources(docs, roster).disagreements.map((d) => d.kind)).toContain('number');
  });

  it('does not link the length of a call a week later', () => {
    expect(
      lengthLinks(
        capital('The conversation went on for some fifty minutes.'),
        office('The leaders talked for close to an hour.', '2031-03-11'),
      ),
    ).toEqual([]);
  });
});
