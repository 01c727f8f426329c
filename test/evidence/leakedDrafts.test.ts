// A leaked draft and the text the talks went on with are two versions, counted apart; two counts
// of the leaked draft itself still dispute. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { leakedSize, namesDraft, tabledBesideLeak } from '../../src/evidence/leakedDrafts.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const sized = (source: string, text: string) => {
  const p = passagesOf(doc(source, text), roster).find((x) => x.quantities.length > 0)!;
  return [p, p.quantities[0]!] as const;
};

const leak = sized(
  'a',
  'A 17-point plan drawn up by the Norland envoy was leaked to an Arvenian newspaper on Monday.',
);
const onTable = sized('b', 'The minister said the parties now work from a document of eight points.');
const otherDraft = sized('c', 'Diplomats described a 16-point draft circulated by the envoy.');
const handedPlan = sized('d', 'The envoy handed both delegations a 15-point peace plan on 2 May.');

describe('a leaked draft beside the text on the table', () => {
  it('reads the size told leaked and the size its own words call a draft', () => {
    expect(leakedSize(...leak, roster)).toBe(true);
    expect(leakedSize(...onTable, roster)).toBe(false);
    expect(namesDraft(...otherDraft)).toBe(true);
    expect(namesDraft(...onTable)).toBe(false);
  });

  it('takes a document counted without a leak for another version than the leaked plan', () => {
    expect(tabledBesideLeak(...leak, ...onTable, roster)?.[0].source).toBe('b');
  });

  it('keeps two counts of the draft itself, and two counts neither told leaked, as one version', () => {
    expect(tabledBesideLeak(...leak, ...otherDraft, roster)).toBeUndefined();
    expect(tabledBesideLeak(...leak, ...handedPlan, roster)).toBeUndefined();
    expect(tabledBesideLeak(...onTable, ...otherDraft, roster)).toBeUndefined();
  });
});

describe('flags on the sizes of a leaked plan', () => {
  const leaked = doc(
    'a',
    'The 17-point Norland peace plan for Arvenia and Torvania was leaked to an Arvenian newspaper on Monday.',
  );
  const tabled = doc(
    'b',
    'The Norland peace plan for Arvenia and Torvania is a document of eight points, the minister said on Monday.',
  );
  const drafted = doc(
    'c',
    'The Norland peace plan for Arvenia and Torvania is a 16-point draft, the minister said on Monday.',
  );

  it('raises none between the leaked plan and the document on the table', () => {
    expect(kinds(leaked, tabled)).toEqual([]);
  });

  // Two untold sizes a point apart; sizes twice apart are two versions (figuresFarApart.ts).
  const draftedNine = doc(
    'c',
    'The Norland peace plan for Arvenia and Torvania is a nine-point draft, the minister said on Monday.',
  );

  it('still sets the leak against another count of the draft, and two untold versions against each other', () => {
    expect(kinds(leaked, drafted)).toEqual(['number ac']);
    expect(kinds(tabled, draftedNine)).toEqual(['number bc']);
  });
});
