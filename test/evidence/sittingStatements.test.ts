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
        'The Minister for the North (Anna Lind): By leave of the House, I shall make a statement about fish quotas.',
        'meeting-transcript',
      ),
    ).toEqual([['statement', '2031-03-05']]);
    expect(at('The chair now calls as its business a statement by Erik Dahl on fish quotas.')).toBe(false);
    expect(at('Next item of business will be an oral statement from Erik Dahl about fish quotas.')).toBe(
      true,
    );
  });

  it('reads no statement made where a member asks for one', () => {
    expect(at('Ms Solberg asked whether the Minister means to make a statement about Drava.')).toBe(false);
    expect(
      events(
        'Ms Solberg: Is the Minister ready to make a statement about Drava next week?',
        'meeting-transcript',
      ),
    ).toEqual([['statement', null]]);
  });

  it('reads no statement made where the minister promises one for later', () => {
    expect(
      events(
        'The Minister for the North (Anna Lind): Once Kostal has replied, I will make a statement to the House about fish quotas.',
        'meeting-transcript',
      ),
    ).toEqual([['statement', null]]);
    expect(
      events(
        'Ms Solberg: I shall make a statement about the Kessel accord after the recess.',
        'meeting-transcript',
      ),
    ).toEqual([['statement', null]]);
  });
});
