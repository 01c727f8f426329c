// One speaker's sentence given with its contrast turned round — "a target, not a cliff" in the
// transcript, "a cliff, not a target" in a report — has the same words and the opposite meaning.
// Invented lines of the Arvenia–Torvania talks: a doorstep transcript, a broadcaster's report, a
// Telegram post and a wire.
import { describe, expect, it } from 'vitest';
import { contrastReversed } from '../../src/evidence/assertion.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('a contrast turned round', () => {
  it('reads "X, not Y" against "Y, not X" and "not Y but X"', () => {
    expect(
      contrastReversed('The deadline is a target, not a cliff.', 'The deadline is a cliff, not a target.'),
    ).toBe(true);
    expect(contrastReversed('We came to talk, not to sign.', 'We came not to talk but to sign.')).toBe(true);
    expect(contrastReversed('We came to talk, not to sign.', 'We came to talk, and not to sign.')).toBe(
      false,
    );
    expect(contrastReversed('Shown pages, not a text.', 'We were shown pages, not a text.')).toBe(false);
  });

  it('flags one speaker’s words given both ways', () => {
    const doorstep = doc(
      'a',
      [
        'QUESTION: Is Friday a hard deadline?',
        'SPECIAL ENVOY DAHL: Friday is a target, not a cliff. We will see.',
      ].join('\n\n'),
      'press-conference',
    );
    const report = doc(
      'b',
      'Speaking at the airport, the Norland envoy Henrik Dahl told reporters: "Friday is a cliff, not a target."',
    );
    expect(kinds(doorstep, report)).toEqual(['quote ab']);
  });

  it('leaves the same contrast told alike', () => {
    const post = doc('a', 'Pavel Surin wrote on Telegram: "We came to talk, not to sign."', 'social');
    const wire = doc('b', 'Torvania\'s spokesman Pavel Surin said: "We came to talk, not to sign."');
    expect(kinds(post, wire)).toEqual([]);
  });

  it('leaves two sides’ aims set against each other in one speech', () => {
    expect(
      contrastReversed(
        'Our side wants a lasting ceasefire, not a pause.',
        'Their side wants a pause, not a lasting ceasefire.',
      ),
    ).toBe(false);
    expect(contrastReversed('We came to sign, not to talk.', 'They came to talk, not to sign.')).toBe(false);
    const wire = doc(
      'a',
      'KESSEL, March 4 — "Our side wants a lasting ceasefire, not a pause," President Kostal said on Tuesday.',
    );
    const readout = doc(
      'b',
      'President Kostal told reporters in Kessel on Tuesday: "Their side wants a pause, not a lasting ceasefire."',
    );
    expect(kinds(wire, readout)).toEqual([]);
  });
});
