// A signing and a statement that tells it, in two sources (signingStatement.ts). Invented
// sentences about the Arvenia–Torvania talks; the statement published 2031-03-21.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const SIGNING = 'The accord will be signed in Vik on 20 March.';
const linked = (statement: string, signing = SIGNING) =>
  linkSources(
    [doc('a', statement, 'news', '2031-03-21'), doc('b', signing, 'joint-statement', '2031-03-18')],
    roster,
  ).links.some((l) => l.reason === 'one event');
const kinds = (text: string) =>
  extractClaims(text, { roster, published: '2031-03-21', genre: 'news' }).flatMap((c) =>
    c.kind === 'event' ? [`${c.data.eventKind} ${c.data.date}`] : [],
  );

describe('a signing and a statement that tells it', () => {
  const told = 'Signed yesterday in Vik: the accord on the Drava crossings.';
  it('links a statement of the day’s signing with the signing set for that day', () => {
    expect(kinds(told)).toEqual(['statement 2031-03-20']);
    expect(linked(told)).toBe(true);
  });

  it('leaves a statement of that day on something else, and a signing in another town', () => {
    const other = 'A spokesperson said in a statement yesterday that the Drava crossings stay shut.';
    expect(kinds(other)).toEqual(['statement 2031-03-20']);
    expect(linked(other)).toBe(false);
    expect(linked(told, 'The accord will be signed in Berg on 20 March.')).toBe(false);
  });
});
