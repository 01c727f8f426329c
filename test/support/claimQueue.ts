// A review queue of any size, built straight into the store: sources with quotes (a handful
// of speakers), dated events, stances and runs of mentions — thousands of claims in a few
// writes instead of thousands of ingests. Each source is one audited write, as an ingest is.
import { type Services, write } from '../../src/app/context.ts';
import { owner } from '../../src/core/actor.ts';
import type { Claim } from '../../src/core/model.ts';
import { insertClaims } from '../../src/store/repo/claims.ts';
import { insertSource } from '../../src/store/repo/sources.ts';

export interface QueueShape {
  sources: number;
  claims: number;
  /** Party ids the mentions and stances name. */
  parties: readonly string[];
  /** Speakers of the quotes: a person id (or none) and a name. */
  speakers: readonly { id?: string; name: string }[];
  /** Prefix of the source ids, so two queues can sit in one home. */
  prefix?: string;
}

/** What was built: source ids, and per source its claims in order. */
export interface BuiltQueue {
  sources: string[];
  claims: Claim[];
}

/** Builds the queue: claims cycle quote, mention ×4 (of one party), event, quote, stance, mention ×2. */
export async function seedClaimQueue(services: Services, shape: QueueShape): Promise<BuiltQueue> {
  const perSource = Math.ceil(shape.claims / shape.sources);
  const built: BuiltQueue = { sources: [], claims: [] };
  let made = 0;
  for (let s = 0; s < shape.sources && made < shape.claims; s++) {
    const id = `${shape.prefix ?? 'queue'}-${String(s).padStart(3, '0')}`;
    const lines: string[] = [];
    const claims: Claim[] = [];
    const take = Math.min(perSource, shape.claims - made);
    for (let i = 0; i < take; i++) {
      const n = made + i;
      const party = shape.parties[(s + Math.floor(i / 10)) % shape.parties.length]!;
      const speaker = shape.speakers[n % shape.speakers.length]!;
      const kind = (
        [
          'quote',
          'mention',
          'mention',
          'mention',
          'mention',
          'event',
          'quote',
          'position',
          'mention',
          'mention',
        ] as const
      )[i % 10]!;
      const text =
        kind === 'quote'
          ? `"Point ${n} stays on the table," said ${speaker.name}.`
          : kind === 'event'
            ? `The delegations met in Lakeview on day ${n}.`
            : kind === 'position'
              ? `${party} said it rejects point ${n}.`
              : `${party} was named in paragraph ${n}.`;
      const start = lines.join('\n\n').length + (lines.length ? 2 : 0);
      lines.push(text);
      const base = {
        id: `${shape.prefix ?? 'queue'}-c${String(n).padStart(6, '0')}`,
        source: id,
        status: 'suggested' as const,
        text,
        span: [start, start + text.length] as [number, number],
      };
      const day = `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      claims.push(
        kind === 'quote'
          ? {
              ...base,
              kind,
              speaker: speaker.name,
              ...(speaker.id ? { speakerId: speaker.id } : {}),
              data: { words: `Point ${n} stays on the table`, speaker: { name: speaker.name, via: 'name' } },
            }
          : kind === 'event'
            ? {
                ...base,
                kind,
                data: {
                  eventKind: 'meeting',
                  date: day,
                  place: 'Lakeview',
                  participants: [party],
                  tense: 'past',
                },
              }
            : kind === 'position'
              ? { ...base, kind, data: { party, stance: 'reject', hedged: false } }
              : { ...base, kind, data: { entity: 'party', id: party } },
      );
    }
    const cleanText = lines.join('\n\n');
    await write(services, owner, 'source', async (ctx) => {
      await insertSource(ctx.q, {
        id,
        title: `Queue report ${s}`,
        outlet: `Outlet ${s % 7}`,
        date: '2025-11-20',
        kind: 'article',
        reliability: 'unknown',
        rawText: cleanText,
        cleanText,
        contentHash: `${id}-hash`,
        fileName: `${id}.txt`,
      });
      await insertClaims(ctx.q, claims);
      await ctx.record('ingest', 'source', id, { claims: claims.length });
    });
    built.sources.push(id);
    built.claims.push(...claims);
    made += take;
  }
  return built;
}
