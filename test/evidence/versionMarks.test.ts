// A text's size told of the version it is: a leaked, printed or replaced version's size against
// the revised text's is two versions, not two counts of one; two leaked sizes, or two revised
// ones, still disagree. Invented sentences about the Arvenia–Torvania talks, in the house styles
// of a wire, an explainer, a newsletter, a Telegram post and a long read.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('sizes of two versions of a text', () => {
  it('does not set a leaked or printed size against the revised text’s', () => {
    expect(
      kinds(
        doc(
          'a',
          'The revised text, agreed at the end of talks in Fjellby last week, has 13 points, including an annex on detained soldiers.',
        ),
        doc('b', "On 2 March, the Kessel Herald printed an 18-point draft of the mediator's plan."),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          'The 18-point document, published on Wednesday by the Torvanian daily Drava Post, proposes a joint board to run the pipeline.',
        ),
        doc(
          'b',
          'By the end of the Fjellby round on 9 March the revised document had shrunk to eleven points.',
        ),
      ),
    ).toEqual([]);
  });

  it('does not set the plan a text replaces, or what a round started with, against the text', () => {
    expect(
      kinds(
        doc(
          'a',
          'After three days at Fjellby, the revised text is now - as I understand it from two people who have read it - a ten-point document.',
        ),
        doc(
          'b',
          'It replaces the twelve-point plan that Special Envoy Henrik Dahl handed to both capitals at the start of the month.',
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', '"We started the week with eighteen points and a great deal of noise," Dahl told AFP.'),
        doc('b', 'The revised text that came out of the Fjellby round has 13 points, Reuters reported.'),
      ),
    ).toEqual([]);
  });

  it('reads the object of "replaces" and a sentence told from a leaked copy as the earlier version', () => {
    const revised = doc(
      'c',
      'The revised plan of the Norland mediation, which Der Spiegel has been able to see, comprises thirteen operative points and an annex on the withdrawal of heavy weapons.',
    );
    expect(
      kinds(
        doc('a', 'The revised document replaces a draft of 20 points which leaked to the press last week.'),
        revised,
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'b',
          'A draft peace plan for the Vell valley, put forward by Norland mediators, contains 21 points and would give Torvania a share of the dam revenue, according to a copy leaked to the Kessel Herald on Thursday.',
        ),
        revised,
      ),
    ).toEqual([]);
  });

  it('still flags two sizes of the leaked draft', () => {
    expect(
      kinds(
        doc('a', 'An 18-point draft was leaked to the Kessel Herald on March 2.'),
        doc('b', '2/ Reminder of the starting point: the 17-point draft that leaked on 2 March.'),
      ),
    ).toEqual(['number ab']);
  });
});
