// A status said of an arrangement around the text (its date, its place, the order of signing) is
// no status of the text or of the occasion named beside it: "no date was set for the memorandum's
// signing" does not deny that the memorandum is final. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { arrangementSubject } from '../../src/evidence/modalityStatus.ts';
import { doc, kinds } from './linkedDocs.ts';

const statusFlags = (a: string, b: string) =>
  kinds(doc('a', a), doc('b', b)).filter((k) => k.startsWith('status'));

describe('a status of an arrangement', () => {
  it('reads the date and the place as what is not agreed, not the accord they belong to', () => {
    expect(
      [...(arrangementSubject('The venue and the date of the Kessel accord have ') ?? [])].sort(),
    ).toEqual(['date', 'venu']);
    expect(arrangementSubject('No date ')).toEqual(new Set(['date']));
    expect(arrangementSubject('The Kessel accord ')).toBeUndefined();
  });

  it('does not set an open date against a final accord', () => {
    expect(
      statusFlags(
        'The text is final, Solberg told the Storting.',
        'The venue and the date for signing the text have not been agreed, Surin said.',
      ),
    ).toEqual([]);
  });

  it('still flags the accord itself said final and not final', () => {
    expect(
      statusFlags(
        'The text is final, Solberg told the Storting.',
        'The text has not been agreed, Surin said.',
      ),
    ).toEqual(['status ab']);
  });

  it('still flags the draft when a clause of its own about a date or a place comes before it', () => {
    for (const open of [
      'The date is fixed but the draft has not been agreed, Surin said.',
      'The place is booked although the draft has not been agreed, Surin said.',
      'The sequence of meetings was reshuffled since the draft has not been agreed, Surin said.',
    ])
      expect(statusFlags('The draft is final, Solberg told the Storting.', open)).toEqual(['status ab']);
    expect(arrangementSubject('The date has been fixed but the accord has ')).toBeUndefined();
    expect(arrangementSubject('No date has yet ')).toEqual(new Set(['date']));
    expect(arrangementSubject('The order of signing will be ')).toEqual(new Set(['order']));
    expect(arrangementSubject('The order in which the two sides will sign the draft has ')).toEqual(
      new Set(['order']),
    );
    expect(arrangementSubject('The date on which they meet is set but the draft has ')).toBeUndefined();
  });

  it('still flags one date said agreed and not agreed', () => {
    expect(
      statusFlags(
        'The date for signing the text has been agreed, Solberg told the Storting.',
        'The date for signing the text has not been agreed, Surin said.',
      ),
    ).toEqual(['status ab']);
  });
});
