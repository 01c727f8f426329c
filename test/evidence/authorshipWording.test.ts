// Who wrote the text, told without "drafted by" (tuning sets 21–24 in real house styles: a
// ministry briefing, a presidency post, a wire, a parliamentary transcript): "the text is
// Norlandic from the first line to the last", "the paper is entirely Norland's own work",
// "Torvania did not write any plan", "our experts wrote Clause 4", "it was Torvania's lawyers who
// drafted it", "formulated in Drava". Each is linked to a "drafted by" sentence on the
// same text, and not to one on another provision or to a sentence that names no author.
// Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const linked = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  linkSources([a, b], roster).links.some((l) => l.a.source !== l.b.source);

const byNorland = doc('b', 'Foreign Minister Solberg said on Tuesday that the plan was drafted by Norland.');
const clauseByNorland = doc(
  'b',
  'Two officials said Clause 4 was written by the Norland mediators in Fjellby.',
);

describe('who wrote the text, in other words', () => {
  it('links the text told as a party’s own or as of its nation', () => {
    for (const line of [
      'The text is Norlandic, from the first letter to the last, a ministry spokeswoman told reporters.',
      '“The position paper is entirely Norland’s own work,” the envoy said.',
      'Surin told the Drava daily that the plan was wholly the work of the Norland envoy and his team.',
    ])
      expect(linked(doc('a', line, 'press-conference'), byNorland), line).toBe(true);
  });

  it('links a denial that a party wrote any plan', () => {
    for (const line of [
      'Torvania did not write any plan, the ministry spokeswoman said at the weekly briefing.',
      '“We never drafted any text of that kind,” Varin wrote on his channel about the plan.',
    ])
      expect(linked(doc('a', line, 'press-conference'), byNorland), line).toBe(true);
  });

  it('links a provision a party says it wrote, and one put in by a party, to that provision', () => {
    for (const line of [
      '“Our experts wrote Clause 4, and we are proud of it,” Melnyk told the committee.',
      'On Clause 4, it was Torvania’s own lawyers who drafted it, not the mediators.',
      'The language of Clause 4 was, in essence, formulated in Drava last summer.',
    ])
      expect(linked(doc('a', line, 'meeting-transcript'), clauseByNorland), line).toBe(true);
  });

  it('does not link another provision, a question, a figure put into the text, or a request formulated by a party', () => {
    expect(
      linked(
        doc(
          'a',
          'It only confirms that it was Torvania that introduced such a number into the original text.',
        ),
        byNorland,
      ),
    ).toBe(false);
    expect(
      linked(doc('a', '“Our experts wrote Clause 7, and we are proud of it,” Melnyk said.'), clauseByNorland),
    ).toBe(false);
    expect(
      linked(
        doc('a', 'The committee will ask the minister who wrote Clause 4 of the leaked paper.'),
        clauseByNorland,
      ),
    ).toBe(false);
    expect(
      linked(
        doc(
          'a',
          'Arvenia has offered, in response to the request formulated by Norland in its capacity of mediator, to send forty unarmed observers.',
        ),
        byNorland,
      ),
    ).toBe(false);
  });
});
