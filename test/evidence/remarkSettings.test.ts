// A remark's setting in a wire, a statement issued or a briefing held, dated by its saying or by
// the story's day (remarkSettings.ts). Sentences invented for the test; read as written on
// Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe("a remark's setting in a wire", () => {
  it('dates a statement or a briefing told with no day by the day the story is written', () => {
    expect(events('"The map is not final," Varin said in a statement put out in Kessel.', 'news')).toEqual([
      ['statement', '2031-03-05'],
    ]);
    expect(events('"Nothing is signed," Berg said at a press briefing in Fjellby.', 'news')).toEqual([
      ['statement', '2031-03-05'],
    ]);
  });

  it("dates the setting of a remark said on a day by the saying's day", () => {
    expect(
      events(
        'Dahl said on Monday, in a statement released by his office in Kessel, that the text was agreed.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-03']]);
  });

  it("reads the speaker's own or a regular setting, and the saying told on this weekday", () => {
    expect(events('"The text has not come," Lind said at her press conference in Kessel.', 'news')).toEqual([
      ['statement', '2031-03-05'],
    ]);
    expect(
      events(
        'Kari Lind, the president, said this Monday at her weekly press conference in Kessel that the map was wrong.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-03']]);
    // "the" alone may name another's statement.
    expect(events('"Kostal has left," the ministry said in the statement put out in Drava.', 'news')).toEqual(
      [['statement', null]],
    );
  });

  it('leaves a briefing to come, or one set in another month, off the story day', () => {
    expect(events('Dahl will hold a news conference in Kessel to present the text.', 'news')).toEqual([
      ['statement', null],
    ]);
    // Named, not told as the setting of a remark.
    expect(events('The Drava statement issued in Kessel angered Torvania.', 'news')).toEqual([
      ['statement', null],
    ]);
    expect(
      events('The ministry said in a statement put out in Drava last month that Kostal had left.', 'news'),
    ).toEqual([['statement', null]]);
  });

  it('leaves a setting placed in another year, in the pluperfect or after an earlier round off the story day', () => {
    expect(
      events('"The line is not settled," Varin said in a statement put out in Kessel in 2029.', 'news'),
    ).toEqual([['statement', null]]);
    expect(
      events(
        '"Drava will not yield," Dahl had said in a statement sent out in Kessel after the opening round.',
        'news',
      ),
    ).toEqual([['statement', null]]);
    expect(
      events('Arvenia was answering to a statement that Torvania issued in Kessel last spring.', 'news'),
    ).toEqual([['statement', null]]);
  });
});
