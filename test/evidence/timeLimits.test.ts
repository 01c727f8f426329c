// A time limit set for one act, given by sources in other figures and units ("within 48 hours",
// "within three days"), links them; limits of two different acts do not.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) => linkSources(docs, roster).links.map((l) => l.reason);

describe('one time limit for one act', () => {
  it('links a draft’s limit and a counter-proposal’s for the same act, in other units', () => {
    const draft = doc(
      'a',
      'KESSEL, March 3 (Wirenews) - The draft would have Arvenia and Torvania share flood gauge readings within 48 hours, according to a copy seen by Wirenews.',
    );
    const counter = doc(
      'b',
      'Torvania wants the flood gauge readings shared within three days instead, its envoy Oleg Varin told the House.',
      'news',
      '2031-03-09',
    );
    expect(reasons(draft, counter).some((r) => r.startsWith('one time limit'))).toBe(true);
  });

  it('does not link limits set for two different acts', () => {
    const weapons = doc(
      'a',
      'Heavy weapons are to leave the Vell zone within 30 days of signature, the text says.',
    );
    const lists = doc(
      'b',
      'The two sides will exchange complete detainee lists within ten days, Henrik Dahl said in Fjellby.',
      'news',
      '2031-03-09',
    );
    expect(reasons(weapons, lists)).toEqual([]);
  });
});
