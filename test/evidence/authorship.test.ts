// Who wrote a text, read from the agent of the verb of writing: after "by" in a passive, before
// the verb in an active sentence, the speaker's side for "we", "my" and "I", an organisation by
// a word only its name holds or by its Secretariat, and a denial ("we did not write it").
// Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { author, noteMediators, saysWhoWrote } from '../../src/evidence/textAuthor.ts';
import type { Roster } from '../../src/evidence/types.ts';
import { doc } from './linkedDocs.ts';
import { roster as base } from './roster.ts';

// The test roster, with an organisation whose one-word head is not an alias and its Secretary-General.
const roster: Roster = {
  parties: [
    ...base.parties,
    { id: 'vell', name: 'the Vell Basin Commission', role: 'guarantor', aliases: ['Vell Basin Commission'] },
  ],
  people: [
    ...base.people,
    { id: 'lund', name: 'Ada Lund', office: 'Secretary-General', party: 'vell', aliases: [] },
  ],
};

function readAuthor(text: string, genre: Parameters<typeof doc>[2] = 'news') {
  const d = doc('a', text, genre, undefined, roster);
  const passages = passagesOf(d, roster);
  noteMediators([d], passages, roster);
  // The last sentence says who wrote it; those before only name who is about.
  const p = passages.filter((x) => x.kind !== 'event').at(-1)!;
  return { by: author(p, roster), says: saysWhoWrote(p, roster) };
}

