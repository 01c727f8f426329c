// Blocking (linkBlocking.ts) compares only the pairs of passages that can relate: on invented
// documents of the Arvenia–Torvania talks, drawn at random from sentences of every kind the pair
// loop links or flags (counts, swaps, votes, days, deadlines, statuses, authors, heads, who took
// part, leaks, receipt, refusals, renderings of one quotation, events and their denials), it finds
// exactly the links and flags of the loop over every pair, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctPassages } from '../../src/evidence/distinctPassages.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { pairsToCompare } from '../../src/evidence/linkBlocking.ts';
import { linkDigest as said } from '../../src/evidence/linkDigest.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const DAYS = ['12 March', '14 March', '2 April'];
const COUNTS = ['40', '120', '150'];

/** Sentences with a day (d) and a count (n) to fill in: the same kind told alike or apart. */
const SENTENCES = [
  'Arvenia and Torvania exchanged {n} prisoners on {d}.',
  '{n} prisoners from each side were released on {d}, the Norland mission said.',
  'Today {n} of our people came home.',
  'The draft framework now runs to {n} points.',
  'The revised text of {n} points was circulated on {d}.',
  'The text is not final, a Torvanian official said.',
  'The framework is agreed, the Norland mediator said on {d}.',
  'The draft was prepared by Norland.',
  'The draft was written by Arvenia, not by the mediator.',
  'Mira Kostal led the Arvenian delegation.',
  "Taras Melnyk headed Arvenia's delegation at the talks.",
  'Oleg Varin attended the talks in Sorrance on {d}.',
  'Oleg Varin did not attend the talks in Sorrance.',
  'Henrik Dahl met Mira Kostal in Sorrance on {d}.',
  'Pavel Surin spoke by telephone with Taras Melnyk on {d}.',
  'No meeting between Kostal and Varin has taken place.',
  'The second round of talks opened in Sorrance on {d}.',
  'The ceasefire line runs for {n} kilometres.',
  'Heavy weapons must leave the zone within {n} days.',
  'Weapons are withdrawn from the zone within thirty days of signature.',
  'Observers will deploy no later than {d}.',
  'The deadline for the pull-back was moved from 12 March to {d}.',
  'The Union will stand as guarantor of the agreement.',
  'Torvania rejected the proposal for a joint authority over the dam.',
  'The text leaked to the press on {d}.',
  'Arvenia received the draft on {d}.',
  'The Assembly voted {n} in favour and 12 against.',
  '"We will never accept a joint authority over the dam," Varin said.',
  'Varin said: "We cannot accept any joint authority over the dam."',
  '"The text is finished," Kostal told reporters.',
  'Kostal said: "Nothing is agreed until everything is agreed."',
  'The parties will meet again from 1 May to 15 June.',
  'All detainees have been released.',
  'Seventeen detainees remain in detention.',
  'The hotline is now working.',
  'The hotline is not yet operational.',
  'The talks were held at the request of Arvenia.',
  'Torvania will sign first, then Arvenia.',
  'Arvenia has seen the text.',
  'Torvania was not shown the text.',
  'Dahl joined the call from abroad by video link.',
  'Only the two heads of delegation were in the room on {d}.',
  'The river commission met on {d} and agreed on water quotas for the summer.',
  'Water quotas for the summer were agreed by the river commission.',
];
const PUBLISHED = ['2031-03-05', '2031-03-20', '2031-04-10'];

const sentence = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...DAYS), fc.constantFrom(...COUNTS))
  .map(([s, d, n]) => s.replace('{d}', d).replace('{n}', n));
const source = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 7 }), fc.constantFrom(...PUBLISHED));
const sources = fc.array(source, { minLength: 2, maxLength: 3 });

describe('blocking the pairs of linking', () => {
  it('links and flags exactly as the loop over every pair, on invented documents', () => {
    fc.assert(
      fc.property(sources, (drawn) => {
        const docs = drawn.map(([texts, published], i) => doc(`s${i}`, texts.join(' '), 'news', published));
        expect(said(linkSources(docs, roster))).toBe(said(linkSources(docs, roster, { allPairs: true })));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out pairs that share nothing', () => {
    const docs = [
      doc(
        'a',
        'The river commission met on 12 March and agreed on water quotas. Oleg Varin attended the talks.',
      ),
      doc('b', 'The hotline is now working. Heavy weapons must leave the zone within 30 days.'),
    ];
    const compared = distinctPassages(docs.flatMap((d) => passagesOf(d, roster)));
    const all = compared.flatMap((p, i) => compared.slice(i + 1).filter((q) => q.source !== p.source)).length;
    const readings = {
      meanings: new Map(),
      idf: () => 1,
      link: 0.3,
      statusOf: () => undefined,
      guarantor: () => undefined,
      classesRead: () => new Set<string>(),
    };
    const near = pairsToCompare(compared, roster, readings)?.flat().length ?? all;
    expect(near).toBeLessThan(all);
  });
});
