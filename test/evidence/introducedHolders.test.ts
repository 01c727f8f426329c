// A briefing's head names who holds the office its labels write alone ("Spokesperson:",
// "THE PRESS SECRETARY:"): that person speaks them, on the roster or not, before any roster
// holder of a like office. Texts invented for the test, in real house styles.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);

describe('an office its head gives a holder', () => {
  it('reads the UN noon briefing\'s "Spokesperson:" as the one named before the office', () => {
    const text = [
      'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
      "The following is a near-verbatim transcript of today's noon briefing by Lena Marrow, Spokesperson for the Secretary-General.",
      'Spokesperson: Good afternoon. The Secretary-General welcomes the talks in Fjellby.',
      'Question: Has he seen the draft?',
      'Spokesperson: Not that I am aware of.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Lena Marrow', 'journalist', 'Lena Marrow']);
  });

  it("reads a White House briefing's office label as the one named after the office", () => {
    const text = [
      'Press Briefing by Press Secretary Jonah Treave',
      'James S. Brady Press Briefing Room\n1:12 P.M. EST',
      'THE PRESS SECRETARY: Good afternoon, everyone. The President spoke with President Kostal this morning.',
      'Q Was the call about the Vell accord?',
      'THE PRESS SECRETARY: It was, among other things.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Jonah Treave', 'journalist', 'Jonah Treave']);
  });

  it("prefers the head's holder to a roster person with a like office", () => {
    const text = [
      "Briefing by the Citadel's Deputy Spokesman, Ivo Brannick",
      'Deputy Spokesman: The Citadel has received the text.',
      'Question: When will it answer?',
      'Deputy Spokesman: When it has read it.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ivo Brannick', 'journalist', 'Ivo Brannick']);
  });

  it('keeps a roster holder the head names, and the office as said when the head names nobody', () => {
    expect(
      speakers(
        'Briefing by Citadel spokesman Pavel Surin\n\nSPOKESMAN: The text is with the lawyers.\n\nQuestion: Which text?\n\nSPOKESMAN: The accord.',
      ),
    ).toEqual(['surin', 'journalist', 'surin']);
    expect(
      speakers(
        'Daily Press Briefing by the Office of the Spokesperson\n\nSpokesperson: Any questions?\n\nQuestion: Will the UN send monitors?\n\nSpokesperson: That is for the parties.',
      ),
    ).toEqual(['Spokesperson', 'journalist', 'Spokesperson']);
  });
});
