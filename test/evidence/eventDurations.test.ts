// How long a call or meeting lasted, as readouts, Kremlin-style items, wires and leaders' posts
// give it, and the two sides' figures for one event set against each other with their hedges.
import { describe, expect, it } from 'vitest';
import { durationOf } from '../../src/evidence/eventDurations.ts';
import { doc, kinds } from './linkedDocs.ts';

const minutes = (text: string) => durationOf(text)?.minutes.map((m) => Math.round(m));

describe('the length a sentence gives its event', () => {
  it('reads lengths in the words sources use', () => {
    expect(minutes('The call lasted 45 minutes.')).toEqual([43, 47]);
    expect(
      minutes(
        'The conversation took place at the request of the Arvenian side and lasted for more than one and a half hours.',
      ),
    ).toEqual([90, Number.POSITIVE_INFINITY]);
    expect(minutes('The talks lasted four hours and forty minutes.')).toEqual([266, 294]);
    expect(minutes('Kostal and Varin met for nearly five hours in Fjellby.')).toEqual([255, 300]);
    // "About an hour" is rounded to the half hour: half a quarter of an hour either way (hedges.test.ts).
    expect(minutes('The two leaders spoke by phone for about an hour, the Citadel said.')).toEqual([53, 68]);
    expect(minutes('Just had a 90-minute call with Oleg Varin.')).toEqual([86, 95]);
    expect(minutes('After an hour-long meeting, the sides issued a statement.')).toEqual([57, 63]);
    expect(
      minutes('The meeting, which lasted about three hours, was also attended by the foreign ministers.'),
    ).toEqual([162, 198]);
  });

  it('reads a length quoted from another source, and one given after "a call of"', () => {
    expect(minutes('An aide said the exchange had lasted "close to an hour" in all.')).toEqual([51, 60]);
    expect(minutes('Varin described a conversation of more than two hours with Kostal.')).toEqual([
      120,
      Number.POSITIVE_INFINITY,
    ]);
    // "Of" before a count of people, not an amount of time, gives no length.
    expect(durationOf('It was a meeting of forty delegates from both sides.')).toBeUndefined();
  });

  it('reads no length from spans that are not the event’s', () => {
    expect(durationOf('Both armies will withdraw within 72 hours of signature.')).toBeUndefined();
    expect(durationOf('A dispute delayed the start of the summit by two hours.')).toBeUndefined();
    expect(durationOf('Varin arrived about ten minutes earlier.')).toBeUndefined();
    expect(durationOf('The ceasefire has held for 48 hours.')).toBeUndefined();
  });

  it('marks a length of part of the event', () => {
    expect(durationOf('The leaders spoke one-to-one for around forty minutes.')?.part).toBe(true);
    expect(durationOf('The call lasted 45 minutes.')?.part).toBe(false);
  });

  it('reads a format told after the length, past a comma or an "and", as the whole occasion’s', () => {
    for (const line of [
      'Over the 50-minute call, held one-on-one, the presidents went through the annex.',
      'The conversation lasted about half an hour, and the two leaders spoke tête-à-tête.',
      'The call lasted 2 hours and 5 minutes and was one to one.',
      'The meeting lasted four hours, including a one-to-one of twenty minutes.',
    ])
      expect(durationOf(line)?.part, line).toBe(false);
    // Right after the length, or before it, the format is the length's own.
    expect(durationOf('The ministers met for an hour in private before the plenary.')?.part).toBe(true);
    expect(durationOf('In a restricted format, the talks lasted two hours.')?.part).toBe(true);
  });
});

const readout = (length: string) =>
  doc(
    'readout',
    `President Kostal spoke with President Varin by phone today. ${length}`,
    'readout',
    '2031-03-04',
  );
const kremlin = (length: string) =>
  doc(
    'kremlin',
    `Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 4 March. ${length}`,
    'readout',
    '2031-03-04',
  );

