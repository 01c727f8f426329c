// Classes of false and missed flags on who led, who wrote and who said, found on a set written
// blind (tuned5): an office in apposition to a name is that person's title, not another head; a
// party a sentence denies wrote the text is no author, and contradicts one who says it did; a text
// said to be a party's by adjective ("a Torvanian draft") names no author; a fragment quoted from a
// longer rendering is the same words, and a whole sentence of it given to another is an
// attribution. Each beside the case that must still flag. Invented sentences about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { authorsDiffer } from '../../src/evidence/textAuthor.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('an office in apposition to a name', () => {
  const named = doc(
    'a',
    'President Varin confirmed that the Torvanian delegation will be led by Pavel Surin.',
  );

  it('is the title of the person named, not another head of the delegation', () => {
    const apposition = doc(
      'b',
      '"We will return," said Pavel Surin, the deputy president who led the Torvanian delegation.',
    );
    expect(kinds(named, apposition)).toEqual([]);
  });

  it('still leaves two heads of one delegation flagged', () => {
    const other = doc('b', 'President Oleg Varin led the Torvanian delegation in Fjellby.');
    expect(kinds(named, other)).toEqual(['participants ab']);
  });
});

describe('who wrote a text', () => {
  const byNorland = doc('a', 'The draft accord was prepared by the Norland mediation team, officials said.');

  it('is not a party the sentence denies wrote it', () => {
    const denial = doc('b', 'The draft accord was drafted by its legal experts, not by Norland, he said.');
    expect(kinds(doc('a', 'The draft accord was drafted by the Union secretariat.'), denial)).toEqual([]);
    // The denial contradicts the source that says the denied party wrote it.
    expect(kinds(byNorland, denial)).toEqual(['authorship ab']);
  });

  it('is the agent after "by", before any party the sentence names elsewhere', () => {
    const agent = doc(
      'b',
      'The draft accord is based on the draft submitted by the Torvanian delegation, which the Mediator then circulated.',
    );
    expect(kinds(byNorland, agent)).toEqual(['authorship ab']);
    const between = doc(
      'b',
      'The draft accord between Arvenia and Torvania was prepared by the Norland mediation team.',
    );
    expect(kinds(byNorland, between)).toEqual([]);
  });

  it('reads a denial against an author, never against another denial', () => {
    expect(authorsDiffer('not norland', 'norland')).toBe(true);
    expect(authorsDiffer('not norland', 'union')).toBe(false);
    expect(authorsDiffer('not norland', 'not union')).toBe(false);
    expect(authorsDiffer('union', 'norland')).toBe(true);
  });

  it('reads no author from a party adjective: "a Torvanian draft" may name another text than the one in question', () => {
    // Tried as an author in session 12: it set apart drafts of two texts on an unseen set.
    const adjective = doc(
      'b',
      'The draft accord, a Torvanian draft reworked over two rounds, runs to twelve pages.',
    );
    expect(kinds(byNorland, adjective)).toEqual([]);
    const content = doc('b', 'The Torvanian draft speaks of a zone of ten kilometres along the Vell.');
    expect(kinds(byNorland, content)).toEqual([]);
  });
});

describe('a fragment quoted from a longer rendering', () => {
  const turn = doc(
    'a',
    'MODERATOR: Welcome.\n\nMR. SURIN: We are ninety-nine per cent there, and the rest is a signature.\n\nMODERATOR: Thank you.',
    'press-conference',
  );

  it('is the same words partly quoted, not another rendering', () => {
    const fragment = doc(
      'b',
      'Torvanian spokesman Pavel Surin called the accord "ninety-nine per cent" done.',
    );
    expect(kinds(turn, fragment)).toEqual([]);
    const other = doc('b', 'Pavel Surin said: "We are ninety per cent there, and the rest is a signature."');
    expect(kinds(turn, other)).toEqual(['quote ab']);
  });

  it('given whole as a sentence to another person, is one quotation given to two', () => {
    const relayed = doc(
      'a',
      "MODERATOR: Welcome.\n\nMR. SURIN: The President asked me to repeat his words: 'Water does not wait for diplomats.' We will sign this month.\n\nMODERATOR: Thank you.",
      'press-conference',
    );
    const other = doc(
      'b',
      'Arvenian President Mira Kostal, leaving the talks: "Water does not wait for diplomats."',
    );
    expect(kinds(relayed, other)).toEqual(['attribution ab']);
    // The same words used mid-sentence by another are no quotation of the first.
    const used = doc(
      'b',
      'Mira Kostal told reporters: "The river, as they say, does not wait for diplomats today."',
    );
    expect(kinds(relayed, used).filter((k) => k.startsWith('attribution'))).toEqual([]);
  });
});

