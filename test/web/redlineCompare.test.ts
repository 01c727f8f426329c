import { QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../src/compare/index.ts';
import type { ProvisionInput } from '../../src/compare/types.ts';
import { createQueryClient } from '../../web/src/api/queries.ts';
import type { PairingTarget } from '../../web/src/views/PairingControl.tsx';
import { RedlineCompare } from '../../web/src/views/RedlineCompare.tsx';

const draft = (...texts: string[]): ProvisionInput[] =>
  texts.map((text, i) => ({ path: String(i + 1), number: String(i + 1), text }));
const BEFORE = 'The parties exchange the lists of their delegations seven days before each round.';
const AFTER = 'Every disagreement about this text goes first to the joint legal committee.';

describe('the web compare view', () => {
  const result = compareDrafts(
    draft(BEFORE, 'A fund to rebuild the harbour is set up by the donor conference.', AFTER),
    draft(BEFORE, 'A recovery package for the harbour comes from international donors.', AFTER),
  );
  const target: PairingTarget = {
    draft: 'd2',
    pathOf: {
      from: new Map(Object.entries(result.provisions.from).map(([path, v]) => [v, path])),
      to: new Map(Object.entries(result.provisions.to).map(([path, v]) => [v, path])),
    },
    byLabel: new Map(Object.entries(result.provisions.from).map(([path, v]) => [v.label, path])),
    onSaved: () => {},
  };

  // The pairing controls write through the query client, as on the page.
  const render = () =>
    renderToStaticMarkup(
      createElement(
        QueryClientProvider,
        { client: createQueryClient() },
        createElement(RedlineCompare, { result, pairing: target }),
      ),
    );

  it('shows a rewritten pair with its confidence and evidence, and offers to confirm or undo it', () => {
    const html = render();
    expect(html).toContain('1 rewritten');
    const row = html.slice(html.indexOf('<tr class="kind-rewritten"'));
    expect(row).toMatch(/confidence 0\.\d\d/);
    expect(row).toContain('rebuild ~ recovery');
    expect(row).toContain('same number');
    expect(row).toContain('Confirm pairing');
    expect(row).toContain('Undo pairing');
  });

  it('offers no undo in one click for a pair the words alone made', () => {
    const html = render();
    const kept = html.slice(
      html.indexOf('<tr class="kind-kept"'),
      html.indexOf('</tr>', html.indexOf('<tr class="kind-kept"')),
    );
    expect(kept).toContain('Confirm pairing');
    expect(kept).not.toContain('Undo pairing');
    expect(kept).not.toContain('confidence');
  });
});
