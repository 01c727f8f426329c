// Which version of the text a size counts: the leaked or first draft, the revised one, or a party's
// own counter-paper. Two sources giving one version two sizes are flagged however little else their
// sentences share; sizes of two versions are not. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { versionTagOf } from '../../src/evidence/versionSizes.ts';
import { doc, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const tagOf = (text: string, figure: string) => {
  const p = { ...sentencePassage(text), quantities: quantities(text) };
  const q = p.quantities.find((x) => x.text.includes(figure));
  if (!q) throw new Error(`no figure ${figure} in ${text}`);
  return versionTagOf(p, q);
};

const linked = (a: string, b: string) =>
  linkSources([doc('a', a, 'news', '2031-03-05'), doc('b', b, 'press-release', '2031-03-06')], roster);
const sizeFlags = (a: string, b: string) =>
  linkSources([doc('a', a, 'news', '2031-03-05'), doc('b', b, 'press-release', '2031-03-06')], roster)
    .disagreements.filter((d) => d.kind === 'number')
    .map((d) => d.reason);

describe('the version a size counts', () => {
  it('reads the words nearest the size in its own clause', () => {
    expect(tagOf('Reporters compared it with the leaked 26-point draft from the winter.', '26')).toBe(
      'earlier',
    );
    expect(tagOf('The envoy said the updated paper has eleven points in all.', 'eleven')).toBe('later');
    expect(tagOf('Torvania answered with a counter-proposal of five points.', 'five')).toBe('counter');
    // Two sizes in one sentence: each by its own words, not the other's.
    expect(
      tagOf('The amended plan has ten points, down from the sixteen of the original draft.', 'ten'),
    ).toBe('later');
    expect(tagOf('The new text is shorter than the 16-point draft that leaked in May.', '16')).toBe(
      'earlier',
    );
  });

  it('reads no version from a time of day, a round or an idiom', () => {
    expect(tagOf('A ten-point text was drafted in Kessel earlier this month.', 'ten')).toBeUndefined();
    expect(tagOf('The first round ended with a ten-point text on the table.', 'ten')).toBeUndefined();
    expect(tagOf('On its own terms, the ten-point text gives the valley a council.', 'ten')).toBeUndefined();
  });
});

describe('sizes of one version across sources', () => {
  it('flags two sizes of the revised text told in otherwise unlike sentences', () => {
    expect(
      sizeFlags(
        'Talks in Kessel closed on Friday with an updated paper of eleven points for the Vell valley.',
        'The mediator has sent both capitals a revised text in twelve points.',
      ),
    ).toHaveLength(1);
    expect(
      linked(
        'Talks in Kessel closed on Friday with an updated paper of eleven points for the Vell valley.',
        'The mediator has sent both capitals a revised text in twelve points.',
      ).links.map((l) => l.reason),
    ).toContain("one version's size (point)");
  });

  it('does not flag the leaked draft against the revised text', () => {
    expect(
      sizeFlags(
        'The leaked draft on the Vell valley ran to 26 points, diplomats in Kessel say.',
        'The mediator has sent both capitals a revised text in twelve points.',
      ),
    ).toHaveLength(0);
  });

  it('tags many sizes in linear time', () => {
    const long = Array.from({ length: 400 }, (_, i) => `the revised paper of ${(i % 30) + 2} points`).join(
      ' and ',
    );
    expect(cpuMs(() => sizeFlags(`Delegates read ${long}.`, `The envoy spoke of ${long}.`))).toBeLessThan(
      6000,
    );
  });
});

describe('a size set against an earlier version’s', () => {
  it('is the later version: "ten points, not the seventeen of the leaked draft"', () => {
    expect(
      tagOf('The copy I was shown has ten points, not the seventeen of the leaked draft from May.', 'ten'),
    ).toBe('later');
    expect(
      tagOf('The copy I was shown has ten points, not the eleven or twelve in the first version.', 'ten'),
    ).toBe('later');
  });

  it('but a plain denial names no version', () => {
    expect(tagOf('The copy I was shown has ten points, not the seventeen some reported.', 'ten')).toBe(
      undefined,
    );
  });
});
