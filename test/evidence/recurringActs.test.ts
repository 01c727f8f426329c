// Exchanges and releases recur: the counts of two of them, on days apart, are two counts, not a
// contradiction (probe 15, class W). Invented sentences about the Arvenia–Torvania talks in the
// house styles of a presidency page, a wire, a ministry's Telegram post.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('two exchanges on days apart', () => {
  it('give two counts, told by "today" on two days or as another act', () => {
    const first = doc(
      'a',
      'The exchange of prisoners took place today: 175 for 175.',
      'readout',
      '2031-03-05',
    );
    const second = doc(
      'b',
      'A second exchange of prisoners took place today, 90 for 90.',
      'readout',
      '2031-03-20',
    );
    expect(kinds(first, second)).toEqual([]);
    const released = doc('a', 'Torvania released 175 prisoners today.', 'social', '2031-03-05');
    const another = doc(
      'b',
      'KESSEL, March 20 (Wirenews) - Torvania has released another 90 prisoners, the foreign ministry said.',
      'news',
      '2031-03-20',
    );
    expect(kinds(released, another)).toEqual([]);
    const dated = doc('a', 'Arvenia handed over 60 detainees on 2 March.', 'press-release', '2031-03-02');
    const later = doc('b', 'Arvenia handed over 45 detainees on Monday, 16 March.', 'news', '2031-03-17');
    expect(kinds(dated, later)).toEqual([]);
  });

  it('but two counts of one day still disagree, whoever dates it and however', () => {
    const post = doc('a', 'Torvania released 175 prisoners today.', 'social', '2031-03-05');
    const wire = doc(
      'b',
      'KESSEL, March 5 (Wirenews) - Torvania released 150 prisoners on Wednesday, the Citadel said.',
      'news',
      '2031-03-05',
    );
    expect(kinds(post, wire)).toEqual(['number ab']);
    const same = doc('b', 'Torvania released another 150 prisoners today.', 'social', '2031-03-05');
    expect(kinds(post, same)).toEqual(['number ab']);
  });
});
