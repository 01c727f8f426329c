// How `parley draft compose` reads its flags into a plan: a --text beside a --take of the
// same provision takes the amendment in part, repeated --bracket flags collect the
// alternatives, and two choices for one provision are refused by flag.
import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/cli/commands/desk.ts';

const none = { take: [], text: [], bracket: [], drop: [] };

describe('draft compose flags', () => {
  it('reads take, take in part, text, brackets and drop', () => {
    const plan = planOf({
      take: ['1=a-1', '2=a-2'],
      text: ['2=Edited words.', '3=A compromise = fair.'],
      bracket: ['4=One way.', '4=Another way.'],
      drop: ['5'],
    });
    expect(plan.choices).toEqual({
      '1': { kind: 'take', amendment: 'a-1' },
      '2': { kind: 'take', amendment: 'a-2', text: 'Edited words.' },
      '3': { kind: 'text', text: 'A compromise = fair.' },
      '4': { kind: 'brackets', alternatives: ['One way.', 'Another way.'] },
      '5': { kind: 'drop' },
    });
  });

  it('refuses a value without N= and two choices for one provision, naming the flag', () => {
    expect(() => planOf({ ...none, take: ['a-1'] })).toThrow(/^--take: 'a-1' is not N=VALUE/);
    expect(() => planOf({ ...none, take: ['1=a'], drop: ['1'] })).toThrow(
      /^--drop: provision 1 already has a choice/,
    );
    expect(() => planOf({ ...none, text: ['1=x', '1=y'] })).toThrow(
      /^--text: provision 1 already has a choice/,
    );
  });
});
