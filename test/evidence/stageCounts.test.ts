// A count of one stage of a release or a deployment ("the first stage, of 120 persons", "an
// advance team of 80 monitors") beside the whole: a part, not another figure for it. Found on
// two sets written blind (tuned12, tuned14); invented sentences about the Arvenia–Torvania talks
// in several house styles.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const stages = (text: string) => quantities(text).map((q) => q.stage ?? '-');

describe('the stage a count is of', () => {
  it('is read from the stage named before or after it, or from the start said in other words', () => {
    expect(stages('The first stage, of 120 persons, is to be completed within ten days.')).toEqual(['first']);
    expect(stages('First 120 prisoners to be freed within a week, mediator says')).toEqual(['first']);
    expect(stages('We will deploy an advance team of eighty monitors.')).toEqual(['advance']);
    expect(stages('In the first phase 120 Torvanian soldiers will come home.')).toEqual(['first']);
    expect(stages('Arvenia will release 60 detainees in the second stage.')).toEqual(['second']);
    expect(stages('Initial strength: 60 unarmed observers')).toEqual(['first']);
    expect(stages('The mission will begin with sixty observers.')).toEqual(['first']);
  });
  it('is none for a count of the whole or of a round of talks', () => {
    expect(stages('The framework provides for the release of 340 prisoners in all.')).toEqual(['-']);
    expect(stages('At the first round, the delegations agreed on 12 points.')).toEqual(['-']);
    expect(stages('The mission will have 250 monitors at full strength.')).toEqual(['-']);
  });
});

describe('a count of one stage', () => {
  it("is no contradiction of the whole's count", () => {
    const whole = doc(
      'a',
      'Under the framework, Arvenia and Torvania will release 340 prisoners, Foreign Minister Solberg said.',
    );
    const first = doc(
      'b',
      'The first stage of the release, covering 120 prisoners, will be completed within ten days, the Ministry said.',
      'press-release',
    );
    expect(kinds(whole, first)).toEqual([]);
    const mission = doc('a', 'The Council approved a monitoring mission of 250 monitors.');
    const advance = doc('b', 'An advance team of 80 monitors will deploy to the line next week.');
    expect(kinds(mission, advance)).toEqual([]);
  });
  it('still contradicts another count of the same stage, and a whole still contradicts a whole', () => {
    const a = doc('a', 'In the first stage 120 prisoners will be released, the Citadel said.');
    const b = doc('b', 'In the first stage 150 prisoners will be released, Kessel said.');
    expect(kinds(a, b)).toEqual(['number ab']);
    const c = doc('a', 'Under the framework, Arvenia and Torvania will release 340 prisoners.');
    const d = doc('b', 'Under the framework, Arvenia and Torvania will release 314 prisoners.');
    expect(kinds(c, d)).toEqual(['number ab']);
  });
});
