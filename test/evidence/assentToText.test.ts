// A party's assent to the text told as a verb, set against the text's state told as a noun: a
// mediator's "the Torvanian delegation has agreed to the framework", a briefing's "Torvania had
// agreed to the framework", a ministry's "the text is not final". Agreeing to keep working, a denial
// and two parties are not this claim. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { readAssent } from '../../src/evidence/assentToText.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string, genreA: Genre = 'news', genreB: Genre = 'news') =>
  linkSources([doc('a', a, genreA), doc('b', b, genreB)], roster).links.map((l) => l.reason);

describe('a party’s assent to the text', () => {
  it('reads the party that agreed to the text, not the one who tells it', () => {
    expect(readAssent('I will say this: the Torvanian delegation has agreed to the framework.', roster)).toBe(
      'torvania',
    );
    expect(
      readAssent(
        'Asked about Henrik Dahl’s statement that Torvania had agreed to the plan, Surin said nothing.',
        roster,
      ),
    ).toBe('torvania');
  });

  it('reads no assent to keep working, and none denied', () => {
    expect(readAssent('Arvenia agreed to continue working on the framework next week.', roster)).toBe(
      undefined,
    );
    expect(readAssent('Torvania has not agreed to the framework.', roster)).toBe(undefined);
  });

  it('reads no assent to a plan to meet, to a part of the text, or to the text as a basis', () => {
    for (const line of [
      'Arvenia agreed to the plan to meet again in April.',
      'Torvania agreed to the plan’s ceasefire clause on Monday.',
      'Torvania accepted the framework as a basis for further talks.',
    ])
      expect(readAssent(line, roster)).toBe(undefined);
    expect(readAssent('Torvania accepted the framework as it stands.', roster)).toBe('torvania');
  });

  it('links a mediator’s and a spokesman’s word that one party agreed to the text', () => {
    expect(
      reasons(
        'MR DAHL: I will say this: the Torvanian delegation has agreed to the framework.',
        'Two days ago the Norland envoy announced in Fjellby that Torvania "had agreed to the framework", the Citadel spokesman recalled.',
        'press-conference',
      ),
    ).toContain('whether torvania agreed to the text');
  });

  it('links an assent to a ministry’s word on the state of the whole text', () => {
    expect(
      reasons(
        'MR DAHL: I will say this: the Torvanian delegation has agreed to the framework.',
        'The framework is not final; work on it continues, the Ministry of Foreign Affairs stresses.',
        'press-conference',
        'press-release',
      ),
    ).toContain('whether torvania agreed to the text');
  });

  it('leaves two parties’ assents apart', () => {
    expect(
      reasons(
        'MR DAHL: The Torvanian delegation has agreed to the framework.',
        'Officials in Kessel confirmed that Arvenia had accepted the framework on Sunday.',
        'press-conference',
      ),
    ).not.toContain('whether torvania agreed to the text');
  });
});
