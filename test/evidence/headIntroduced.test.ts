// Who a briefing's head names as the holder of the office its labels write alone (headIntroduced.ts).
import { describe, expect, it } from 'vitest';
import { headIntroduced } from '../../src/evidence/headIntroduced.ts';

const bare = (s: string) => s.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, '');

describe('the holder a head introduces', () => {
  it('reads a name before or after the office', () => {
    expect(
      headIntroduced(
        'spokesperson',
        'Noon briefing by Lena Marrow, Spokesperson for the Secretary-General',
        bare,
      ),
    ).toBe('Lena Marrow');
    expect(
      headIntroduced('spokesman', 'Briefing by the Deputy Spokesman, Ivo Brannick\n\n', bare),
    ).toBeUndefined();
    expect(headIntroduced('press secretary', 'Press Briefing by Press Secretary Jonah Treave', bare)).toBe(
      'Jonah Treave',
    );
  });

  it('takes no genre words of the title for a name', () => {
    for (const head of [
      'Note to Correspondents\n\nBriefing by the Spokesperson, Daily Press Briefing, 11 April 2031',
      'Briefing by the Spokesperson, Regular Press Conference',
      'Remarks by the Spokesperson, Weekly Media Session',
    ])
      expect(headIntroduced('spokesperson', head, bare), head).toBeUndefined();
  });
});
