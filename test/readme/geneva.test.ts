// The README's lines on the demo's home (tour.ts): `parley demo`, comparing, the drafting
// desk, profiles, governance and the demo's signing; and the status table under "Set up"
// is what `parley demo` printed here.
import { describe, expect, it } from 'vitest';
import { sampleOutputs } from './blocks.ts';
import { describeHome, readme, tour } from './tour.ts';

const ran = describeHome('geneva');

describe('README status table', () => {
  it('shows the status table `parley demo` prints', () => {
    const demo = tour.parts
      .flatMap((p) => p.commands.map((c) => c.command))
      .find((c) => c.text === 'parley demo');
    expect(demo, 'the tour loads the demo with `parley demo`').toBeDefined();
    const printed = ran.get(demo!.line)?.output ?? '';
    const [sample] = sampleOutputs(readme, 'Set up');
    expect(sample, 'a sample table under "Set up"').toBeDefined();
    const actual = printed.split('\n').map((l) => l.trimEnd());
    let at = 0;
    for (const line of sample!.split('\n').map((l) => l.trimEnd())) {
      if (line === '…') continue;
      const found = actual.indexOf(line, at);
      expect(
        found,
        `README sample line not printed by parley demo (in this order):\n${line}\n\nprinted:\n${printed}`,
      ).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
