// Small records shared by the app tests, written for these tests (no seed text).
import { exportBundle } from '../../src/app/bundle.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { addSource, initNegotiation } from '../../src/app/record.ts';
import { addParty, addTrack } from '../../src/app/roster.ts';
import { owner } from '../../src/core/actor.ts';
import { selectAudit } from '../../src/store/repo/negotiation.ts';

/** A three-party negotiation with one track, one source and a two-draft chain. */
export async function seedSmall(s: Services): Promise<void> {
  await write(s, owner, 'negotiation', async (ctx) => {
    await initNegotiation(ctx, { title: 'Lake Treaty' });
    await addParty(ctx, { id: 'north', name: 'Northland', role: 'principal', aliases: ['Nordstadt'] });
    await addParty(ctx, { id: 'south', name: 'Southland', role: 'principal', aliases: ['the South'] });
    await addParty(ctx, { id: 'broker', name: 'Broker Union', role: 'mediator' });
    await addParty(ctx, { id: 'watch', name: 'Watchers', role: 'observer' });
    await addTrack(ctx, { id: 'fish', name: 'Fisheries', parties: ['north', 'south', 'watch'] });
    await addSource(ctx, {
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
export async function snapshot(s: Services): Promise<string> {
  const bundle = await read(s, owner, 'negotiation', exportBundle);
  const audit = await selectAudit(s.store.db);
  return JSON.stringify({ bundle, audit });
}
