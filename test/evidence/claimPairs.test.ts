// Claims of two sources about one thing, said in ways the words alone do not show: a person
// named by a social handle, a fact said in the reporting clause of a quotation. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { type Passage, passagesOf, spelledHandles } from '../../src/evidence/passages.ts';
import { statusOf } from '../../src/evidence/status.ts';
import { contentWords } from '../../src/evidence/words.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, genre: Genre = 'news', published = '2031-03-05') => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published, genre }),
});
const reasons = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  linkSources([a, b], roster).links.map((l) => l.reason);

describe('claims linked through who is named', () => {
  it('spells a social handle as the name it is made of, in place', () => {
    expect(spelledHandles('Our team, led by @PavelSurin, heads home.')).toBe(
      'Our team, led by Pavel Surin, heads home.',
    );
    expect(spelledHandles('thanks @Pavel_Surin!')).toBe('thanks  Pavel Surin!');
    expect(spelledHandles('mail press@example.org')).toBe('mail press@example.org');
  });

  it('reads a delegation’s head named only by handle', () => {
    const post = doc('a', 'Our team, led by @PavelSurin, heads to Fjellby on Wednesday.');
    expect(passagesOf(post, roster).some((p) => p.names.includes('surin'))).toBe(true);
    expect(reasons(post, doc('b', "Torvania's delegation was headed by spokesman Pavel Surin."))).toEqual([
      "who heads torvania's delegation",
    ]);
  });
});

describe('the reporting clause of a quotation', () => {
  it('compares what the clause says of the speaker, apart from the words quoted', () => {
    const quoted = doc(
      'a',
      '"We will hand over every page of the river data on time and in full, and we will keep doing so every dry summer," said spokesman Pavel Surin, who led the delegation of Torvania in Fjellby.',
    );
    const clauses = passagesOf(quoted, roster).filter((p) => p.kind === 'sentence');
    expect(clauses.map((p) => p.text)).toEqual([
      'said spokesman Pavel Surin, who led the delegation of Torvania in Fjellby.',
    ]);
    expect(
      reasons(quoted, doc('b', "Torvania's delegation was headed by spokesman Pavel Surin.")),
    ).toHaveLength(1);
  });

  it('makes no passage of a clause too short to say anything ("she said")', () => {
    const quoted = doc('a', '"The dam is not on the table," she said.');
    expect(passagesOf(quoted, roster).filter((p) => p.kind === 'sentence')).toEqual([]);
  });
});

describe('the status of one text in other words', () => {
  const status = (text: string) => statusOf({ text, words: contentWords(text) } as Passage);

  it('reads what nothing is agreed in as the subject', () => {
    expect([...status('Nothing in the twenty points is agreed yet.')!.subject]).toEqual(['twenty', 'point']);
  });

  it('starts the subject at a word, not inside one', () => {
    const s = status(
      'On Friday in Fjellby, both Arvenia and Torvania accepted the text as the basis for more talks.',
    );
    expect([...s!.subject].some((w) => /^(?:rvania|orvania|vania|ania|nia)$/.test(w))).toBe(false);
  });

  it('takes a framework, a plan and a document for one text', () => {
    const [a, b] = [
      doc('a', 'Kostal noted that the framework circulated by the envoy could serve as a basis for talks.'),
      doc('b', 'Varin said the 20-point plan is final.'),
    ];
    expect(linkSources([a, b], roster).disagreements.map((d) => d.kind)).toEqual(['status']);
  });
});

describe('one group named twice', () => {
  it('links a counted group to the same noun with the same kind words, uncounted', () => {
    expect(
      reasons(
        doc('a', 'Kostal raised the fate of the river patrol guards detained in January.'),
        doc('b', 'Drava will free the nine river patrol guards it has held since the winter.'),
      ),
    ).toContain('one group of guard');
  });

  it('takes no count with one word of kind for a group: two foreign ministers are any two', () => {
    expect(
      reasons(
        doc('a', 'The two foreign ministers had not met since the spring.'),
        doc('b', 'Foreign Minister Ingrid Solberg thanked the hosts for the dinner.'),
      ),
    ).toEqual([]);
  });
});
