// Two figures one sentence gives to two sayers ("an official said 40 monitors, while Union
// diplomats have spoken of 48") are a dispute the source reports: another source's figure still
// stands against either. A source that says which figure is which ("had proposed 25 kilometres;
// the figure retained is 15") does not. Invented sentences in a wire's, a joint statement's and
// a ministry's styles.
import { describe, expect, it } from 'vitest';
import { twoSayersFigures } from '../../src/evidence/disputedFigures.ts';
import { doc, kinds } from './linkedDocs.ts';

describe("two sayers' figures in one sentence", () => {
  it('are read as a dispute told, not as a source saying which is which', () => {
    const wire =
      'An official said the mission would have 40 monitors, while Union diplomats have spoken of 48.';
    expect(twoSayersFigures(wire, wire.indexOf('40'), wire.indexOf('48'))).toBe(true);
    const readout = 'Arvenia says 40 prisoners were freed; Torvania puts the figure at 52.';
    expect(twoSayersFigures(readout, readout.indexOf('40'), readout.indexOf('52'))).toBe(true);
    const settled = 'Arvenia had proposed 25 kilometres; the figure retained is 15.';
    expect(twoSayersFigures(settled, settled.indexOf('25'), settled.indexOf('15'))).toBe(false);
  });

  it("leave the wire's figure to stand against another source's", () => {
    const wire = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - A Norland official said the Union monitoring mission on the Vell would have 40 monitors, while Union diplomats have spoken of 48.',
    );
    const statement = doc(
      'b',
      'Joint statement\n\nThe Union will deploy a monitoring mission of 48 monitors on the Vell after the signature.',
      'joint-statement',
    );
    expect(kinds(wire, statement)).toEqual(['number ab']);
  });

  it('still let a source that settles the figure say which is which', () => {
    const wire = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - Arvenia had proposed a buffer zone of 25 kilometres on the Vell; the figure retained in the text is 15.',
    );
    const statement = doc(
      'b',
      'Press release\n\nArvenia proposed a buffer zone of 25 kilometres on the Vell.',
      'press-release',
    );
    expect(kinds(wire, statement)).toEqual([]);
  });
});
