// An institution's own page names its principal by office alone: under a presidency's or a foreign
// ministry's masthead, "the President", "the head of state" and "the Minister" are the masthead's
// office holder. Another office, another country's president, or a news headline that mentions an
// office are left as they were. Invented pages in presidency, ministry and envoy house styles.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { namesPrincipal, pagePrincipal } from '../../src/evidence/ownPage.ts';
import { roster } from './roster.ts';

const speakers = (text: string, title?: string, genre: 'news' | 'readout' = 'news') =>
  extractClaims(text, { roster, genre, published: '2031-03-10', ...(title ? { title } : {}) }).flatMap((c) =>
    c.kind === 'quote' ? [c.speaker?.personId ?? c.speaker?.name ?? null] : [],
  );

describe('a bare title on an institution’s own page', () => {
  it('is the president the press service’s masthead names, after a place of another party', () => {
    const text = [
      'Press Service of the President of Torvania',
      'The President of Torvania held a meeting on the Fjellby talks.',
      '"The text was written here, in Drava," the head of state noted.',
      '"We will not be rushed", – the President said.',
    ].join('\n\n');
    expect(speakers(text, undefined, 'readout')).toEqual(['varin', 'varin']);
  });

  it('is the president the site’s title names, though the title left the text', () => {
    const text = [
      'The President addressed the nation.',
      '"We have brought 150 of our people home", – the President said in her evening address.',
      '"This is only the beginning," the Head of State added.',
    ].join('\n\n');
    expect(speakers(text, 'Official website of the President of Arvenia')).toEqual(['kostal', 'kostal']);
    expect(speakers(text, 'President of Arvenia | Official website')).toEqual(['kostal', 'kostal']);
  });

  it('is the president of the page, not the other one its text names', () => {
    const text = [
      'President of Arvenia',
      'The President held a telephone conversation with Oleg Varin.',
      '"We agreed to keep talking," the President said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['kostal']);
  });

  it('is the foreign minister on her ministry’s page, and the envoy on his office’s', () => {
    const ministry = [
      'Ministry of Foreign Affairs of Norland',
      'The Foreign Minister today received her Arvenian counterpart in Fjellby.',
      '"Norland stands ready to host the next round," the Minister said.',
    ].join('\n\n');
    expect(speakers(ministry)).toEqual(['solberg']);
    const envoy = [
      'Office of the Special Envoy of Norland',
      'The Special Envoy met both delegations in Fjellby.',
      '"The parties are closer than ever," the Envoy said after the meeting.',
    ].join('\n\n');
    expect(speakers(envoy)).toEqual(['dahl']);
  });

  it.each([
    [
      'another office on the page',
      ['Ministry of Foreign Affairs of Norland', '"We are ready," the President said.'],
      'President',
    ],
    [
      'another country’s president',
      ['President of Arvenia', '"We will not be rushed," the Torvanian President said.'],
      'varin',
    ],
    [
      'a headline that mentions an office',
      [
        'President of Arvenia vows to press on with talks',
        'President Varin spoke on Tuesday. "We will not be rushed," the President said.',
      ],
      'varin',
    ],
  ])('is not the principal for %s', (_, lines, speaker) => {
    expect(speakers(lines.join('\n\n'))).toEqual([speaker]);
  });
});

describe('pagePrincipal', () => {
  const gazetteer = buildGazetteer(roster);
  it.each([
    ['Press Service of the President of Torvania', 'varin'],
    ['Official website of the President of Arvenia', 'kostal'],
    ['Norland Ministry of Foreign Affairs', 'solberg'],
    ['Foreign Ministry of Norland', 'solberg'],
    ['President of Arvenia vows to press on', undefined],
    ['The President of Arvenia held talks.', undefined],
  ])('%s', (line, person) => {
    expect(pagePrincipal([line], gazetteer, line)?.person.id).toBe(person);
  });
  it('takes the head of state for a president, not a minister', () => {
    const president = pagePrincipal(['President of Arvenia'], gazetteer, '')!;
    expect(namesPrincipal('the Head of State', president)).toBe(true);
    expect(namesPrincipal('the Minister', president)).toBe(false);
    expect(namesPrincipal('the President of Torvania', president)).toBe(false);
  });
});
