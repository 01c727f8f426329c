// Amendments through their use cases, on the small Lake Treaty: v1 held in full by north,
// south and broker (broker is not on the fisheries track of §2), v2 (whose §2 comes from
// v1 §3) by north, and a final text vf held by north.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  amendmentsHistory,
  amendmentsList,
  amendmentsShow,
  decideAmendment,
  proposeAmendment,
  settleAmendment,
  withdrawAmendment,
} from '../../src/app/amendments.ts';
import { exportBundle, importBundle } from '../../src/app/bundle.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { type Services, write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import { amendedText } from '../../src/core/amendments.ts';
import { ParleyError } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/database.ts';
import { selectAmendments } from '../../src/store/repo/amendments.ts';
import { selectAuditRows } from '../../src/store/repo/audit.ts';
import { seedSmall } from '../support/fixtures.ts';
import { backends, openSeeded, testServices } from '../support/stores.ts';

const delegate = (id: string, party: string): Actor => ({ kind: 'user', id, role: 'delegate', party });
const dn = delegate('dn', 'north');
const ds = delegate('ds', 'south');
const db = delegate('db', 'broker');
const sec: Actor = { kind: 'user', id: 'sec', role: 'secretariat' };

/** The error a call throws: its code, message and details. */
async function refusal(promise: Promise<unknown>): Promise<ParleyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ParleyError)) throw new Error(`expected a ParleyError, got ${String(error)}`);
  return error;
}

