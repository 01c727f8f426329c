import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { setWireDatelineApart } from '../../src/evidence/wireLede.ts';

describe('a wire dateline at the head of the lede is set apart from it', () => {
  it.each([
    [
      'DRAVA, March 10 (Reuters) - The ceasefire will begin on March 15, a spokesman said.',
      'DRAVA, March 10 (Reuters) -',
    ],
    ['DRAVA (AP) — The ceasefire will begin on March 15, officials said.', 'DRAVA (AP) —'],
    ['Drava (AFP) - "We are ready," the spokesman said.', 'Drava (AFP) -'],
    [
      'VEYRIN, Aurenne, 7 March (Meridian Wire) – Talks resumed on Monday.',
      'VEYRIN, Aurenne, 7 March (Meridian Wire) –',
    ],
    [
      'KESSEL/DRAVA, March 12 (Northern Wire) - Both capitals confirmed the swap.',
      'KESSEL/DRAVA, March 12 (Northern Wire) -',
    ],
  ])('%s', (lede, dateline) => {
    const [head, rest] = setWireDatelineApart([lede]);
    expect(head).toBe(dateline);
    expect(rest).toBe(lede.slice(dateline.length).trim());
  });

  it('leaves sentences that only look alike, and paragraphs far down the story', () => {
    const untouched = [
      'The ceasefire (the second this year) - a fragile one - holds.',
      'President Varin (Torvania) said the talks were useful.',
      'the envoy (AFP) - lower case is no dateline',
    ];
    for (const p of untouched) expect(setWireDatelineApart([p])).toEqual([p]);
    const deep = ['a', 'b', 'c', 'd', 'DRAVA (AP) — Late paragraph.'];
    expect(setWireDatelineApart(deep)).toEqual(deep);
  });

  it('keeps the dateline as the day of the story', () => {
    const doc = cleanDocument(
      'DRAVA, March 10 (Reuters) - The ceasefire will begin on March 15.\n',
      'w.txt',
      {
        received: '2031-03-11',
      },
    );
    expect(doc.meta.date).toBe('2031-03-10');
    expect(doc.cleanText).toBe('DRAVA, March 10 (Reuters) -\n\nThe ceasefire will begin on March 15.');
  });
});