describe('two sources’ lengths of one call', () => {
  it('flags lengths no hedge lets meet', () => {
    expect(
      kinds(
        readout('The call lasted 45 minutes.'),
        kremlin('The conversation lasted for more than one and a half hours.'),
      ),
    ).toContain('number readoutkremlin');
    expect(
      kinds(readout('The call lasted two hours.'), kremlin('The conversation lasted 90 minutes.')),
    ).toContain('number readoutkremlin');
    expect(
      kinds(
        readout('The call lasted almost two hours.'),
        kremlin('The conversation lasted about 90 minutes.'),
      ),
    ).toContain('number readoutkremlin');
  });

  it('leaves lengths that agree within their hedges', () => {
    for (const [x, y] of [
      ['The call lasted about 90 minutes.', 'The conversation lasted an hour and a half.'],
      ['The call lasted more than nine hours.', 'The conversation lasted nine hours.'],
      ['The call lasted almost two hours.', 'The conversation lasted about 110 minutes.'],
      ['The call lasted four hours and forty minutes.', 'The conversation lasted nearly five hours.'],
    ])
      expect(kinds(readout(x!), kremlin(y!))).toEqual([]);
  });

  it('sets a part of the call only against the same part', () => {
    expect(
      kinds(
        readout('The call lasted two hours.'),
        kremlin('The two presidents spoke one-to-one for around forty minutes.'),
      ),
    ).toEqual([]);
  });

  it('sets the length of a call told one-on-one against another source’s length of it', () => {
    expect(
      kinds(
        readout('The call lasted about an hour.'),
        kremlin('During the 35-minute conversation, held one-to-one, the presidents reviewed the annex.'),
      ),
    ).toContain('number readoutkremlin');
  });

  it('sets a length told after those who joined the call against the other side’s length', () => {
    const joined = doc(
      'joined',
      'President Kostal spoke with President Varin by phone today. President Kostal was joined on the call by Taras Melnyk. The call lasted 45 minutes.',
      'readout',
      '2031-03-04',
    );
    expect(kinds(joined, kremlin('The conversation lasted more than two hours.'))).toContain(
      'number joinedkremlin',
    );
    // The same people's call on another day is another call, in parts or not.
    const later = doc(
      'later',
      'Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 9 March. The conversation lasted more than two hours.',
      'readout',
      '2031-03-09',
    );
    expect(kinds(joined, later).filter((k) => k.startsWith('number'))).toEqual([]);
  });

  it('leaves the lengths of two calls a week apart', () => {
    const first = readout('The call lasted 45 minutes.');
    const second = doc(
      'second',
      'President Kostal spoke with President Varin by phone today. The call lasted two hours.',
      'readout',
      '2031-03-11',
    );
    expect(kinds(first, second)).toEqual([]);
    // A wire's undated meeting and a later "met again today": the sentences are alike, the events not one.
    const wire = doc('wire', 'The delegations met in Fjellby for six hours.', 'news', '2031-03-05');
    const again = doc(
      'again',
      'The delegations met in Fjellby again today, for three hours.',
      'news',
      '2031-03-20',
    );
    expect(kinds(wire, again).filter((k) => k.startsWith('number'))).toEqual([]);
  });
});

describe('a length told of "it" in the sentence after the call', () => {
  it('takes the length for the call its source told just before', () => {
    const pronoun = doc(
      'pronoun',
      'Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on 4 March. The exchange was frank and detailed. It lasted close to three hours.',
      'readout',
      '2031-03-04',
    );
    expect(kinds(readout('The call lasted 40 minutes.'), pronoun)).toContain('number readoutpronoun');
  });

  it('leaves an "it" whose source told no call or meeting before it', () => {
    const outage = doc(
      'outage',
      'The pumping station lost its grid connection on 4 March. It lasted close to three hours.',
      'news',
      '2031-03-04',
    );
    expect(
      kinds(readout('The call lasted 40 minutes.'), outage).filter((k) => k.startsWith('number')),
    ).toEqual([]);
  });
});
