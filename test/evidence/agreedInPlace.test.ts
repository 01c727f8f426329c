// A round of talks told by the text it settled, where and when (agreedInPlace.ts). Sentences
// invented for the test, in the styles of a wire, a committee record and a post; read as written
// on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a text agreed in a place on a day', () => {
  it('reads the agreeing as talks held there that day', () => {
    expect(
      events(
        'KESSEL, March 5 (Wire) - Torvania says it never saw the revised text agreed in Fjellby on March 1.',
        'news',
      ),
    ).toEqual([['talks', '2031-03-01']]);
    expect(
      events('The order of signing was agreed by both heads of delegation in Drava on the 2nd.', 'social'),
    ).toEqual([['talks', '2031-03-02']]);
    expect(
      events('The annex negotiated in Kostal last week is not the one we were shown.', 'social'),
    ).toEqual([['talks', null]]);
  });

  it('reads no talks where the agreeing has no day, or no place by name', () => {
    expect(events('Arvenia signs first, as agreed in Fjellby.', 'news')).toEqual([]);
    expect(events('The sides agreed in March on the outline of a truce.', 'news')).toEqual([]);
    expect(events('Both delegations agreed in principle on Monday to exchange lists.', 'news')).toEqual([]);
    expect(events('The deadline agreed in Kessel on 2 March is 31 March.', 'news')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
    expect(events('The figures agreed in Article 4 on the first page still stand.', 'news')).toEqual([]);
  });
});
