// A text reaching a party as one thing however told: a mediator's note that it went to both
// delegations, a party's post that it arrived in its capital, a wire's "received it only on
// Thursday", a minister's answer in parliament that the party has not been shown it. Two
// parties, a party's own paper, a reply, a text learnt of from the press, a condition, the
// first draft against the revised text and a denial said before the giving stay apart.
// Invented sentences about the Arvenia–Torvania talks (Kessel is Arvenia's capital).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, reached } from './linkedDocs.ts';
import { roster } from './roster.ts';
import { cpuTimed } from './timedRuns.ts';

const reasons = (a: string, b: string, publishedA = '2031-03-05', publishedB = '2031-03-05') =>
  linkSources([doc('a', a, 'news', publishedA), doc('b', b, 'news', publishedB)], roster).links.map(
    (l) => l.reason,
  );

describe('a text reaching a party', () => {
  it('reads who got the text in the words of a readout, a post, a wire and a parliament', () => {
    expect(
      reached(
        'The Special Envoy noted that the revised text was transmitted to both delegations on 3 March.',
      ),
    ).toEqual({ all: true });
    expect(reached('This morning, at last, the new draft arrived in Kessel.')).toEqual({ arvenia: true });
    expect(
      reached('Arvenia says it received the revised draft only on Thursday, four days after its rival.'),
    ).toEqual({
      arvenia: true,
    });
    expect(reached('Honourable Member, to my knowledge, Torvania has not been shown the text.')).toEqual({
      torvania: false,
    });
    expect(reached('We have not, to this day, received the text of the accord.', 'torvania')).toEqual({
      torvania: false,
    });
    expect(reached('The new plan has been shown to everyone except Torvania.')).toEqual({
      all: true,
      torvania: false,
    });
  });

  it('reads no receipt in a reply, a party’s own paper, the press or a condition', () => {
    expect(reached('Arvenia sent its reply to the mediators on Friday.')).toBe(undefined);
    expect(reached('We have received the Torvanian document through the mediators.', 'arvenia')).toBe(
      undefined,
    );
    // A text learnt of from the press was not handed over: no receipt, and said so (textHolders.ts).
    expect(
      reached('We learned about this document from newspapers, not from the mediators.', 'torvania'),
    ).toEqual({ torvania: false });
    expect(reached('Any answer will be given only after the document is handed to us.', 'torvania')).toBe(
      undefined,
    );
    expect(reached('Torvania would want to see changes before any text was put forward.')).toBe(undefined);
  });

  it('links a mediator’s note and a party’s post on the text reaching it', () => {
    expect(
      reasons(
        'Norland recalls that the revised text was transmitted to both delegations simultaneously on 3 March.',
        'This morning, at last, the revised text arrived in Kessel.',
      ),
    ).toContain('the text reaching arvenia');
    expect(
      reasons(
        'KESSEL, March 6 (Tessin Wire) - Arvenia said it saw the revised draft only on Tuesday.',
        'Mr Speaker, Arvenia has told us that it received the revised text late, and the deadline moves.',
      ),
    ).toContain('the text reaching arvenia');
  });

  it('links a denial to the giving it denies, said after the day of the giving', () => {
    const given =
      'The Ministry noted that the text of the accord was shared with the Government of Torvania on 2 March.';
    const denied = 'Honourable Member, to my knowledge, Torvania has not been shown the text.';
    expect(reasons(given, denied, '2031-03-12', '2031-03-06')).toContain('the text reaching torvania');
    // Not shown, then handed over days later: the text came late, two states of it.
    expect(
      reasons(
        'Torvania says it has not been shown the revised text.',
        'The revised text was handed to Torvania on 9 March.',
        '2031-03-04',
        '2031-03-10',
      ),
    ).not.toContain('the text reaching torvania');
  });

  it('keeps two parties, and the first draft and the revised text, apart', () => {
    expect(
      reasons(
        'The revised text was handed to the Arvenian delegation on Monday.',
        'Torvania has received the revised text.',
      ),
    ).not.toContain('the text reaching torvania');
    expect(
      reasons(
        'The draft, which Norland handed to both governments on 27 February, proposes a joint commission.',
        'The revised text was shared with both delegations today.',
      ),
    ).not.toContain('the text reaching all');
  });

  it('reads a sentence repeating one giving thousands of times a few verbs at a time', () => {
    const { ms, value } = cpuTimed(() => reached('Arvenia received the text and '.repeat(5000)));
    expect(ms).toBeLessThan(1000);
    expect(value).toEqual({ arvenia: true });
  });
});
