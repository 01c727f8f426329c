// A statement made to a chamber at the sitting its record reports (sittingStatements.ts). Turns
// invented for the test, in the style of a parliament's record; read as written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { madeAtSitting } from '../../src/evidence/sittingStatements.ts';
import { events } from './eventsOf.ts';

const at = (s: string) => madeAtSitting(s, s.indexOf('statement'));

describe('a statement made at the sitting', () => {
  it("dates the minister's announced statement by the record's day", () => {
    expect(
      events(
        'The Secretary of State for Foreign Affairs (Anna Lind): With permission, Mr Speaker, I shall make a statement on the talks in Drava.',
        'meeting-transcript',
      ),
    ).toEqual([['statement', '2031-03-05']]);
    expect(at('The next item of business is a statement by Erik Dahl on the fisheries talks.')).toBe(true);
  });

  it('reads no statement made where a member asks for one', () => {
    expect(at('To ask the Foreign Secretary if he will make a statement on the talks in Drava.')).toBe(false);
    expect(
      events(
        'Ms Solberg: Will the Minister make a statement on the talks in Drava next week?',
        'meeting-transcript',
      ),
    ).toEqual([['statement', null]]);
  });
});
