// A state word asserts no state of the text in a rule of any text, a manner denied, a
// question line of a briefing's record, or another's claim put as a condition: such a sentence
// contradicts no state told elsewhere. The plain states beside them still do.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const statusFlags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .disagreements.filter((d) => d.kind === 'status')
    .map((d) => `${d.reason} ${d.a.source}${d.b.source}`);

describe('state words that assert no state of the text', () => {
  it('takes no question line of a briefing record for a status said', () => {
    const transcript = doc(
      'a',
      'Q - Minister Solberg says the Vell framework is not final. Is that your reading?\n\nA - We have said what we have to say.',
      'press-release',
    );
    const wire = doc('b', 'Arvenian officials said on Monday that the Vell framework is agreed.');
    expect(statusFlags(transcript, wire)).toEqual([]);
  });

  it('reads the answer written on the question line after its question mark (review 23)', () => {
    const record = doc(
      'a',
      'Q - has the Vell framework been signed? a - yes, the Vell framework was signed in Solbury yesterday.',
    );
    const notSigned = doc('b', 'The Vell framework has not been signed, a Torvanian official said.');
    expect(statusFlags(record, notSigned).filter((r) => r.startsWith('sign'))).not.toEqual([]);
    const asked = doc('c', 'Q - the Vell framework was signed in Solbury yesterday, was it not?');
    expect(statusFlags(asked, notSigned).filter((r) => r.startsWith('sign'))).toEqual([]);
  });

  it('takes no claim put as a condition for a status said', () => {
    const ama = doc(
      'a',
      'If anyone tells you the Vell framework was agreed in Solbury, ask them who signed it.',
      'social',
    );
    const briefing = doc('b', 'SPOKESPERSON: The Vell framework is not settled.', 'press-conference');
    expect(statusFlags(ama, briefing)).toEqual([]);
    const wire = doc('c', 'Arvenian officials said the Vell framework was agreed in Solbury.');
    expect(statusFlags(wire, briefing).length).toBeGreaterThan(0);
  });

  it('takes no manner denied and no rule of any text for a stage not reached', () => {
    const speech = doc(
      'a',
      'VARIN: A peace on the Vell is not signed in haste, and it is not signed with a pen only.',
      'press-conference',
    );
    const rule = doc(
      'b',
      'Whatever is signed on the Vell must hold on the ground, the Arvenian President said.',
    );
    const signed = doc('c', 'Arvenia and Torvania signed the Vell framework in Solbury on 9 March.');
    expect(statusFlags(speech, signed).filter((r) => r.startsWith('sign'))).toEqual([]);
    expect(statusFlags(rule, signed).filter((r) => r.startsWith('sign'))).toEqual([]);
    const notSigned = doc('d', 'The Vell framework has not been signed, a Torvanian official said.');
    expect(statusFlags(notSigned, signed).filter((r) => r.startsWith('sign'))).not.toEqual([]);
  });
});
