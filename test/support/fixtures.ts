// Small records shared by the app tests, written for these tests (no seed text).

import { exportBundle } from '../../src/app/bundle.ts';
import { type Services, write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { initNegotiation } from '../../src/app/negotiation.ts';
import { addParty, addTrack } from '../../src/app/roster.ts';
import { addSource } from '../../src/app/sources.ts';
import { runUseCase, runWithin } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { selectAuditRows } from '../../src/store/repo/audit.ts';

/** A three-party negotiation with one track, one source and a two-draft chain. */
export async function seedSmall(s: Services): Promise<void> {
  await write(s, owner, 'negotiation', async (ctx) => {
    await runWithin(ctx, initNegotiation, { title: 'Lake Treaty' });
    await runWithin(ctx, addParty, {
      id: 'north',
      name: 'Northland',
      role: 'principal',
      aliases: ['Nordstadt'],
    });
    await runWithin(ctx, addParty, {
      id: 'south',
      name: 'Southland',
      role: 'principal',
      aliases: ['the South'],
    });
    await runWithin(ctx, addParty, { id: 'broker', name: 'Broker Union', role: 'mediator' });
    await runWithin(ctx, addParty, { id: 'watch', name: 'Watchers', role: 'observer' });
    await runWithin(ctx, addTrack, { id: 'fish', name: 'Fisheries', parties: ['north', 'south', 'watch'] });
    await runWithin(ctx, addSource, {
      id: 'gazette-1',
      title: 'Talks resume',
      outlet: 'Lake Gazette',
      date: '2025-03-02',
    });
    await importDraft(ctx, {
      id: 'v1',
      label: 'First text',
      date: '2025-03-01',
      author: 'broker',
      provisions: [
        { path: '1', number: '1', text: 'The parties shall share the lake equally.' },
        { path: '2', number: '2', text: 'Fishing quotas are set each spring.' },
        { path: '2.a', number: '(a)', parent: '2', text: 'Quotas are published in May.' },
        { path: '3', number: '3', text: 'A joint commission settles disputes.' },
      ],
      annotations: { '2': { topics: ['fisheries'], track: 'fish' } },
    });
    await importDraft(ctx, {
      id: 'v2',
      label: 'Second text',
      date: '2025-03-10',
      parents: ['v1'],
      provisions: [
        { path: '1', number: '1', text: 'The parties shall share the lake equally.' },
        { path: '2', number: '2', text: 'A joint commission of five members settles disputes.' },
      ],
      derivedFrom: { '2': ['3'] },
    });
  });
}

/** Everything a user could observe: the bundle and the audit trail. */
/** A third text on the seeded v2, its provisions numbered 1, 2… with these texts. */
export function importThirdText(s: Services, texts: readonly string[]): Promise<unknown> {
  return write(s, owner, 'draft', (ctx) =>
    importDraft(ctx, {
      id: 'v3',
      label: 'Third text',
      date: '2025-03-20',
      parents: ['v2'],
      provisions: texts.map((text, i) => ({ path: String(i + 1), number: String(i + 1), text })),
    }),
  );
}

export async function snapshot(s: Services): Promise<string> {
  const bundle = await runUseCase(s, owner, exportBundle, {});
  const audit = await selectAuditRows(s.store.db);
  return JSON.stringify({ bundle, audit });
}
