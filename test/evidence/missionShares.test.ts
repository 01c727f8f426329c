// A body's size given with joined words before its plural ("180 military and civilian
// monitors") counts that plural; one contributor's share of it ("a contingent of 40 observers
// to the mission", "seconding twelve experts to the mission") is a part of it, not another
// figure for its size. Invented sentences in a council communiqué's, a ministry press
// release's, a Hansard answer's and a wire's styles.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const read = (s: string) => quantities(s).map((q) => [q.value, q.unit, q.stage ?? '']);

describe('joined words before a plural', () => {
  it('count the plural after them', () => {
    expect(read('composed of 180 military and civilian monitors, for six months')).toEqual([
      [180, 'monitor', ''],
    ]);
    expect(read('A team of 12 Arvenian and Torvanian observers will patrol the Vell.')).toEqual([
      [12, 'monitor', ''],
    ]);
  });

  it('leave two counts joined by "and" as two', () => {
    expect(read('40 prisoners and 12 hostages were freed.')).toEqual([
      [40, 'prisoner', ''],
      [12, 'prisoner', ''],
    ]);
    expect(read('The framework has 20 points and the annex maps.')).toEqual([[20, 'point', '']]);
  });
});

describe("one contributor's share of a body", () => {
  it('is read as a share', () => {
    expect(read('Arvenia would contribute a contingent of 40 observers to the 240-strong mission.')).toEqual([
      [40, 'monitor', 'contribution'],
      [240, 'person', ''],
    ]);
    expect(read('Norland is seconding twelve experts to the Union monitoring mission.')).toEqual([
      [12, 'expert', 'contribution'],
    ]);
  });

  it('leaves the size of the body contributed to, a place sent to and money alone', () => {
    expect(read('The Government will contribute to the Union mission of 48 monitors.')).toEqual([
      [48, 'monitor', ''],
    ]);
    expect(read('The Union will deploy 180 monitors to the mission area.')).toEqual([[180, 'monitor', '']]);
    expect(read('Arvenia will contribute USD 40 million to the fund.')).toEqual([[40e6, 'usd', '']]);
  });

  it('sets the size the council gives against the size a ministry gives, not against its contingent', () => {
    const communique = doc(
      'a',
      'Communiqué\n\n4. Decides to authorize the deployment of a Union Monitoring Mission on the Vell, composed of 180 military and civilian monitors, for an initial period of six months;',
      'joint-statement',
    );
    const release = doc(
      'b',
      'Press release\n\nThe Minister informed that Norland would contribute a contingent of 40 military observers to the 240-strong Union monitoring mission on the Vell.',
      'press-release',
    );
    expect(kinds(communique, release)).toEqual(['number ab']);
    const contingentOnly = doc(
      'c',
      'Press release\n\nThe Minister informed that Norland would contribute a contingent of 40 military observers to the Union monitoring mission on the Vell.',
      'press-release',
    );
    expect(kinds(communique, contingentOnly)).toEqual([]);
  });

  it('reads people named by a participle as that kind, not as the monitors of a mission', () => {
    expect(quantities('It allowed 212 people detained in the conflict to return home.')[0]?.which).toEqual([
      'detain',
    ]);
    const communique = doc(
      'a',
      'Communiqué\n\nDecides to authorize a Union Monitoring Mission on the Vell, composed of 180 military and civilian monitors, to verify the ceasefire agreed in the conflict.',
      'joint-statement',
    );
    const release = doc(
      'b',
      'News release\n\nKESSEL - The Committee today completed an operation which allowed 212 people detained in relation to the conflict on the Vell to return home.',
      'press-release',
    );
    expect(kinds(communique, release)).toEqual([]);
  });
});
