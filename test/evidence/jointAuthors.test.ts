// Who wrote a text said of several parties or of one alone ("written by the two parties
// themselves", "prepared jointly by the Arvenian and Norland teams", "drafted by Arvenia alone"),
// a denial of any share in it ("did not draft a single line"), one provision named by its number
// as a clause, a point or an article, and the provisions on one matter told apart from the whole
// text. Invented sentences in a UN record's, a readout's, a wire's, a press conference's, a
// Telegram post's and a Hansard answer's styles.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { type Passage, passagesOf } from '../../src/evidence/passages.ts';
import { provisionNumbers } from '../../src/evidence/provisionNumbers.ts';
import { author, authorsDiffer, noteMediators } from '../../src/evidence/textAuthor.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

function readAuthor(text: string, genre: Parameters<typeof doc>[2] = 'news') {
  const d = doc('a', text, genre);
  const passages = passagesOf(d, roster);
  noteMediators([d], passages, roster);
  return author(passages.filter((x) => x.kind !== 'event').at(-1)!, roster);
}
const authorship = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .disagreements.filter((d) => d.kind === 'authorship')
    .map((d) => [d.a.source, d.b.source].sort().join(''));
const linked = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => [l.a.source, l.b.source].sort().join(''));

describe('authors said jointly or alone', () => {
  it('reads the sides, named co-authors and a sole author', () => {
    expect(
      readAuthor(
        'MS. LUND: Every clause in it was written by the two parties themselves; the mediator only held the pen.',
        'press-conference',
      ),
    ).toBe('the parties');
    expect(
      readAuthor('The framework was prepared jointly by the Arvenian and Norland teams over three weeks.'),
    ).toBe('arvenia & norland');
    expect(readAuthor('The text was written by the delegations of Arvenia and Torvania in Fjellby.')).toBe(
      'arvenia & torvania',
    );
    expect(
      readAuthor('The ministers noted that the plan had been drafted by Arvenia alone.', 'readout'),
    ).toBe('only arvenia');
    expect(
      readAuthor('KOSTAL: Both sides drafted it together, line by line, in Fjellby.', 'press-conference'),
    ).toBe('the parties');
  });

  it('reads one author where the others only gave input, welcomed the text or got another text', () => {
    expect(
      readAuthor(
        'The plan was drafted by Special Envoy Dahl and by the Foreign Minister, with input from both sides.',
      ),
    ).toBe('norland');
    expect(readAuthor('The text was drafted by Arvenia and handed to Torvania on Monday.')).toBe('arvenia');
    expect(readAuthor('The plan, which both sides welcomed, was drafted by Norland.')).toBe('norland');
    expect(
      readAuthor(
        'The Parties reviewed the framework presented by Norland and the written proposals submitted by Torvania on 9 March.',
        'joint-statement',
      ),
    ).toBe('norland');
    expect(readAuthor('The framework was welcomed by both parties on Monday.')).toBeUndefined();
  });

  it('reads a list of three or more authors, with or without the serial comma, as joint authors', () => {
    expect(readAuthor('The framework was drafted by Arvenia, Torvania and Norland, the ministry said.')).toBe(
      'arvenia & norland & torvania',
    );
    expect(
      readAuthor(
        'SPOKESPERSON: It was written by Arvenia, Torvania, and Norland together.',
        'press-conference',
      ),
    ).toBe('arvenia & norland & torvania');
    // A clause after the comma is no co-author: one author, as before.
    expect(readAuthor('The plan was drafted by Arvenia, the ministry said, and handed to Torvania.')).toBe(
      'arvenia',
    );
    const list = doc('a', 'The framework was drafted by Arvenia, Torvania and Norland, the ministry said.');
    const one = doc('b', 'Pavel Surin said the framework was written by Torvania.', 'news', '2031-03-06');
    const alone = doc(
      'c',
      'Pavel Surin said the framework was written by Torvania alone.',
      'news',
      '2031-03-06',
    );
    const other = doc(
      'd',
      'The framework was drafted by the Union, its spokesperson said.',
      'news',
      '2031-03-06',
    );
    expect(authorship(list, one)).toEqual([]);
    expect(authorship(list, alone)).toEqual(['ac']);
    expect(authorship(list, other)).toEqual(['ad']);
  });

  it('tells joint and sole authors apart only where they cannot both be true', () => {
    expect(authorsDiffer('the parties', 'norland', roster)).toBe(true);
    expect(authorsDiffer('the parties', 'arvenia', roster)).toBe(false);
    expect(authorsDiffer('arvenia & norland', 'arvenia', roster)).toBe(false);
    expect(authorsDiffer('arvenia & norland', 'only arvenia', roster)).toBe(true);
    expect(authorsDiffer('arvenia & norland', 'torvania', roster)).toBe(true);
    expect(authorsDiffer('not norland', 'arvenia & norland', roster)).toBe(true);
    expect(authorsDiffer('not union', 'the parties', roster)).toBe(false);
  });

  it("flags the parties' own text against the mediator's, not against one of the parties", () => {
    const record = doc(
      'a',
      'The representative of Torvania said that Clause 9 on the waters was written by the two parties themselves, and that the mediator only brought the views closer.',
      'press-release',
    );
    const communique = doc(
      'b',
      'The Council affirmed that the framework, of which Clause 9 on the waters was drafted by Norland, is a balanced basis.',
      'joint-statement',
    );
    const wire = doc('c', 'Clause 9 on the waters was drafted by Arvenia, two officials said.');
    expect(authorship(record, communique)).toEqual(['ab']);
    expect(authorship(record, wire)).toEqual([]);
  });
});