describe.each(backends)('amendments on $name', (backend) => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    await write(s, owner, 'negotiation', async (ctx) => {
      for (const to of ['north', 'south', 'broker']) await circulateDraft.run(ctx, { draft: 'v1', to });
      await circulateDraft.run(ctx, { draft: 'v2', to: 'north' });
      await importDraft(ctx, {
        id: 'vf',
        label: 'Final text',
        date: '2025-03-30',
        state: 'final',
        provisions: [{ path: '1', number: 'Article 1', text: 'The lake is shared for ever.' }],
      });
      await circulateDraft.run(ctx, { draft: 'vf', to: 'north' });
    });
  });
  afterEach(() => store.close());

  const propose = (actor: Actor, input: Record<string, unknown>) =>
    runUseCase(s, actor, proposeAmendment, { party: 'north', draft: 'v1', provision: '1', ...input });
  const list = (actor: Actor, input: Record<string, unknown> = {}) =>
    runUseCase(s, actor, amendmentsList, { draft: 'v1', ...input });
  /** Everything a failed call could have written. */
  const written = async () =>
    JSON.stringify([await selectAmendments(s.store.db), (await selectAuditRows(s.store.db)).length]);

  it("a delegate proposes for its own party, stamped with its account and the provision's number", async () => {
    const a = await propose(dn, {
      kind: 'replace',
      text: '  The lake is shared by halves.  ',
      note: 'clearer',
    });
    expect(a).toMatchObject({
      party: 'north',
      draft: 'v1',
      provision: '1',
      number: '1',
      lineage: 'v1:1',
      kind: 'replace',
      text: 'The lake is shared by halves.',
      note: 'clearer',
      shared: false,
      state: 'proposed',
      author: 'user:dn',
    });
    expect(await runUseCase(s, dn, amendmentsShow, { amendment: a.id })).toEqual(a);
    expect((await list(dn)).map((x) => x.id)).toEqual([a.id]);
    expect((await selectAuditRows(s.store.db)).at(-1)).toMatchObject({
      action: 'propose',
      entity: 'amendment',
    });
  });

  it('every kind: a deletion has no text, an insertion and a new provision do', async () => {
    const deletion = await propose(dn, { kind: 'delete', provision: '3' });
    expect(deletion.text).toBeUndefined();
    const insertion = await propose(dn, { kind: 'insert-after', text: 'Quotas are shared fairly.' });
    const added = await propose(dn, { kind: 'new', text: 'A lake day is held each June.' });
    expect(amendedText('The lake is shared.', insertion)).toBe(
      'The lake is shared.\nQuotas are shared fairly.',
    );
    expect(amendedText('The lake is shared.', deletion)).toBe('');
    expect(amendedText('The lake is shared.', added)).toBe('The lake is shared.');
    expect((await list(sec, { state: 'proposed' })).map((x) => x.kind)).toEqual([
      'delete',
      'insert-after',
      'new',
    ]);
  });

  it('another party sees an amendment only once shared, and only on provisions it holds', async () => {
    const mine = await propose(dn, { kind: 'replace', text: 'Halves.' });
    const shared = await propose(dn, { kind: 'replace', text: 'Thirds.', shared: true });
    const onTrack = await propose(dn, { kind: 'delete', provision: '2', shared: true });
    expect((await list(ds)).map((x) => x.id)).toEqual([shared.id, onTrack.id]);
    // Broker holds v1 but is not on the fisheries track of §2.
    expect((await list(db)).map((x) => x.id)).toEqual([shared.id]);
    expect((await list(sec)).map((x) => x.id)).toEqual([mine.id, shared.id, onTrack.id]);
    const hidden = await refusal(runUseCase(s, ds, amendmentsShow, { amendment: mine.id }));
    const unknown = await refusal(runUseCase(s, ds, amendmentsShow, { amendment: 'no-such' }));
    expect([hidden.code, hidden.message.replace(mine.id, 'X')]).toEqual([
      unknown.code,
      unknown.message.replace('no-such', 'X'),
    ]);
  });

  it('its own party withdraws it, once; nobody else does', async () => {
    const a = await propose(dn, { kind: 'replace', text: 'Halves.', shared: true });
    expect((await refusal(runUseCase(s, ds, withdrawAmendment, { amendment: a.id }))).code).toBe('forbidden');
    expect((await refusal(runUseCase(s, sec, withdrawAmendment, { amendment: a.id }))).code).toBe(
      'forbidden',
    );
    const withdrawn = await runUseCase(s, dn, withdrawAmendment, { amendment: a.id });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', stateBy: 'user:dn' });
    const again = await refusal(runUseCase(s, dn, withdrawAmendment, { amendment: a.id }));
    expect([again.code, again.details]).toEqual([
      'conflict',
      { field: 'state', current: 'withdrawn', expected: 'proposed' },
    ]);
    expect(
      (await refusal(runUseCase(s, sec, decideAmendment, { amendment: a.id, state: 'taken' }))).code,
    ).toBe('conflict');
  });

  it('the secretariat settles it, once; a delegate may not', async () => {
    const a = await propose(dn, { kind: 'replace', text: 'Halves.' });
    const byDelegate = runUseCase(s, dn, decideAmendment, { amendment: a.id, state: 'taken' });
    expect((await refusal(byDelegate)).code).toBe('forbidden');
    const settled = await runUseCase(s, sec, decideAmendment, {
      amendment: a.id,
      state: 'taken_in_part',
      note: 'halves, but by area',
    });
    expect(settled).toMatchObject({
      state: 'taken_in_part',
      stateBy: 'user:sec',
      stateNote: 'halves, but by area',
    });
    expect(await runUseCase(s, dn, amendmentsShow, { amendment: a.id })).toEqual(settled);
    const again = runUseCase(s, sec, decideAmendment, { amendment: a.id, state: 'rejected' });
    expect((await refusal(again)).code).toBe('conflict');
    expect((await refusal(runUseCase(s, dn, withdrawAmendment, { amendment: a.id }))).code).toBe('conflict');
  });

  it('settleAmendment works inside another write (composing a revision)', async () => {
    const a = await propose(dn, { kind: 'replace', text: 'Halves.' });
    const taken = await write(s, owner, 'amendment', (ctx) => settleAmendment(ctx, a.id, 'taken'), {
      emits: ['amendment'],
    });
    expect(taken.state).toBe('taken');
  });

  it("appears in the provision's history across drafts", async () => {
    const onV1 = await propose(dn, { kind: 'replace', provision: '3', text: 'A commission of five.' });
    const onV2 = await propose(dn, { kind: 'delete', draft: 'v2', provision: '2' });
    await propose(dn, { kind: 'delete', provision: '1' });
    const history = await runUseCase(s, dn, amendmentsHistory, { draft: 'v2', provision: '2' });
    expect(history.map((a) => a.id)).toEqual([onV1.id, onV2.id]);
  });

  it('travels in the export bundle and back', async () => {
    const a = await propose(dn, { kind: 'replace', text: 'Halves.', shared: true });
    await runUseCase(s, sec, decideAmendment, { amendment: a.id, state: 'rejected', note: 'no' });
    await propose(dn, { kind: 'delete', provision: '2.a' });
    const bundle = await runUseCase(s, owner, exportBundle, {});
    expect(bundle.amendments?.length).toBe(2);
    const copy = await backend.open();
    try {
      await runUseCase(testServices(copy), owner, importBundle, bundle);
      expect(await selectAmendments(copy.db)).toEqual(await selectAmendments(s.store.db));
    } finally {
      await copy.close();
    }
  });

  describe('bad input: a clear error, nothing written', () => {
    const cases: [string, Actor, Record<string, unknown>, string, string | RegExp][] = [
      [
        'an unknown provision',
        dn,
        { kind: 'delete', provision: '9' },
        'not_found',
        "unknown provision 'v1:9'",
      ],
      ['an unknown draft', dn, { kind: 'delete', draft: 'v9' }, 'not_found', "unknown draft 'v9'"],
      [
        'a draft its party does not hold',
        ds,
        { party: 'south', draft: 'v2', kind: 'delete' },
        'not_found',
        "unknown draft 'v2'",
      ],
      ['a final draft', dn, { draft: 'vf', kind: 'delete' }, 'conflict', /draft 'vf' is final/],
      [
        'an empty replacement',
        dn,
        { kind: 'replace', text: '   ' },
        'invalid_input',
        /^text: give the replacement wording/,
      ],
      [
        'a deletion with text',
        dn,
        { kind: 'delete', text: 'gone' },
        'invalid_input',
        /^text: a deletion carries no text/,
      ],
      [
        'an insertion without text',
        dn,
        { kind: 'insert-after' },
        'invalid_input',
        /^text: give the words to add/,
      ],
      ['another party', dn, { party: 'south', kind: 'delete' }, 'forbidden', /may not create amendment/],
      ['an unknown kind', dn, { kind: 'rewrite', text: 'x' }, 'invalid_input', /kind/],
      [
        'for a party not holding it (staff)',
        sec,
        { party: 'watch', kind: 'delete' },
        'invalid_input',
        /party: party 'watch' does not hold §1 of draft 'v1'/,
      ],
    ];
    it.each(cases)('%s', async (_, actor, input, code, message) => {
      const before = await written();
      const error = await refusal(propose(actor, input));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(await written()).toBe(before);
    });
  });
});
