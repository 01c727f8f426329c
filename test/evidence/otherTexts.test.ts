// A body's own texts and the body that drafts are not the text under negotiation: a Council's
// "draft resolution" adopted as a resolution and a "drafting committee" share no status with
// "the text is final". Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);

describe('texts that are not the text negotiated', () => {
  it('reads a draft resolution as a resolution and a drafting committee as a committee', () => {
    expect([...meaningWords('The draft resolution was adopted unanimously.')]).toContain('resolution');
    expect([...meaningWords('The draft resolution was adopted unanimously.')]).not.toContain('draft');
    expect([...meaningWords('The drafting committee meets in Fjellby.')]).toEqual([
      'committee',
      'meet',
      'fjellby',
    ]);
    // The text itself stays one.
    expect([...meaningWords('The draft text is final.')]).toContain('draft');
  });

  it('does not give a Council record’s adopted resolution or a committee’s work the status of the text', () => {
    expect(
      reasons(
        'PRESIDENT: The draft resolution has been adopted unanimously as resolution 2990 (2031).',
        'Torvanian Prime Minister: For us the text is final.',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'Several articles remain open for the drafting committee in Fjellby.',
        'For Torvania the text is final, a spokesman said.',
      ),
    ).toEqual([]);
  });
});
