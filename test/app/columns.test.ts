// The n-column table: base text, each party's amendments redlined, the compromise column
// from the composition in progress; filters; and what a delegation may see of it.
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeAmendment } from '../../src/app/amendments.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { showColumns } from '../../src/app/columns.ts';
import { saveComposition } from '../../src/app/compose.ts';
import type { Services } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { ParleyError } from '../../src/core/errors.ts';
import { columnsCsv, columnsHtml, columnsMarkdown } from '../../src/formats/columns.ts';
import { columnsDocx } from '../../src/formats/columnsDocx.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

const north = { kind: 'user', id: 'dn', role: 'delegate', party: 'north' } as const;
const broker = { kind: 'user', id: 'db', role: 'delegate', party: 'broker' } as const;
const secretariat = { kind: 'user', id: 'sec', role: 'secretariat' } as const;

describe.each(backends)('the n-column table on $name', (backend) => {
  let store: Store;
  let s: Services;
  let ids: Record<string, string>;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    for (const to of ['north', 'south', 'broker'])
      await runUseCase(s, owner, circulateDraft, { draft: 'v1', to });
    const propose = async (input: Record<string, unknown>) =>
      (await runUseCase(s, owner, proposeAmendment, { draft: 'v1', ...input })).id;
    ids = {
      northOwn: await propose({
        party: 'north',
        provision: '1',
        kind: 'replace',
        text: 'The parties shall share the lake by halves.',
      }),
      southPrivate: await propose({ party: 'south', provision: '1', kind: 'delete' }),
      southShared: await propose({
        party: 'south',
        provision: '3',
        kind: 'replace',
        text: 'A joint court settles disputes.',
        shared: true,
      }),
      southOnTrack: await propose({
        party: 'south',
        provision: '2',
        kind: 'replace',
        text: 'Quotas are set each autumn.',
        shared: true,
      }),
    };
  });
  afterEach(() => store.close());

  it('puts each party in a column, its amendments redlined against the base', async () => {
    const table = await runUseCase(s, secretariat, showColumns, { draft: 'v1' });
    expect(table.parties.map((p) => p.id)).toEqual(['north', 'south']);
    const first = table.rows.find((r) => r.path === '1')!;
    expect(first.amendments.north?.[0]?.redline).toEqual([
      { kind: 'equal', text: 'The parties shall share the lake ' },
      { kind: 'delete', text: 'equally' },
      { kind: 'insert', text: 'by halves' },
      { kind: 'equal', text: '.' },
    ]);
    expect(first.amendments.south?.[0]?.redline.map((r) => r.kind)).toEqual(['delete']);
    expect(table.rows.find((r) => r.path === '2.a')?.depth).toBe(1);
  });

  it('shows the composition in progress in the compromise column, for staff only', async () => {
    await runUseCase(s, secretariat, saveComposition, {
      draft: 'v1',
      version: 0,
      choices: {
        '1': {
          kind: 'take',
          amendment: ids.northOwn!,
          text: 'The parties shall share the lake by fair halves.',
        },
        '3': { kind: 'drop' },
      },
    });
    const table = await runUseCase(s, secretariat, showColumns, { draft: 'v1' });
    expect(table.composition).toEqual({ version: 1 });
    const [one, , , three] = table.rows;
    expect(one?.compromise?.text).toBe('The parties shall share the lake by fair halves.');
    expect(one?.compromise?.choice).toMatchObject({ kind: 'take', amendment: ids.northOwn });
    expect(three?.compromise?.text).toBeNull();
    const seen = await runUseCase(s, north, showColumns, { draft: 'v1' });
    expect(seen.composition).toBeUndefined();
    expect(seen.rows.every((r) => r.compromise === undefined)).toBe(true);
  });

  it("a delegation sees its own amendments and those shared on text it holds, never another's private one", async () => {
    const table = await runUseCase(s, north, showColumns, { draft: 'v1' });
    const seen = table.rows.flatMap((r) =>
      Object.values(r.amendments)
        .flat()
        .map((a) => a.id),
    );
    expect(seen.sort()).toEqual([ids.northOwn, ids.southShared, ids.southOnTrack].sort());
    // Broker is not on the fisheries track: provision 2 and the amendment on it are not in its table.
    const brokers = await runUseCase(s, broker, showColumns, { draft: 'v1' });
    expect(brokers.rows.map((r) => r.path)).toEqual(['1', '3']);
    const brokerSees = brokers.rows.flatMap((r) =>
      Object.values(r.amendments)
        .flat()
        .map((a) => a.id),
    );
    expect(brokerSees).toEqual([ids.southShared]);
    // A draft it never received is as unknown as one that does not exist.
    const hidden = await runUseCase(s, north, showColumns, { draft: 'v2' }).catch((e: ParleyError) => e);
    expect(hidden).toMatchObject({ code: 'not_found' });
  });

  it('filters by track, topic and party', async () => {
    const track = await runUseCase(s, secretariat, showColumns, { draft: 'v1', track: 'fish' });
    expect(track.rows.map((r) => r.path)).toEqual(['2']);
    const topic = await runUseCase(s, secretariat, showColumns, { draft: 'v1', topic: 'fisheries' });
    expect(topic.rows.map((r) => r.path)).toEqual(['2']);
    const party = await runUseCase(s, secretariat, showColumns, { draft: 'v1', party: 'north' });
    expect(party.parties.map((p) => p.id)).toEqual(['north']);
    expect(party.rows.flatMap((r) => Object.keys(r.amendments))).toEqual(['north']);
  });

  it('renders Markdown, HTML, CSV and a Word table (landscape, header row repeated)', async () => {
    const table = await runUseCase(s, secretariat, showColumns, { draft: 'v1' });
    const md = columnsMarkdown(table);
    expect(md).toContain('| Provision | Base text | Northland | Southland | Compromise |');
    expect(md).toContain('the lake ~~equally~~**by halves**.');
    expect(columnsHtml(table)).toContain('<del>equally</del><ins>by halves</ins>');
    const csv = columnsCsv(table).split('\r\n');
    expect(csv[0]).toBe('path,number,base,Northland,Southland,Compromise');
    expect(csv[1]).toContain('(replace) The parties shall share the lake by halves.');
    const files = unzipSync(await columnsDocx(table));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.match(/<w:tr>|<w:tr /g)?.length).toBe(table.rows.length + 1);
    expect(xml).toContain('<w:strike/>');
  });
});
