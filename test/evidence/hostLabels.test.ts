// A government's transcript of its leader's radio or television interview labels only the host
// and prints the answers as plain paragraphs. Texts invented for the test, in that house style.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('an interview that labels only its host', () => {
  it('gives the unlabelled paragraphs under each host turn to the president the head names', () => {
    const text = [
      "President Mira Kostal's interview on the morning programme of Kessel Radio",
      '3 March 2031, Kessel',
      'Edit Halmos: Good morning. The President is with us in the studio.',
      'Good morning to your listeners.',
      'Edit Halmos: Is the Vell accord close?',
      'Closer than it was. The map is done.\n\nThe monitors are not, and we say so openly.',
      'Edit Halmos: And the deadline on Friday?',
      'Deadlines move. A good text does not.',
      'Edit Halmos: Thank you for coming in.',
      'Thank you for the invitation.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Good morning. The President is with us in the studio.', 'Edit Halmos'],
      ['Good morning to your listeners.', 'kostal'],
      ['Is the Vell accord close?', 'Edit Halmos'],
      ['Closer than it was. The map is done. The monitors are not, and we say so openly.', 'kostal'],
      ['And the deadline on Friday?', 'Edit Halmos'],
      ['Deadlines move. A good text does not.', 'kostal'],
      ['Thank you for coming in.', 'Edit Halmos'],
      ['Thank you for the invitation.', 'kostal'],
    ]);
  });

  it('reads a television interview whose host is labelled in capitals and the minister never', () => {
    const text = [
      'Interview with Foreign Minister Ingrid Solberg on Fjellby TV, 2 March 2031',
      'PER AASEN: Minister, is Norland still the mediator?',
      'We are, and we will be until the last signature.',
      'PER AASEN: Torvania says you favour Arvenia.',
      'Torvania says many things. We publish our drafts; they can read them.',
      'PER AASEN: Minister Solberg, thank you.',
      'Thank you.',
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual([
      'Per Aasen',
      'solberg',
      'Per Aasen',
      'solberg',
      'Per Aasen',
      'solberg',
    ]);
  });

  it('leaves a one-label record whose head names no interview as it was', () => {
    const text = [
      'Statement of President Mira Kostal in the Assembly',
      'KOSTAL: Members, I will be short.',
      'The text is ready, and we will sign it.',
      'KOSTAL: The map is agreed.',
      'KOSTAL: Thank you.',
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['kostal', 'kostal', 'kostal']);
  });
});
