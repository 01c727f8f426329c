// A site's header over a speech: masthead, section ("Statements and remarks"), date and time, then
// the title that names the speaker. A section of genres names nobody. Invented texts.
import { describe, expect, it } from 'vitest';
import { titleSpeaker } from '../../src/evidence/speeches.ts';

describe("a site's section line over a speech's title", () => {
  it('takes the speaker from the title under the section, date and time lines', () => {
    for (const section of ['Statements and remarks', 'Speeches and statements', 'Press releases and remarks'])
      expect(
        titleSpeaker(
          `Council of the Union\nPress and information\n${section}\n4 March 2031\n16:05\nRemarks by President Mira Kostal at the press point following the Council\nCheck against delivery`,
        ),
      ).toBe('President Mira Kostal');
  });

  it('reads no body line far down the head as a title', () => {
    expect(
      titleSpeaker(
        'Council of the Union\nPress and information\n4 March 2031\n16:05\nThe leaders met today.\nThe President gave remarks of thanks to the hosts.',
      ),
    ).toBeUndefined();
    expect(titleSpeaker('Statements and remarks\n4 March 2031')).toBeUndefined();
  });
});
