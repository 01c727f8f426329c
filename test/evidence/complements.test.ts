// A figure given bare after a verb of having or counting, in the unit its own sentence has just
// given ("ran to twenty articles; the text initialled on Monday has fifteen"), and a body named
// for its members that "numbers" them ("the monitoring mission, which we expect to number 48").
// Invented sentences in a news analysis's, a wire's, a Hansard answer's and a ministry's styles.
import { describe, expect, it } from 'vitest';
import { bodyNumbers, complementFigures } from '../../src/evidence/complements.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const bare = (s: string) => complementFigures(s, quantities(s)).map((q) => [q.value, q.unit]);

describe('a bare figure in the unit of its sentence', () => {
  it('is read after a verb of having or counting', () => {
    expect(
      bare(
        'The first draft ran to twenty articles; the text initialled on Monday has fifteen, officials said.',
      ),
    ).toEqual([[15, 'article']]);
    expect(bare('Arvenia says it holds 40 prisoners and Torvania says it has 52.')).toEqual([
      [52, 'prisoner'],
    ]);
    expect(bare('The old buffer zone was 30 km wide; the new one is 25.')).toEqual([[25, 'km']]);
  });

  it('is not read with a noun of its own, of another size, or beside an amount in millions', () => {
    expect(bare('We had 20 points in March and now have fifteen days to finish.')).toEqual([]);
    expect(bare('The framework has 20 points and the annex has three.')).toEqual([]);
    expect(bare('The delegation has 12 members and its talks are in their second week, which is 2.')).toEqual(
      [],
    );
    expect(bare('The fund holds 3 billion euros; the loan is 2.')).toEqual([]);
  });

  it('sets the size of the initialled text against the size another source gives it', () => {
    const analysis = doc(
      'a',
      'The first draft, tabled by Norland in January, ran to twenty articles; the text initialled on Monday has fifteen, officials said.',
    );
    const statement = doc(
      'b',
      'Joint statement\n\nThe Parties initialled the agreement of fourteen articles on Monday.',
      'joint-statement',
    );
    expect(kinds(analysis, statement)).toEqual(['number ab']);
  });
});

describe('a body that numbers its members', () => {
  it('counts the members it is named for', () => {
    expect(
      bodyNumbers(
        'The Government will contribute to the Union monitoring mission, which we expect to number 48.',
      ),
    ).toMatchObject([{ value: 48, unit: 'monitor' }]);
    expect(bodyNumbers('The mission will number 40 monitors.')).toEqual([]);
    expect(bodyNumbers('The negotiating team numbers 12.')).toEqual([]);
  });

  it('sets a Hansard answer against a wire', () => {
    const answer = doc(
      'a',
      'Mr Dahl: The Government will contribute to the Union monitoring mission on the Vell, which we expect to number 48.',
      'meeting-transcript',
    );
    const wire = doc(
      'b',
      'KESSEL (Wirenews) - The Union monitoring mission on the Vell will have 40 monitors, an official said.',
    );
    expect(kinds(answer, wire)).toEqual(['number ab']);
  });
});