describe('an occasion said to have had no one but those it names', () => {
  const exclusive = doc(
    'a',
    'The conversation was conducted one-to-one between the two Presidents; no third party took part in it.',
    'readout',
  );

  it('contradicts a report of the same occasion that someone else joined', () => {
    const joined = doc(
      'b',
      'Foreign Minister Ingrid Solberg joined the conversation for its second half at the invitation of both Presidents.',
      'readout',
    );
    expect(kinds(exclusive, joined)).toEqual(['participants ab']);
  });

  it('says nothing of another occasion, or of one reported weeks apart', () => {
    const meeting = doc(
      'b',
      'Foreign Minister Ingrid Solberg attended the meeting of the Union council.',
      'news',
    );
    expect(kinds(exclusive, meeting)).toEqual([]);
    const later = doc(
      'b',
      'Foreign Minister Ingrid Solberg joined the conversation for its second half at the invitation of both Presidents.',
      'readout',
      '2031-04-20',
    );
    expect(kinds(exclusive, later)).toEqual([]);
  });
});

describe('two authors of two texts', () => {
  it('flags two authors of one text, never the authors of two texts a negotiation holds', () => {
    const framework = doc('a', 'The framework was drafted by Norland, officials said on Monday.');
    expect(kinds(framework, doc('b', 'The framework was drafted by Arvenia, a senator said.'))).toEqual([
      'authorship ab',
    ]);
    for (const other of [
      'The counter-proposal was drafted by Arvenia, a senator said.',
      'The memorandum was drafted by Arvenia, a senator said.',
    ])
      expect(kinds(framework, doc('b', other)), other).toEqual([]);
  });
});

// A party said to be at a session or not by whom it sent, as a wire and a newspaper put it: "was
// not represented at the opening session" / "an observer from the Union sat in on it".
describe('a party said represented and not represented at one session', () => {
  const absent = doc(
    'a',
    'The Union, which is expected to guarantee the accord, was not represented at the opening session, a Norland official said.',
  );
  it('flags an observer from it who sat in', () => {
    const observer = doc(
      'b',
      'An observer from the Union sat in on the opening session, according to two people in the room.',
    );
    expect(kinds(absent, observer)).toEqual(['participants ab']);
  });
  it('does not flag two sources that both say it was there', () => {
    const there = doc('a', 'The Union was represented at the opening session by its envoy in Fjellby.');
    const observer = doc(
      'b',
      'An observer from the Union sat in on the opening session, according to two people in the room.',
    );
    expect(kinds(there, observer)).toEqual([]);
  });
});

// A quotation of few content words ("a ceasefire is not a favour") is still someone's sentence:
// given to two people it flags; it is set against quotations only.
describe('a short quoted sentence', () => {
  it('given to two people flags, and is linked to no plain sentence', () => {
    const readout = doc(
      'a',
      '"A ceasefire is not a favour that one side grants to the other," President Varin stated.',
      'readout',
    );
    const feature = doc(
      'b',
      'President Kostal also likes to say that "a ceasefire is not a favour".',
      'news',
    );
    expect(kinds(readout, feature)).toEqual(['attribution ab']);
    const plain = doc('b', 'A ceasefire is not a favour, the editorial argued.', 'news');
    expect(kinds(readout, plain)).toEqual([]);
  });
});

// Two people quoted saying opposite things of one question, as a press conference and a news
// analysis give them: "has been settled" / "is not settled".
describe('two speakers who give one question two statuses', () => {
  const envoy = doc(
    'a',
    '"The question of the order of signatures has been settled between us in principle," Envoy Dahl told reporters in Fjellby.',
  );
  it('flag a status contradiction', () => {
    const negotiator = doc(
      'b',
      '"The question of who signs first is not settled, whatever was said in Fjellby," said Pavel Surin.',
    );
    expect(kinds(envoy, negotiator)).toEqual(['status ab']);
  });
  it('do not flag when both say it is settled', () => {
    const agrees = doc('b', '"The question of who signs first is settled," said Pavel Surin.');
    expect(kinds(envoy, agrees)).toEqual([]);
  });
});

// A sentence that points back is read with the words of the one before it; it is no rendering of
// that sentence. Invented turns of a leaders' press conference and a wire story.
describe('a quoted sentence that points back', () => {
  it('is no second rendering of the sentence it points to', () => {
    const conference = doc(
      'a',
      'PRESIDENT KOSTAL: My government came here with doubts and we leave with a text on the Vell.\n\nNo line on the Vell is worth the life of a single child. That is what I will say to our Assembly when I ask it to ratify.',
      'press-conference',
    );
    const wire = doc(
      'b',
      '"No line on the Vell is worth one child\'s life," Kostal told reporters through an interpreter.',
    );
    const flags = linkSources([conference, wire], roster).disagreements;
    const shown = flags.flatMap((d) => [d.a, d.b, ...(d.alsoA ?? []), ...(d.alsoB ?? [])]);
    expect(shown.filter((p) => p.text.startsWith('That is what'))).toEqual([]);
  });
});
