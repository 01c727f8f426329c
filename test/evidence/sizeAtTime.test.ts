// A size told of "it" is of the text the sentences before it name: "we have not been shown the new
// text. We were told it has fourteen points" is the revised text's size, not the leaked plan's.
// Invented turns and stories in podcast, Kremlin-transcript and wire styles.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { sizesOfTwoVersions } from '../../src/evidence/sizeAtTime.ts';

const said = (text: string) => ({ text, quantities: quantities(text), source: text }) as unknown as Passage;
const apart = (a: string, b: string) => {
  const [x, y] = [said(a), said(b)];
  return sizesOfTwoVersions(x, x.quantities[0]!, y, y.quantities[0]!);
};
const leaked = said(
  'A 20-point plan drawn up by Norland was published on Wednesday by a Fjellby daily.',
).text;

describe('the size of the text an "it" stands for', () => {
  it('reads the version from the sentence before', () => {
    expect(
      apart(
        'We have not seen the new text. We were told about it. We were told it has fourteen points.',
        leaked,
      ),
    ).toBe(true);
    expect(
      apart(
        'PUTIN: The revised document reached us on Monday. It has sixteen points, as I understand.',
        leaked,
      ),
    ).toBe(true);
  });

  it('leaves an "it" with no text named before as it was', () => {
    expect(apart('We were told it has fourteen points.', leaked)).toBe(false);
    expect(apart('The talks went on all night. We were told it has fourteen points.', leaked)).toBe(false);
  });

  it('reads what befell a peace plan a clause after its name', () => {
    const ap =
      'VELL, May 11 (AP) - An 18-point peace plan drawn up by Norland for ending the war in the valley, published on Wednesday by a Fjellby daily, provides for a council.';
    expect(apart('We have not seen the new text. We were told it has fourteen points.', ap)).toBe(true);
    expect(apart('We were told it has fourteen points.', ap)).toBe(false);
  });
});