describe('who wrote a text', () => {
  it('reads "by the mediator in X\'s talks" as the mediator, not the party whose talks they are', () => {
    expect(
      readAuthor(
        "Norland has mediated since May. A nine-point paper drawn up by the mediator in Arvenia's water talks surfaced on Monday.",
      ).by,
    ).toBe('norland');
    // The mediator's own party after "of" still names the author.
    expect(readAuthor('A nine-point plan drawn up by the envoys of Torvania was leaked on Monday.').by).toBe(
      'torvania',
    );
  });

  it('reads no author in a figure told of a party\'s text ("Arvenia\'s plan is 14 pages")', () => {
    expect(readAuthor("Arvenia's plan is 14 pages long, the wire said.").by).toBeUndefined();
    expect(readAuthor("Arvenia's plan is about 30 percent below the line.").by).toBeUndefined();
    expect(readAuthor("The only text on the table, Ms Vale said, is Arvenia's own plan.").by).toBe('arvenia');
  });

  it('reads no author in a state told of a party\'s text ("Norland\'s text is final")', () => {
    expect(readAuthor("Varin told the Drava press that Norland's draft is settled now.").by).toBeUndefined();
    expect(readAuthor("Dahl said the mediator's draft was far too long for the summit.").by).toBeUndefined();
    expect(readAuthor("Kostal said Norland's text was a week late.").by).toBeUndefined();
    expect(readAuthor("Dahl said Norland's draft is the basis of the talks.").by).toBe('norland');
  });

  it("reads the author of a party's text before a noun led by an adverb or a possessive", () => {
    expect(readAuthor("Dahl said Norland's draft is now the basis of the talks.").by).toBe('norland');
    expect(readAuthor("Dahl said Norland's draft is still the only text on the table.").by).toBe('norland');
    expect(readAuthor("Kostal said Norland's draft is our starting point.").by).toBe('norland');
  });

  it('reads a compound adjective of writing before the text ("the Norland-drafted framework")', () => {
    expect(readAuthor('The Norland-drafted framework was handed to both parties on Monday.').by).toBe(
      'norland',
    );
    expect(
      readAuthor('MR ENG: This was a Torvania-written text, with input from both sides.', 'press-conference')
        .by,
    ).toBe('torvania');
    // A hyphen that writes no text names no author.
    expect(readAuthor('The Norland-led talks resumed on Monday.').by).toBeUndefined();
  });

  it('reads the owner a predicate gives the text ("called the framework a Torvanian text")', () => {
    // A wire, Security Council coverage, a State Department turn and a Hansard question.
    expect(readAuthor('The Citadel called the framework a Torvanian text.').by).toBe('torvania');
    expect(readAuthor('The representative of Arvenia said the framework was a Norland text.').by).toBe(
      'norland',
    );
    expect(
      readAuthor(
        'MR ENG: This was a Norland-drafted document, with input from both parties.',
        'press-conference',
      ).by,
    ).toBe('norland');
    expect(
      readAuthor('Ms Hale: The Minister has described the plan as an Arvenian paper.', 'meeting-transcript')
        .by,
    ).toBe('arvenia');
    // Denied, it says who did not write it.
    expect(
      readAuthor('MS. LUND: It is not a Norland text, whatever Drava says.', 'press-conference'),
    ).toEqual({
      by: 'not norland',
      says: true,
    });
    // An occasion's initiative, a success, a priority or a person is no text.
    expect(readAuthor('The talks in Fjellby were an Arvenian initiative.').by).toBeUndefined();
    expect(readAuthor('Kostal called the exchange a Norland success.').by).toBeUndefined();
    expect(readAuthor('The framework was a Norland priority, the envoy said.').by).toBeUndefined();
    expect(readAuthor('The man who carried the text was a Norland diplomat.').by).toBeUndefined();
  });

  it('reads no author from a record of the talks, and the subject nearest an active verb', () => {
    // A transcript's, a record's or a translation's maker wrote no text of the talks.
    expect(readAuthor('Unofficial transcript prepared by the Norland Secretariat.').by).toBeUndefined();
    expect(readAuthor('English translation prepared by the Torvanian Foreign Ministry.').by).toBeUndefined();
    // "the press in Drava says that Norland wrote it": Norland is the one said to have written it.
    expect(
      readAuthor('MS. HALE: The press in Drava says that Norland wrote it. Is that so?', 'press-conference')
        .by,
    ).toBe('norland');
    expect(readAuthor('Kessel claims Torvania wrote the first draft.').by).toBe('torvania');
  });

  it('flags an owner said in a predicate against an author said by a verb, on one text', () => {
    const kindsOf = (a: string, b: string) =>
      linkSources([doc('a', a, 'readout'), doc('b', b)], roster).disagreements.map((d) => d.kind);
    expect(
      kindsOf('The framework was drafted by Norland.', 'The Citadel called the framework a Torvanian text.'),
    ).toEqual(['authorship']);
    expect(
      kindsOf('The framework was drafted by Torvania.', 'The Citadel called the framework a Torvanian text.'),
    ).toEqual([]);
    // A denial contradicts the party it denies, and no other.
    expect(
      kindsOf('The framework was drafted by Norland.', 'Surin said the framework was not a Norland text.'),
    ).toEqual(['authorship']);
    expect(
      kindsOf('The framework was drafted by Torvania.', 'Surin said the framework was not a Norland text.'),
    ).toEqual([]);
  });

  it('reads the agent of a passive, not a party it is set against', () => {
    expect(readAuthor('It was drafted by the Norland team, not by Torvania, and then amended.').by).toBe(
      'norland',
    );
    expect(readAuthor('The draft was prepared by Torvania, with help from Norland.').by).toBe('torvania');
  });

  it('reads an organisation by a word only its names hold, and "the Secretariat" as the one its document names', () => {
    expect(readAuthor('The river text was drafted by the Vell Secretariat last winter.').by).toBe('vell');
    expect(
      readAuthor(
        'The Vell Basin Commission welcomed the accord. The Secretariat prepared the first draft of the accord in January.',
        'press-release',
      ).by,
    ).toBe('vell');
  });

  it("reads the subject of an active verb, and the speaker's side for 'I', 'we', 'my'", () => {
    expect(readAuthor('Arvenia prepared the first draft of the river accord in May.').by).toBe('arvenia');
    expect(
      readAuthor(
        'Mr. Dahl (Norland): The team I lead prepared the first draft in January.',
        'meeting-transcript',
      ).by,
    ).toBe('norland');
  });

  it('reads a denial as saying who did not write it: a party denied, which an author said contradicts', () => {
    const denied = readAuthor(
      'Mr. Dahl (Norland): My country did not write this accord; we hosted the talks.',
      'meeting-transcript',
    );
    expect(denied).toEqual({ by: 'not norland', says: true });
  });

  it('links a denial and an attribution of the one text under talks, not of a map', () => {
    const reasons = (a: string, b: string) =>
      linkSources(
        [doc('a', a, 'meeting-transcript', undefined, roster), doc('b', b, 'news', undefined, roster)],
        roster,
      ).links.map((l) => l.reason);
    const denial = 'Mr. Dahl (Norland): My country did not write this accord; we hosted the talks.';
    expect(
      reasons(denial, 'The accord was prepared by the Vell Secretariat; Norland only hosted the talks.'),
    ).toContain('who wrote it');
    expect(reasons(denial, 'The map of the river zone was drawn up by Arvenia last spring.')).not.toContain(
      'who wrote it',
    );
    // The frame alone links nothing: a denial and an attribution that share no party, person,
    // figure or two words besides names are not taken for one text (a second agreement is needed).
    expect(reasons(denial, 'The text was prepared by the Vell Secretariat in January.')).not.toContain(
      'who wrote it',
    );
  });

  it('reads "we" in the words of a person of a party the test roster adds as that party', () => {
    expect(readAuthor('"We prepared the first draft ourselves," Ada Lund told reporters.')).toEqual({
      by: 'vell',
      says: true,
    });
  });
});

