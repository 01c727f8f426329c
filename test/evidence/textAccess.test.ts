// Who has the text as a claim frame: a party not shown a draft, told by its own post, a
// mediator's briefing, a wire and a post that it went to "everyone except" it, or a party that
// has received it; two parties, a refusal of the text and a "not seen" of anything else are not
// this claim. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readTextAccess } from '../../src/evidence/textAccess.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);

describe('who has the text', () => {
  it('links a spokesperson’s and a wire’s word that one party was not shown the text', () => {
    expect(
      reasons(
        'Torvania has yet to receive the revised framework, the spokesperson told reporters in Fjellby.',
        'KESSEL, March 9 (Tessin Wire) - Torvanian officials complained on Monday that they had not been given the final version before Arvenia.',
      ),
    ).toContain('torvania was not shown the text');
  });

  it('reads the party of a post in the first person and of "everyone except"', () => {
    expect(
      readTextAccess(
        'We have not been shown the revised text, and we will not comment on it.',
        roster,
        'arvenia',
      ),
    ).toEqual({ party: 'arvenia', has: false });
    expect(readTextAccess('The new plan has been shown to everyone except Torvania. 😡', roster)).toEqual({
      party: 'torvania',
      has: false,
    });
    expect(
      readTextAccess(
        'Mr Speaker, the Minister told the House that, as of this morning, the Torvanian side had not yet received the document.',
        roster,
      ),
    ).toEqual({ party: 'torvania', has: false });
  });

  it('links two words that one party has the text', () => {
    expect(
      reasons(
        'Norland’s mediators confirmed that Arvenia has received the revised text of the accord.',
        'President Kostal thanked the mediator for the revised text received by the Arvenian delegation on Saturday.',
      ),
    ).toContain('arvenia has the text');
  });

  it('leaves two parties, a refusal of the text and a "not seen" of anything else', () => {
    expect(
      reasons('Arvenia was not shown the revised text.', 'Torvania was not shown the revised text.'),
    ).not.toContain('arvenia was not shown the text');
    expect(readTextAccess('Torvania has not accepted the revised text.', roster)).toBe(undefined);
    expect(readTextAccess('We have not seen such progress on the Vell in years.', roster, 'arvenia')).toBe(
      undefined,
    );
    expect(readTextAccess('Arvenia has received the delegation of Torvania in Kessel.', roster)).toBe(
      undefined,
    );
  });
});

describe('a rule for any text, not a report of one', () => {
  it('reads no party from a rule on any text, told with a modal, a "never" or a "no party"', () => {
    expect(readTextAccess('Torvania will put its name to no draft it has not read.', roster)).toBe(undefined);
    expect(readTextAccess('Arvenia would never sign a draft it was not given beforehand.', roster)).toBe(
      undefined,
    );
    expect(
      readTextAccess('We will never put our name to a draft we have not been given.', roster, 'torvania'),
    ).toBe(undefined);
    expect(readTextAccess('No side in Fjellby initials a paper it was not sent.', roster)).toBe(undefined);
    expect(readTextAccess('Drava does not initial a paper it was not sent in advance.', roster)).toBe(
      undefined,
    );
    // Told in the past, it reports one text: Drava lacked it.
    expect(readTextAccess('Drava did not initial a paper it was not sent in advance.', roster)).toEqual({
      party: 'torvania',
      has: false,
    });
  });

  it('still reads the party a sentence says was not shown the text', () => {
    expect(readTextAccess('Arvenia was not shown a revised text before the round.', roster)).toEqual({
      party: 'arvenia',
      has: false,
    });
  });

  it('reads a report of one indefinite text, with the subject of its relative clause', () => {
    // The article alone makes no rule: these report one text that one party lacks.
    expect(readTextAccess('Drava received a draft that Kessel has not been shown.', roster)).toEqual({
      party: 'arvenia',
      has: false,
    });
    expect(readTextAccess('Torvania circulated a text that was not shown to Arvenia.', roster)).toEqual({
      party: 'arvenia',
      has: false,
    });
    expect(
      readTextAccess('Kessel complained that Drava tabled a draft Kessel was never shown.', roster),
    ).toEqual({ party: 'arvenia', has: false });
  });
});
