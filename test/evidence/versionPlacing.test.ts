// Where the words round a text's size place it among the text's versions (textVersions.ts): "N
// points instead of M" and "down from M" make N the later size; "grown from a 12-point draft" and
// "the twelve-point paper and its updated version" make the named size the earlier; "in its current
// edition" the later; a draft "that leaked" the earlier (a "leaked" text is no version of its own). A "position paper" and a
// "counter-proposal" count a text's points. Invented sentences of the Arvenia–Torvania talks in
// wire, ministry, presidency, joint-statement, transcript and social styles.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { sizesText } from '../../src/evidence/textParts.ts';
import { doc, kinds } from './linkedDocs.ts';

const numbers = (...docs: ReturnType<typeof doc>[]) => kinds(...docs).filter((k) => k.startsWith('number'));

describe('what counts a text by its points', () => {
  it('takes a position paper and a counter-proposal for texts', () => {
    expect(quantities('the nine-point position paper of Norland').map(sizesText)).toEqual([true]);
    expect(quantities('a six-point counter-proposal of its own').map(sizesText)).toEqual([true]);
    expect(quantities('a six-point counterproposal of its own').map(sizesText)).toEqual([true]);
    expect(quantities('three checkpoints on the Vell').map(sizesText)).toEqual([false]);
  });
});

describe('a size told with what it replaced', () => {
  const revised = doc(
    'a',
    'Envoy Dahl said the plan is now shorter: seventeen points instead of twenty-three.',
    'press-conference',
  );
  const joint = doc(
    'b',
    'The Ministers took note of the revised plan of 18 points presented by the Mediator.',
    'joint-statement',
  );
  const wire = doc(
    'c',
    "FJELLBY, March 4 (Norpress) - The mediator's plan now has 17 points, down from 23, two diplomats said.",
  );
  const post = doc('d', 'Arvenia received the 23-point plan from the Mediator this week.', 'social');

  it('places the size before "instead of" as the later version, and flags a later one sized otherwise', () => {
    expect(numbers(revised, joint)).toEqual(['number ab']);
  });

  it('flags no later size against the size it replaced', () => {
    expect(numbers(revised, post)).toEqual([]);
    expect(numbers(wire, post)).toEqual([]);
  });
});

describe('a size told as what a text grew from', () => {
  it('places "grown from a 12-point draft" early: no flag against the later text', () => {
    const analysis = doc(
      'a',
      'The framework — grown from a 12-point draft circulated in February into the 20-point document handed over on 5 March — is the most detailed yet.',
    );
    const transcript = doc(
      'b',
      'MINISTER VARIN: There is a 20-point plan on the table, and we are studying it.',
      'meeting-transcript',
    );
    expect(numbers(analysis, transcript)).toEqual([]);
  });
});

describe('a size told beside its own updated version', () => {
  const council = doc(
    'a',
    'Takes note of the nine-point position paper released by Norland on 2 February and of its updated version, and calls on the parties to engage with it;',
    'joint-statement',
  );
  const ministry = doc(
    'b',
    'The deadline for written replies to the updated position paper, which consists of 13 points, has been extended to 29 March.',
    'press-release',
  );
  it('places the named size early: no flag against the updated one', () => {
    expect(numbers(council, ministry)).toEqual([]);
  });
  it('still flags two sizes of the updated paper', () => {
    const readout = doc(
      'c',
      'The President noted that the updated position paper, now of 14 points, can become a basis for further work.',
      'readout',
    );
    expect(numbers(ministry, readout)).toEqual(['number bc']);
  });
});

describe('a size told of the current edition or of a leaked draft', () => {
  const presidency = doc(
    'a',
    'The head of state underlined that the text in its current edition consisting of 15 points can become a basis for further work.',
    'readout',
  );
  const newsletter = doc(
    'b',
    'The 11-point draft that leaked on 4 March proposed a 30-kilometre zone.',
    'news',
  );
  const leakedBefore = doc('c', 'The leaked 11-point draft would have frozen the line of contact.', 'news');
  it('places the current edition late and the leaked draft early: two versions', () => {
    expect(numbers(presidency, newsletter)).toEqual([]);
    expect(numbers(presidency, leakedBefore)).toEqual([]);
  });
  it('still flags two sizes of the leaked draft', () => {
    const other = doc('d', 'Norland said the leaked text, a 12-point draft, was never its own.', 'news');
    expect(numbers(newsletter, other)).toEqual(['number bd']);
  });
});

describe('a size told of a leaked text', () => {
  // A leak tells how a text became known, not which version it is: the leaked plan is the one
  // the others size without a word of its version, and a size told otherwise disputes theirs.
  const wire = doc('a', 'Norpress has seen the leaked 27-point plan drawn up by the mediator.', 'news');
  const ministry = doc('b', 'Arvenia received the 28-point plan from the Mediator on Tuesday.', 'readout');
  it('flags two sizes of the plan when one source calls it leaked', () => {
    expect(numbers(wire, ministry)).toEqual(['number ab']);
  });
});
