// Composing a revision from a base: the child's text and lineage follow from the plan (no
// alignment), stances carry over along it, bad plans write nothing, saves are versioned,
// and only staff compose.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amendmentsShow, proposeAmendment, withdrawAmendment } from '../../src/app/amendments.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { issueComposition, saveComposition, showComposition } from '../../src/app/compose.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { showDraft } from '../../src/app/drafts.ts';
import { positionHistory, setPosition } from '../../src/app/positions.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { ParleyError } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/database.ts';
import { selectPairings } from '../../src/store/repo/pairings.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

const secretariat = { kind: 'user', id: 'sec', role: 'secretariat' } as const;
const north = { kind: 'user', id: 'dn', role: 'delegate', party: 'north' } as const;

describe.each(backends)('composing a revision on $name', (backend) => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
  });
  afterEach(() => store.close());

  const fails = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: ParleyError) => error,
    );

  it('keeps, rewrites, brackets and drops as planned, with lineage stated rather than aligned', async () => {
    const { draft } = await runUseCase(s, secretariat, issueComposition, {
      draft: 'v1',
      label: 'Composed text',
      date: '2025-03-15',
      plan: {
        choices: {
          '1': { kind: 'text', text: 'The parties shall share the lake in fair proportions.' },
          '3': {
            kind: 'brackets',
            alternatives: ['A commission settles disputes.', 'An arbiter settles disputes.'],
          },
          // By number as written: "(a)" is the sub-item 2.a.
          '(a)': { kind: 'drop' },
        },
      },
    });
    expect(draft.parents).toEqual(['v1']);
    expect(draft.provisions.map((p) => [p.path, p.text])).toEqual([
      ['1', 'The parties shall share the lake in fair proportions.'],
      ['2', 'Fishing quotas are set each spring.'],
      ['3', '[A commission settles disputes.] [An arbiter settles disputes.]'],
    ]);
    // Topics and track carry over with the provision.
    expect(draft.provisions[1]).toMatchObject({ topics: ['fisheries'], track: 'fish', lineage: 'v1:2' });
    // A rewrite this far from the base would not pair on words; the plan says it descends.
    expect(draft.provisions.map((p) => p.lineage)).toEqual(['v1:1', 'v1:2', 'v1:3']);
    const pairs = await selectPairings(s.store.db, draft.id);
    expect(pairs.map((p) => [p.fromPaths, p.toPaths, p.kind, p.origin])).toEqual([
      [['1'], ['1'], 'rewritten', 'user'],
      [['2'], ['2'], 'kept', 'user'],
      [['3'], ['3'], 'rewritten', 'user'],
    ]);
  });

  const propose = async (input: Record<string, unknown>) =>
    (await runUseCase(s, owner, proposeAmendment, { party: 'north', draft: 'v1', ...input })).id;
  const stateOf = async (id: string) => (await runUseCase(s, owner, amendmentsShow, { amendment: id })).state;

  it('takes amendments whole, in part, as deletions and as new provisions, and settles them', async () => {
    await runUseCase(s, owner, circulateDraft, { draft: 'v1', to: 'north' });
    const replace = await propose({ provision: '1', kind: 'replace', text: 'The lake is shared by halves.' });
    const inPart = await propose({
      provision: '3',
      kind: 'replace',
      text: 'A commission of nine settles disputes.',
    });
    const strike = await propose({ provision: '2.a', kind: 'delete' });
    const added = await propose({ provision: '1', kind: 'new', text: 'Navigation on the lake is free.' });
    const ignored = await propose({ provision: '3', kind: 'replace', text: 'Courts settle disputes.' });
    const { draft, taken } = await runUseCase(s, secretariat, issueComposition, {
      draft: 'v1',
      label: 'Desk text',
      plan: {
        choices: {
          '1': { kind: 'take', amendment: replace },
          '3': { kind: 'take', amendment: inPart, text: 'A commission of seven settles disputes.' },
          '2.a': { kind: 'take', amendment: strike },
        },
        insertions: [{ amendment: added }],
      },
    });
    expect(draft.provisions.map((p) => [p.path, p.number, p.text])).toEqual([
      ['1', '1', 'The lake is shared by halves.'],
      ['1bis', '1 bis', 'Navigation on the lake is free.'],
      ['2', '2', 'Fishing quotas are set each spring.'],
      ['3', '3', 'A commission of seven settles disputes.'],
    ]);
    expect(draft.provisions.map((p) => p.lineage)).toEqual(['v1:1', 'desk-text:1bis', 'v1:2', 'v1:3']);
    expect(taken).toEqual([
      { id: replace, state: 'taken' },
      { id: inPart, state: 'taken_in_part' },
      { id: strike, state: 'taken' },
      { id: added, state: 'taken' },
    ]);
    for (const t of taken) expect(await stateOf(t.id)).toBe(t.state);
    expect(await stateOf(ignored)).toBe('proposed');
    const pairs = await selectPairings(s.store.db, draft.id);
    expect(pairs.map((p) => [p.fromPaths.join(), p.toPaths.join(), p.kind])).toEqual([
      ['1', '1', 'rewritten'],
      ['', '1bis', 'added'],
      ['2', '2', 'kept'],
      ['3', '3', 'rewritten'],
    ]);
  });

  it('refuses an amendment of another draft, a withdrawn one, one on another provision: nothing written', async () => {
    await runUseCase(s, owner, circulateDraft, { draft: 'v1', to: 'north' });
    await runUseCase(s, owner, circulateDraft, { draft: 'v2', to: 'north' });
    const elsewhere = await propose({ draft: 'v2', provision: '1', kind: 'replace', text: 'Other words.' });
    const withdrawn = await propose({ provision: '1', kind: 'replace', text: 'Withdrawn words.' });
    await runUseCase(s, north, withdrawAmendment, { amendment: withdrawn });
    const open = await propose({ provision: '1', kind: 'replace', text: 'Open words.' });
    const before = await snapshot(s);
    const other = await fails(
      runUseCase(s, secretariat, issueComposition, {
        draft: 'v1',
        label: 'X',
        plan: { choices: { '1': { kind: 'take', amendment: elsewhere } } },
      }),
    );
    expect(other.code).toBe('invalid_input');
    expect(other.message).toContain(`was proposed on draft 'v2', not on 'v1'`);
    const gone = await fails(
      runUseCase(s, secretariat, issueComposition, {
        draft: 'v1',
        label: 'X',
        plan: { choices: { '1': { kind: 'take', amendment: withdrawn } } },
      }),
    );
    expect(gone.message).toContain('is withdrawn; only a proposed amendment can be taken');
    const wrongPlace = await fails(
      runUseCase(s, secretariat, saveComposition, {
        draft: 'v1',
        version: 0,
        choices: { '3': { kind: 'take', amendment: open } },
      }),
    );
    expect(wrongPlace.message).toContain('is about provision 1, not 3');
    expect(await snapshot(s)).toBe(before);
    expect(await stateOf(open)).toBe('proposed');
  });

  it('carries stances along the composed lineage', async () => {
    await write(s, owner, 'position', (ctx) =>
      setPosition(ctx, { party: 'north', draft: 'v1', provision: '3', stance: 'amend', asOf: '2025-03-05' }),
    );
    await runUseCase(s, secretariat, issueComposition, {
      draft: 'v1',
      label: 'Composed text',
      plan: {
        choices: { '3': { kind: 'text', text: 'Disputes go to a panel of three judges named jointly.' } },
      },
    });
    const history = await read(s, owner, 'position', (ctx) =>
      positionHistory(ctx, { draft: 'composed-text', provision: '3' }),
    );
    expect(history.map((p) => [p.party, p.stance])).toEqual([['north', 'amend']]);
  });

  it('refuses a final base, an unknown provision, a bad alternative list: nothing written', async () => {
    const before = await snapshot(s);
    const unknown = await fails(
      runUseCase(s, secretariat, issueComposition, {
        draft: 'v1',
        label: 'X',
        plan: { choices: { '9': { kind: 'drop' } } },
      }),
    );
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toContain("no provision '9'");
    const lonely = await fails(
      runUseCase(s, secretariat, issueComposition, {
        draft: 'v1',
        label: 'X',
        plan: { choices: { '1': { kind: 'brackets', alternatives: ['only one'] } } },
      }),
    );
    expect(lonely.code).toBe('invalid_input');
    const unknownAmendment = await fails(
      runUseCase(s, secretariat, issueComposition, {
        draft: 'v1',
        label: 'X',
        plan: { choices: { '1': { kind: 'take', amendment: 'nope' } } },
      }),
    );
    expect(unknownAmendment.code).toBe('not_found');
    expect(await snapshot(s)).toBe(before);

    await runUseCase(s, owner, issueComposition, { draft: 'v2', label: 'Agreed', plan: { choices: {} } });
    await write(s, owner, 'draft', (ctx) =>
      ctx.q
        .execute(`UPDATE draft SET state = 'final' WHERE id = 'agreed'`)
        .then(() => ctx.record('finalize', 'draft', 'agreed', {})),
    );
    const final = await fails(runUseCase(s, secretariat, issueComposition, { draft: 'agreed', label: 'Y' }));
    expect(final.code).toBe('invalid_input');
    expect(final.message).toContain('is final');
  });

  it('saves the composition with versions: a stale save is a conflict, issuing uses and clears it', async () => {
    expect(await runUseCase(s, secretariat, showComposition, { draft: 'v1' })).toMatchObject({
      version: 0,
      choices: {},
    });
    const first = await runUseCase(s, secretariat, saveComposition, {
      draft: 'v1',
      version: 0,
      choices: { '1': { kind: 'text', text: 'Shared in fair proportions.' } },
    });
    expect(first.version).toBe(1);
    const stale = await fails(
      runUseCase(s, owner, saveComposition, { draft: 'v1', version: 0, choices: { '2': { kind: 'drop' } } }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.details).toMatchObject({ field: 'version', current: 1 });
    const staleIssue = await fails(
      runUseCase(s, secretariat, issueComposition, { draft: 'v1', label: 'From saved', version: 0 }),
    );
    expect(staleIssue.code).toBe('conflict');

    const { draft } = await runUseCase(s, secretariat, issueComposition, {
      draft: 'v1',
      label: 'From saved',
      version: 1,
    });
    expect(draft.provisions[0]?.text).toBe('Shared in fair proportions.');
    expect((await runUseCase(s, secretariat, showComposition, { draft: 'v1' })).version).toBe(0);
  });

  it('a delegate holding the base may neither read, save nor issue a composition: 404 as for an unknown draft', async () => {
    await runUseCase(s, owner, circulateDraft, { draft: 'v1', to: 'north' });
    await runUseCase(s, secretariat, saveComposition, {
      draft: 'v1',
      version: 0,
      choices: { '1': { kind: 'drop' } },
    });
    const before = await snapshot(s);
    // One at a time: started together, a refusal not yet awaited is an unhandled rejection.
    for (const attempt of [
      () => runUseCase(s, north, showComposition, { draft: 'v1' }),
      () => runUseCase(s, north, saveComposition, { draft: 'v1', version: 1, choices: {} }),
      () => runUseCase(s, north, issueComposition, { draft: 'v1', label: 'Mine' }),
    ]) {
      const error = await fails(attempt());
      expect(error.code).toBe('not_found');
      expect(error.message).toBe("unknown draft 'v1': run `parley draft list` to see draft ids");
    }
    const unknown = await fails(runUseCase(s, north, showComposition, { draft: 'nothing' }));
    expect(unknown.message).toBe("unknown draft 'nothing': run `parley draft list` to see draft ids");
    expect(await snapshot(s)).toBe(before);
    // And it still reads the draft itself.
    expect((await runUseCase(s, north, showDraft, { draft: 'v1' })).id).toBe('v1');
  });
});
