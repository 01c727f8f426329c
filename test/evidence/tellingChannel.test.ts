// The outlet a remark was told to, or the interview, is not what was said: two
// attributions that share only the outlet are two remarks, while two reports of one remark
// still meet on what it says.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.reason} ${l.a.source}${l.b.source}`);

describe('the channel of a telling', () => {
  it('reads no outlet or interview as a word of what was said', () => {
    expect([...meaningWords('Dahl said during an interview with Corbel News.')]).toEqual(['dahl']);
    expect([...meaningWords('The talks resumed, according to the Harbour Times.')]).toEqual([
      'talk',
      'resume',
    ]);
    expect([...meaningWords('Varin told state television the ceasefire holds.')]).toEqual([
      'varin',
      'ceasefire',
      'hold',
    ]);
    expect([...meaningWords('Solberg, speaking to CNN, said the river is not for sale.')]).not.toContain(
      'cnn',
    );
  });

  it('keeps an outlet the sentence is about, and the reporters told', () => {
    expect([...meaningWords('Surin told reporters on Monday.')]).toContain('reporter');
    expect([...meaningWords('Reporters were barred from the talks.')]).toContain('reporter');
    expect([...meaningWords('The news agency published the draft.')]).toContain('agency');
  });

  it('does not link two attributions that share only the outlet they were told to', () => {
    // A wire's and a newspaper's tails of two quotations, by two people off the roster.
    const wire = doc('a', 'Brandt told Corbel News on Sunday.');
    const paper = doc('b', 'Ilves told Corbel News on Monday.');
    expect(reasons(wire, paper)).toEqual([]);
    const briefing = doc('c', 'Hale said during an interview with Norland Radio.', 'press-conference');
    const post = doc('d', 'Weber spoke to Norland Radio on Sunday.', 'social');
    expect(reasons(briefing, post)).toEqual([]);
  });

  it('still links one remark reported twice with its outlet', () => {
    const wire = doc('a', 'Kostal told Corbel News that the river talks would resume in Lorne next month.');
    const paper = doc(
      'b',
      'The river talks will resume in Lorne next month, Kostal said in an interview with Corbel News.',
    );
    expect(reasons(wire, paper).length).toBeGreaterThan(0);
  });
});
