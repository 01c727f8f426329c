// "Nothing is agreed until everything is agreed" said against a claim that the text, a chapter of
// it, or a party's assent is agreed (tuning sets 14, 21, 24 in real house styles: a foreign
// ministry briefing, a presidency readout, a wire): one question,
// linked. Not against a question's premise, nor against a sentence agreeing to meet.
// Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const linked = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  linkSources([a, b], roster).links.some((l) => l.a.source !== l.b.source);

const formula = doc(
  'b',
  'Asked about the Arvenian claim, the Torvanian spokeswoman repeated the old rule: nothing is agreed until everything is agreed.',
  'press-conference',
);

describe('the formula against a status of the text', () => {
  it('links it to a chapter said agreed, to an assent to the framework, and to no agreement on the text', () => {
    for (const line of [
      'The sides noted with satisfaction that the water chapter of the document is agreed.',
      'Special Envoy Dahl told reporters in Fjellby that the Torvanian delegation has agreed to the framework.',
      'No agreement on the text of the Vell framework has been reached, the Arvenian ministry said.',
      'A Torvanian official, speaking on condition of anonymity, said the water chapter was already agreed.',
      // A third person's word reported, not a premise put back to the one asked.
      'Minister Dahl said the text is agreed and that the signing could follow within days.',
    ])
      expect(linked(doc('a', line, 'news'), formula), line).toBe(true);
  });

  it('does not link a question put to a speaker or an agreement to meet', () => {
    for (const line of [
      'Minister, you said the text is agreed. Is that still your view?',
      'The two delegations agreed to meet again in Fjellby on 12 March.',
    ])
      expect(linked(doc('a', line, 'press-conference'), formula), line).toBe(false);
  });
});
