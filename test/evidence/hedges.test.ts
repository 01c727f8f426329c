// What a hedge before a figure allows, read once for counts and for the lengths of calls and
// meetings: "about" a tenth either way, "nearly" a little under, "more than" anything above,
// "fewer than" anything below; a limit a rule sets ("up to", "no more than", "at least" before a
// count) is the figure agreed. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { durationOf } from '../../src/evidence/eventDurations.ts';
import { hedgeBefore, hedgeOf, hedgeSpan, spansMeet } from '../../src/evidence/hedges.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { sameFigure } from '../../src/evidence/sameFigure.ts';
import { doc, kinds } from './linkedDocs.ts';

const one = (text: string) => quantities(text)[0]!;

describe('a hedge', () => {
  it('is read right before its figure, with a softener or none', () => {
    expect(hedgeBefore('The exchange of about ')).toBe('near');
    expect(hedgeBefore('The call lasted just over ')).toBe('above');
    expect(hedgeBefore('The talks went on for nearly ')).toBe('nearly');
    expect(hedgeBefore('Well under ')).toBe('below');
    expect(hedgeBefore('the first exchange could involve "around ')).toBe('near');
    expect(hedgeOf('a little more than')).toBe('above');
    expect(hedgeBefore('The mission will have no more than ')).toBeUndefined();
    expect(hedgeBefore('The corridor will carry up to ')).toBeUndefined();
  });

  it('allows the values it says, the figure itself only where it may be', () => {
    expect(hedgeSpan(200, 'near').map(Math.round)).toEqual([180, 220]);
    expect(hedgeSpan(200, 'nearly')).toEqual([170, 200]);
    expect(spansMeet(hedgeSpan(100, 'above'), [100, 100])).toBe(false);
    expect(spansMeet(hedgeSpan(100, 'above'), [120, 120])).toBe(true);
    expect(spansMeet(hedgeSpan(50, 'below'), [49, 49])).toBe(true);
    expect(hedgeSpan(45, undefined, 0.05).map(Math.round)).toEqual([43, 47]);
  });
});

describe('a length in words of whole or half hours', () => {
  it('is rounded to the half hour: "about" allows more than for minutes', () => {
    expect(durationOf('The call lasted about half an hour.')?.minutes).toEqual([22.5, 37.5]);
    expect(durationOf('The call lasted about 30 minutes.')?.minutes).toEqual([27, 33]);
    // Without "about" it is the plain length, rounded as any.
    expect(durationOf('The call lasted half an hour.')?.minutes).toEqual([28.5, 31.5]);
  });
});

describe('a comparison a rule negates', () => {
  it('is the limit the text sets, compared as written', () => {
    expect(
      one('No checkpoint shall be placed less than 8 kilometres from the river.').approx,
    ).toBeUndefined();
    expect(one('The buffer shall not be less than 8 kilometres wide.').approx).toBeUndefined();
    // Set against a floor another text gives, the two limits differ.
    expect(
      sameFigure(
        one('No checkpoint shall be placed less than 8 kilometres from the river.'),
        one('checkpoints must stay at least 6 kilometres from the river'),
      ),
    ).toBe(false);
  });

  it('is still a hedge where no rule negates it', () => {
    expect(one('Fewer than 8 kilometres of road were rebuilt.').approx).toBe('below');
    expect(one('It is not clear whether more than 300 people left.').approx).toBe('above');
    expect(one('There is no agreement; more than 300 people left.').approx).toBe('above');
  });

  it('is not negated by a "no" whose noun is no thing the rule governs', () => {
    // Certainty about a figure sets no limit: the corridor may be anything under 6 km.
    expect(one('There is no question the corridor will be less than 6 kilometres long.').approx).toBe(
      'below',
    );
    expect(one('No one doubts the pull-back will be more than 400 troops.').approx).toBe('above');
    // A person a rule governs still sets the limit.
    expect(one('No person shall bring more than 40 vehicles across the bridge.').approx).toBeUndefined();
  });
});

describe('counts and lengths read one hedge alike', () => {
  it('let hedged counts meet the exact ones they allow, and not the others', () => {
    expect(sameFigure(one('about 150 prisoners'), one('147 prisoners'))).toBe(true);
    expect(sameFigure(one('more than 100 prisoners'), one('120 prisoners'))).toBe(true);
    expect(sameFigure(one('nearly 300 prisoners'), one('310 prisoners'))).toBe(false);
    expect(sameFigure(one('nearly 300 prisoners'), one('150 prisoners'))).toBe(false);
    expect(sameFigure(one('as many as 300 prisoners'), one('280 prisoners'))).toBe(true);
    expect(sameFigure(one('as many as 300 prisoners'), one('350 prisoners'))).toBe(false);
    expect(sameFigure(one('fewer than 50 observers'), one('more than 60 observers'))).toBe(false);
    // A limit is the figure agreed: "at least 200" is set against 150, and against 250 too.
    expect(sameFigure(one('at least 200 observers'), one('250 observers'))).toBe(false);
    expect(sameFigure(one('up to 150 prisoners'), one('120 prisoners'))).toBe(false);
  });

  it('let two estimates meet where one count fits both hedges', () => {
    // Each writer rounded the count by their own margin: 1,000 and 1,150 may both round 1,080.
    expect(sameFigure(one('about 1,000 observers'), one('some 1,150 observers'))).toBe(true);
    expect(sameFigure(one('roughly 60 observers'), one('around 52 observers'))).toBe(true);
    expect(sameFigure(one('about 200 observers'), one('roughly 215 observers'))).toBe(true);
    // No count lies in both spans (900–1,100 and 1,170–1,430).
    expect(sameFigure(one('about 1,000 observers'), one('some 1,300 observers'))).toBe(false);
    // One estimate against an exact count keeps the estimate's whole margin.
    expect(sameFigure(one('about 4,800 artefacts'), one('4,400 artefacts'))).toBe(true);
  });

  it('flag two sources that estimate one count far apart, not two whose hedges meet', () => {
    const a = doc('a', 'Election monitors put the crowd in Drava at about 1,000 observers on Sunday.');
    const b = doc('b', 'Election monitors put the crowd in Drava at some 1,300 observers on Sunday.');
    const c = doc('c', 'Election monitors put the crowd in Drava at some 1,150 observers on Sunday.');
    expect(kinds(a, b)).toEqual(['number ab']);
    expect(kinds(a, c)).toEqual([]);
  });

  it('let lengths meet as their hedges allow', () => {
    expect(durationOf('The call lasted almost two hours.')?.minutes).toEqual([102, 120]);
    expect(durationOf('They talked for over an hour.')?.minutes[1]).toBe(Number.POSITIVE_INFINITY);
    const a = doc('a', 'The call between President Kostal and President Varin lasted about 90 minutes.');
    const b = doc('b', 'The call between President Kostal and President Varin lasted an hour and a half.');
    expect(kinds(a, b)).toEqual([]);
    const c = doc('b', 'The call between President Kostal and President Varin lasted more than two hours.');
    expect(kinds(a, c)).toEqual(['number ab']);
  });
});
