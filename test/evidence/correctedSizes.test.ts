// A count set right against another to deny it ("It has 20 points, not 19"), and the size of the
// text under negotiation as a claim of its own: two sources giving one version two sizes are linked
// and flagged however few words they share, while a size that only names the text, a count of the
// points still open and a counter-proposal's size are no such claim. Invented sentences about the
// Arvenia–Torvania talks: a Kremlin-style transcript, a joint statement, a State Department
// briefing, a wire story, a post and a ministry comment.
import { describe, expect, it } from 'vitest';
import { deniedBeside } from '../../src/evidence/correctedFigures.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const denied = (sentence: string) => quantities(sentence).flatMap((q) => deniedBeside(sentence, q));
const linked = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.a.source}${l.b.source}`);

describe('a figure denied beside another', () => {
  it('reads the figure after "not" or before "but" as denied', () => {
    expect(denied('It has 20 points, not 19, by the way.')).toEqual([19]);
    expect(
      denied('The draft consists of nineteen points, and not twenty-two as some media had claimed.'),
    ).toEqual([22]);
    expect(denied('The mission will have not 150 but 200 observers.')).toEqual([150]);
    expect(denied('The text contains 20 points - and not 19, as stated in Fjellby.')).toEqual([19]);
  });

  it('reads no figure where "not" denies something else', () => {
    expect(denied('It has 20 points, not all of them agreed.')).toEqual([]);
    expect(denied('The plan has 20 points, not 19 July as the deadline.')).toEqual([]);
    expect(denied('We released 40 prisoners and not one of them was a soldier.')).toEqual([]);
  });
});

// The size of the revised text, as each side tells it.
const statement = doc(
  'a',
  'The talks in Fjellby produced an updated and refined framework of 19 points, which reflects the interests of both sides.',
  'joint-statement',
);
const transcript = doc(
  'b',
  'DAHL: Let me correct one thing. It has 20 points, not 19, so perhaps somebody in Fjellby counted badly.',
  'press-conference',
);

describe('the size of the text under negotiation', () => {
  it('links and flags two sizes of one version, however few words the sources share', () => {
    expect(linked(statement, transcript)).toContain('ab');
    expect(kinds(statement, transcript)).toEqual(['number ab']);
  });

  it('flags a distance a source corrects against the one it denies', () => {
    const wire = doc(
      'c',
      'On the dam, the envoy said the text provides for a mutual pullback of ten kilometres, "not fifteen, as some claim".',
    );
    const briefing = doc(
      'd',
      'MS. HEWETT: On the dam, fifteen kilometres is the pullback in the text as it stands.',
      'press-conference',
    );
    expect(kinds(wire, briefing)).toEqual(['number cd']);
  });

  it('links no size that only names the text, nor the points still open', () => {
    const comment = doc(
      'e',
      'We have not seen any 19 points, and nobody in Drava has shown them to us.',
      'press-release',
    );
    const open = doc(
      'f',
      'There are two points still open, on the map and on the monitors.',
      'press-conference',
    );
    expect(linked(comment, transcript)).not.toContain('eb');
    expect(linked(statement, open)).not.toContain('af');
    expect(kinds(comment, transcript)).toEqual([]);
  });

  it("does not flag a counter-proposal's size, nor two versions a source tells in turn", () => {
    const counter = doc(
      'g',
      "The Union's own paper consists of 22 points and was shown to the envoy on Saturday.",
    );
    expect(kinds(statement, counter)).toEqual([]);
    const explainer = doc(
      'h',
      'The framework was cut from 28 to 19 points during the talks in Fjellby on Sunday.',
    );
    const post = doc('i', 'Nobody will sign the 28-point plan as it was written in Kessel.', 'social');
    expect(kinds(explainer, post)).toEqual([]);
  });

  it('keeps a denied figure that another source tells as the first version apart from the later one', () => {
    const readout = doc(
      'j',
      'President Dahl underscored that the framework, which has been tightened from twenty-two points to seventeen, is the best opportunity in a decade.',
      'readout',
    );
    const wire = doc(
      'k',
      'According to him, the draft brought to Kessel consists of nineteen points, and not twenty-two as some media had claimed.',
    );
    const values = linkSources([readout, wire], roster).disagreements.map((d) => d.values?.join(' vs '));
    expect(values).not.toContain('22 point vs 19 point');
    expect(values).not.toContain('19 point vs 22 point');
  });
});
