// Unnamed sources as wires quote them: a description placed in a capital after the quotation ("one
// senior official in Kessel said") and a pronoun going back to the unnamed source that opens its
// sentence. Near misses: a named minister the pronoun still finds, a name after "in" that is the
// subject's apposition. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { quotedAfterWireLede as wire } from './quotesRead.ts';

describe('an unnamed source', () => {
  it('is the description placed in a capital, not the state the capital stands for', () => {
    expect(wire(`"The commas are ours. The annex is theirs," one senior official in Kessel said.`)).toEqual([
      ['senior official', 'The commas are ours. The'],
    ]);
  });

  it('is who a pronoun in its own sentence goes back to, not a person named before', () => {
    expect(
      wire(
        `A Western diplomat following the talks was blunter: the two sides, he said, "are fighting over the pen."`,
      ),
    ).toEqual([['Western diplomat', 'are fighting over the pe']]);
  });

  it('is who a pronoun in the next sentence goes back to, past the people named before it', () => {
    expect(
      wire(
        `Varin received Dahl in Drava. One adviser said the room was cold. "Nothing moved today," he said.`,
      ),
    ).toEqual([['adviser', 'Nothing moved today,']]);
  });

  it('leaves a named speaker to the pronoun when the sentence opens on an office', () => {
    expect(wire(`The minister was blunter: the two sides, she said, "are fighting over the pen."`)).toEqual([
      ['solberg', 'are fighting over the pe'],
    ]);
  });
});
