// A text leaked to the press as a claim frame: a readout's "unauthorised publication in the
// press", a wire's "which a daily printed", a ministry post's "we learned of it from the
// newspapers", a scoop's "a copy seen by" an outlet tell one leak; a text not published, a text
// named by its leak in passing, a ministry's own publication and an outlet's report of something
// else are no leak. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { tellsLeak } from '../../src/evidence/leaks.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);
const LEAK = 'a text leaked to the press';

describe('a text leaked to the press', () => {
  it('links a readout’s regret over the publication to a wire’s aside on it', () => {
    expect(
      reasons(
        'President Kostal expressed regret over the unauthorised publication of the draft agreement in the Torvanian press.',
        'The draft agreement, which a Drava daily printed on Tuesday, sets the yearly release at two billion cubic metres.',
      ),
    ).toContain(LEAK);
  });

  it('links a ministry post that learned of it from the papers to a parliamentary mention of the front page', () => {
    expect(
      reasons(
        'We learned about the mediator’s draft from the newspapers, not from the mediator.',
        'The Minister reminded Members that the mediator’s draft was on the front page of the Kessel Herald last week.',
      ),
    ).toContain(LEAK);
  });

  it('links no such pair when the leak is all the two share', () => {
    // Each side tells a leak, but of no text both name: a frame alone is no second agreement.
    expect(
      reasons(
        'President Kostal expressed regret over the unauthorised publication of the draft agreement in the Torvanian press.',
        'The text, which a Drava daily printed on Tuesday, sets the yearly release at two billion cubic metres.',
      ),
    ).not.toContain(LEAK);
    expect(
      reasons(
        'We learned about this document from the newspapers, not from the mediator.',
        'The Minister reminded Members that the draft was on the front page of the Kessel Herald last week.',
      ),
    ).not.toContain(LEAK);
  });

  it('reads an outlet named after "seen by" that is no party of the talks', () => {
    expect(
      tellsLeak('The framework sets a zone of 15 km, according to a copy seen by the Tessin Wire.', roster),
    ).toBe(true);
    expect(tellsLeak('The plan was leaked to a Fjellby newspaper on 3 March.', roster)).toBe(true);
    expect(tellsLeak('The joint statement was published by Norland on Friday.', roster)).toBe(false);
  });

  it('leaves a text not published, a leak named in passing and a report of something else', () => {
    expect(tellsLeak('The draft has not been published by either government.', roster)).toBe(false);
    expect(tellsLeak('The leaked draft proposes a zone of 15 kilometres along the Vell.', roster)).toBe(
      false,
    );
    expect(tellsLeak('The Herald reported on Monday that the talks had stalled.', roster)).toBe(false);
  });
});
