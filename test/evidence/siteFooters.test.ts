// A site's footer of links copied with its page: no event in its policy pages' names (siteFooters.ts).
// Lines invented for the test; read as written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { inSiteFooter } from '../../src/evidence/siteFooters.ts';
import { events } from './eventsOf.ts';

const BODY = 'The talks in Drava ended on Monday.\n\n';

describe("a site's footer", () => {
  it('reads no statement in the name of a policy page among the links', () => {
    expect(
      events(
        `${BODY}Torvanian Foreign Ministry | Privacy Policy | Accessibility Statement | Contact`,
        'press-release',
      ),
    ).toEqual([['talks', '2031-03-03']]);
    expect(
      events(
        `${BODY}© 2031 Kostal Lines. Terms | Accessibility Statement | Site map | Imprint`,
        'press-release',
      ),
    ).toEqual([['talks', '2031-03-03']]);
  });

  it('keeps a line with bars that is no list of links to policies', () => {
    const heading = 'STATEMENT | 5 March 2031\n\nTorvania welcomes the end of the talks.';
    expect(inSiteFooter(heading, 0)).toBe(false);
    const menu = 'Press releases | Statements | Speeches\n\nThe ministry issued a statement.';
    expect(inSiteFooter(menu, 20)).toBe(false);
    const footer = 'Home | Privacy | Accessibility Statement';
    expect(inSiteFooter(footer, footer.indexOf('Statement'))).toBe(true);
  });

  it("keeps a sentence run into the owner's mark", () => {
    expect(
      events(
        '© 2031 Drava Daily. Dahl and Varin are to meet in Kessel on 9 March. | Privacy | Terms',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-09']]);
  });

  it("keeps a release's top banner whose only policy-like link is to contact the office", () => {
    expect(
      events(
        'Joint statement on the Fjellby talks | Arvenia and Torvania | Contact us\n\nThe talks in Fjellby ended on Monday.',
        'press-release',
      ),
    ).toEqual([
      ['statement', '2031-03-05'],
      ['talks', '2031-03-03'],
    ]);
  });
});