// Classes of false authorship flag on sets written blind in real house styles (tuned6–tuned8): a
// leader who "wrote" a post, a text "put forward by" someone, another verb's passive after "X's
// framework was", and a sentence naming two texts, each by its own author.
describe('who wrote a text, where the sentence says something else', () => {
  it('reads no author from a leader who wrote a post or a message', () => {
    expect(
      readAuthor(
        'President Kostal wrote after the exchange, in her office\'s English translation: "We will not trade the Vell for a signature."',
      ).by,
    ).toBeUndefined();
    expect(readAuthor('Varin wrote on his channel: the talks go on.').by).toBeUndefined();
    expect(readAuthor('Torvania wrote it, and Norland only circulated it.').by).toBe('torvania');
  });

  it('reads the agent after "put forward by", not the leaders who discussed the text', () => {
    expect(
      readAuthor(
        'Mira Kostal and Oleg Varin discussed the memorandum of twelve points put forward by Norland on the Vell river.',
        'readout',
      ).by,
    ).toBe('norland');
  });

  it('reads no author from a point written into a text, but does from a text written somewhere', () => {
    // A parliament's record, a press conference turn and a post: "wrote it in" puts a point in.
    expect(
      readAuthor(
        'Mr. Dahl (Norland): That condition is now article 7 of the memorandum. We wrote it in.',
        'meeting-transcript',
      ).by,
    ).toBeUndefined();
    expect(
      readAuthor(
        'VARIN: The monitors were our demand, and Torvania wrote them into the text.',
        'press-conference',
      ).by,
    ).toBeUndefined();
    expect(readAuthor('Arvenia wrote it in Drava last winter, and Norland only circulated it.').by).toBe(
      'arvenia',
    );
  });

  it("reads no author from a text that 'was leaked', and the first agent of two texts", () => {
    expect(
      readAuthor(
        "Negotiators from Arvenia and Torvania met on Thursday, days after a draft of the mediator's framework was leaked to the press.",
      ).by,
    ).toBeUndefined();
    expect(readAuthor("Arvenia's plan is the only detailed proposal on the table.").by).toBe('arvenia');
    expect(
      readAuthor(
        'The Parties reviewed the framework presented by Norland and the written proposals submitted by Torvania on 9 March.',
        'joint-statement',
      ).by,
    ).toBe('norland');
  });
});

describe('one disagreement on who wrote a text', () => {
  it('is one flag for a denial and another author said against one passage, and two for two pairs of authors', () => {
    const envoy = doc(
      'a',
      'MR ENG: It was an early draft prepared by my team in Fjellby.',
      'press-conference',
    );
    const post = doc(
      'b',
      'Pavel Surin @SurinPS · Mar 4, 2031\nThe so-called leaked draft was never a Norland paper. It was an Arvenian text from the first day.',
      'social',
    );
    const flags = linkSources([envoy, post], roster).disagreements.filter((d) => d.kind === 'authorship');
    expect(flags).toHaveLength(1);
    expect([flags[0]!.b, ...(flags[0]!.alsoB ?? [])].map((p) => p.text)).toHaveLength(2);
  });
});

describe('a counter-proposal', () => {
  it("is another text than the draft it answers: no authorship flag against that draft's author", () => {
    const envoy = doc(
      'a',
      'Envoy Dahl said the leaked paper was an early working draft prepared by the Norland team.',
      'press-conference',
    );
    const wire = doc(
      'b',
      'The Union put forward its own text on the monitoring mission, in what diplomats described as a counter-proposal to the Norland draft.',
    );
    expect(linkSources([envoy, wire], roster).disagreements).toEqual([]);
    const other = doc(
      'b',
      'The leaked working draft was prepared by the Union, not by Norland, two diplomats said.',
    );
    expect(linkSources([envoy, other], roster).disagreements.map((d) => d.kind)).toEqual(['authorship']);
  });

  it('reads no writer from a question of who wrote the text, asked or reported', () => {
    expect(
      readAuthor(
        'MR ENG: Our friends in Drava should read the framework before deciding who wrote it.',
        'press-conference',
      ),
    ).toEqual({ by: undefined, says: false });
    expect(readAuthor('The Torvanian minister also asked who had written the framework.').by).toBe(undefined);
    // A place the sentence says it was written in still names its writer.
    expect(
      readAuthor(
        'The Torvanian minister questioned who wrote the framework, saying it was drafted in Kessel.',
      ).by,
    ).toBe('arvenia');
    // The relative "who" of a named writer is no question.
    expect(readAuthor('Norland, who drafted the framework, sent it to both parties.').by).toBe('norland');
  });

  it('reads the writer a cleft or a verb of knowing answers with, and none it leaves asked', () => {
    expect(readAuthor('The mediators confirmed it was Torvania who drafted the framework.').by).toBe(
      'torvania',
    );
    expect(readAuthor('The envoy disclosed it was Arvenia who wrote the framework.').by).toBe('arvenia');
    expect(readAuthor('The Torvanian minister said she did not know who drafted the framework.').by).toBe(
      undefined,
    );
    expect(readAuthor('The envoys disputed whether it was Norland who had drafted the framework.').by).toBe(
      undefined,
    );
  });
});
