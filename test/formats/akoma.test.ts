import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/core/outline/index.ts';
import { eIdOf, writeAkomaNtoso } from '../../src/formats/akoma.ts';
import { aknSchemaPlan, validateAkn } from '../support/aknSchema.ts';

const plan = aknSchemaPlan();
if (!plan.run) console.log(plan.why);

const TEXT = `Framework Agreement on Shared Waters

The Parties agree as follows & so on.

Article 1 — Definitions

1. For this Agreement:

(a) "basin" means the river <and> its tributaries;

(b) "Party" means a State bound by it.

2. It applies to the basin.

Article 2

The depositary keeps the text.`;

function draftOf(id: string, lineage: (path: string) => string) {
  const parsed = parseDraft(TEXT, { format: 'text' });
  return {
    ...parsed,
    id,
    label: 'Second revision',
    date: '2026-12-03',
    author: 'north',
    provisions: parsed.provisions.map((p) => ({ ...p, lineage: lineage(p.path) })),
  };
}

describe('Akoma Ntoso export', () => {
  it.runIf(plan.run)('is valid against the OASIS Akoma Ntoso 3.0 schema', async () => {
    const xml = writeAkomaNtoso(
      draftOf('rev-2', (p) => `rev-1:${p}`),
      {
        work: { id: 'rev-1', date: '2026-11-01' },
        now: '2026-12-03T10:00:00Z',
      },
    );
    const { valid, errors } = await validateAkn((plan as { dir: string }).dir, xml);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    // And a broken document is caught, so the check above can fail.
    const broken = await validateAkn(
      (plan as { dir: string }).dir,
      xml.replace('<FRBRcountry value="int"/>', ''),
    );
    expect(broken.valid).toBe(false);
  });

  it('identifies Work, Expression and Manifestation, and the author party', () => {
    const xml = writeAkomaNtoso(
      draftOf('rev-2', (p) => `rev-1:${p}`),
      {
        work: { id: 'rev-1', date: '2026-11-01' },
        now: '2026-12-03T10:00:00Z',
      },
    );
    expect(xml).toContain('<FRBRuri value="/akn/int/bill/2026-11-01/rev-1"/>');
    expect(xml).toContain('<FRBRuri value="/akn/int/bill/2026-11-01/rev-1/eng@2026-12-03"/>');
    expect(xml).toContain('<FRBRthis value="/akn/int/bill/2026-11-01/rev-1/eng@2026-12-03/!main.xml"/>');
    expect(xml).toContain('<FRBRauthor href="#north"/>');
    expect(xml).toContain('&lt;and&gt;');
  });

  it('keeps a provision eId across revisions when its lineage is the same, whatever its number', () => {
    const first = writeAkomaNtoso(
      draftOf('rev-1', (p) => `rev-1:${p}`),
      { work: { id: 'rev-1', date: '2026-11-01' }, now: '2026-12-03T10:00:00Z' },
    );
    // In the next revision Article 1 became Article 2 and the reverse: lineage follows the text.
    const swapped = (p: string) => `rev-1:${p.startsWith('1') ? p.replace(/^1/, '2') : p.replace(/^2/, '1')}`;
    const second = writeAkomaNtoso(draftOf('rev-2', swapped), {
      work: { id: 'rev-1', date: '2026-11-01' },
      now: '2026-12-03T10:00:00Z',
    });
    const eIdOfNumber = (xml: string, number: string) =>
      new RegExp(`eId="([^"]+)">\\s*<num>${number}</num>`).exec(xml)?.[1];
    expect(eIdOfNumber(first, 'Article 1')).toBe(eIdOf('rev-1:1'));
    expect(eIdOfNumber(second, 'Article 2')).toBe(eIdOf('rev-1:1'));
    expect(eIdOf('a:1.2')).not.toBe(eIdOf('a:12'));
  });
});
