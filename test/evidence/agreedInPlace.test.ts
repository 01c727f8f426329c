// A round of talks told by the text it settled, where and when (agreedInPlace.ts). Sentences
// invented for the test, in the styles of a wire, a committee record and a post; read as written
// on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a text agreed in a place on a day', () => {
  it('reads the agreeing of a text, or by the sides, as talks held there that day', () => {
    expect(
      events('Torvania says it was never shown the draft agreed in Fjellby on March 1.', 'news'),
    ).toEqual([['talks', '2031-03-01']]);
    expect(
      events('The list of prisoners was agreed by both delegations in Drava on the 2nd.', 'social'),
    ).toEqual([['talks', '2031-03-02']]);
    expect(
      events('The annex negotiated in Fjellby last week is not the one we were shown.', 'social'),
    ).toEqual([['talks', null]]);
    expect(events('The sides agreed in the Hague on Monday to swap lists of detainees.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    // "in" is no word of a place: the place is the one after "in charge".
    expect(events('The text was agreed by officials in charge in Kessel on Monday.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
  });

  it('reads no talks where the agreeing has no day, or no place by name', () => {
    expect(events('Arvenia signs first, as agreed in Fjellby.', 'news')).toEqual([]);
    expect(events('Both delegations agreed in April on Monday to swap lists.', 'news')).toEqual([]);
    expect(events('Both delegations agreed in Article 4 on Monday to swap lists.', 'news')).toEqual([]);
    expect(events('The draft agreed in Parliament on Tuesday leaves the river out.', 'news')).toEqual([]);
    expect(
      events('The text was negotiated in English last week and put into Torvanian later.', 'news'),
    ).toEqual([]);
    // A day in another year after the place makes the place no name.
    expect(events('Varin tore up the draft agreed in Kessel in 2029 on 3 March, Lind says.', 'news')).toEqual(
      [],
    );
  });

  it('reads no talks in a budget, a price or a limit agreed somewhere', () => {
    expect(events('The budget agreed in Kessel on Tuesday cuts the army by a tenth.', 'news')).toEqual([]);
    expect(
      events('The grain price negotiated in Kessel last week was too high, traders said.', 'news'),
    ).toEqual([]);
    expect(events('The deadline for the draft agreed in Kessel on 2 March is 31 March.', 'news')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
  });
});