describe('the sides writing something else about the text', () => {
  it('reads no author where both sides wrote replies or amendments to the text, and flags nothing', () => {
    const mediator = doc('b', 'The framework was drafted by the Norland mediators, officials said.');
    for (const said of [
      'Both sides drafted their replies to the framework overnight.',
      'Both delegations prepared amendments to the framework on Tuesday.',
    ]) {
      expect(readAuthor(said)).toBeUndefined();
      expect(authorship(doc('a', said), mediator)).toEqual([]);
    }
    // The text itself is theirs: against the mediator's, a flag.
    expect(readAuthor('The two sides wrote the framework together, the envoy said.')).toBe('the parties');
    expect(
      authorship(doc('a', 'The two sides wrote the framework together, the envoy said.'), mediator),
    ).toEqual(['ab']);
  });
});

describe('a denial of any share in the text', () => {
  it('reads who denies writing a line or a part of it', () => {
    expect(
      readAuthor('The Union is not a party to the talks and has not drafted any part of the framework text.'),
    ).toBe('not union');
    expect(readAuthor('KOSTAL: My country did not write this agreement.', 'press-conference')).toBe(
      'not arvenia',
    );
    // A post or a letter written is no text of the talks.
    expect(readAuthor('KOSTAL: I did not write a single post about it.', 'press-conference')).toBeUndefined();
  });
});

describe('one provision named by its number', () => {
  it('links "Clause 9" and "Point 9" on who wrote them, not "Clause 7" and "Clause 9"', () => {
    const telegram = doc('a', 'Not a word of Point 9 is ours. It was written in Fjellby.', 'social');
    const readout = doc(
      'b',
      'The Minister noted that Clause 9 of the framework, on the islands, was written by the Norland mediators.',
      'readout',
    );
    const hansard = doc(
      'c',
      'Mr Eng: Clause 7 was drafted by officials of the Arvenian delegation in January.',
      'meeting-transcript',
    );
    expect(linked(telegram, readout)).toContain('ab');
    // Two provisions: two authors of two texts.
    expect(authorship(readout, hansard)).toEqual([]);
  });
});

describe("another instrument's provision", () => {
  it('numbers no provision of the text in an agenda item, the Charter or a resolution', () => {
    const numbers = (text: string) => [...provisionNumbers({ text } as Passage)];
    expect(numbers('Under point 9 of the agenda the Council heard the envoy.')).toEqual([]);
    expect(numbers('Torvania invoked Article 51 of the UN Charter.')).toEqual([]);
    expect(numbers('The text restates paragraph 4 of resolution 2231.')).toEqual([]);
    expect(numbers('Article IV of the Statute applies.')).toEqual([]);
    expect(numbers('Clause 9 of the framework and point 7(b) were drafted by Arvenia.')).toEqual([9, 7]);
    expect(numbers('Article IX of the draft is open.')).toEqual([9]);
  });
});

describe('the whole text and some of its provisions', () => {
  const part = doc(
    'a',
    'The provisions on the river crossings were drafted by the Arvenian delegation last autumn.',
  );
  // Said as the sentence's claim: a text named by its author in passing ("the talks centred on a
  // text proposed by the mediators") tells no author (authorInPassing.test.ts).
  const whole = doc('b', 'Officials said the text was proposed by the Norland mediators.');
  const draft = doc('c', 'The first draft was written by the Norland mediators in Fjellby.', 'readout');
  const clauses = doc(
    'd',
    'The clauses on the river crossings had been drafted by Arvenian experts, the minister said.',
    'social',
  );
  it('holds apart who wrote the provisions on one matter and who wrote the text', () => {
    const pairs = linked(part, whole, draft, clauses);
    for (const apart of ['ab', 'ac', 'bd', 'cd']) expect(pairs).not.toContain(apart);
  });
  it('still links two sources on the provisions, and two on the text', () => {
    const pairs = linked(part, whole, draft, clauses);
    expect(pairs).toContain('ad');
    expect(pairs).toContain('bc');
  });
});
