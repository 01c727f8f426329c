// The review queue read in SQL: filters, the reader's scope, grouping (a source's mentions
// of one entity are one row) and the page happen in the database, so a page of 50 rows
// reads its own claims and a few counts, not every claim of the record. The grouping and
// order are those of core/claimQueue.ts (`groupKey`, rows in the order of their first claim).
import { and, asc, eq, inArray, isNull, like, ne, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { QueueFilter } from '../../core/claimQueue.ts';
import type { Claim } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { claim } from '../schema.ts';
import { claimFromRow } from './claims.ts';

/**
 * What the reader may not read, as the policies decided it (app/claimScope.ts): claims that
 * cite a stance are judged one by one (`hiddenClaims`); any other claim is judged by its
 * source alone (`hiddenSources`, or `noUncited` when no such claim is readable at all).
 */
export interface ClaimScope {
  hiddenClaims: readonly string[];
  hiddenSources: readonly string[];
  noUncited: boolean;
}

/** The prefix of `recordRef` of a claim accepted as a stance (app/facts.ts `citedPosition`). */
const CITES = 'position:%';

/** `groupKey` of core/claimQueue.ts, in SQL: JavaScript prints a missing field as 'undefined'. */
const groupKeySql = sql<string>`case when ${claim.kind} = 'mention' then 'mention:' || ${claim.sourceId} || ':' || coalesce(${claim.data}->>'entity', 'undefined') || ':' || coalesce(${claim.data}->>'id', 'undefined') else ${claim.id} end`;

/** The claims of the scope. Throws nothing. */
export function readableSql(scope: ClaimScope): SQL | undefined {
  const cites = like(claim.recordRef, CITES);
  const uncited = scope.noUncited
    ? cites
    : scope.hiddenSources.length > 0
      ? or(cites, notInArray(claim.sourceId, [...scope.hiddenSources]))
      : undefined;
  const judged = scope.hiddenClaims.length > 0 ? notInArray(claim.id, [...scope.hiddenClaims]) : undefined;
  return and(judged, uncited);
}

function filterSql(filter: Omit<QueueFilter, 'speaker'>): SQL[] {
  return [
    ...(filter.status ? [eq(claim.status, filter.status)] : []),
    ...(filter.kind ? [eq(claim.kind, filter.kind)] : []),
    ...(filter.source ? [eq(claim.sourceId, filter.source)] : []),
  ];
}

export interface SpeakerRow {
  speakerId: string | null;
  speaker: string | null;
  claims: number;
  first: number;
}

/** Who speaks in the readable claims passing `filter`, per (person id, name) with the first claim's place. */
export async function selectQueueSpeakers(
  q: Queryable,
  scope: ClaimScope,
  filter: Omit<QueueFilter, 'speaker'>,
): Promise<SpeakerRow[]> {
  return q
    .select({
      speakerId: claim.speakerId,
      speaker: claim.speaker,
      claims: sql<number>`count(*)::int`,
      first: sql<number>`min(${claim.seq})::bigint`.mapWith(Number),
    })
    .from(claim)
    .where(
      and(
        readableSql(scope),
        ...filterSql(filter),
        or(sql`${claim.speakerId} is not null`, sql`${claim.speaker} is not null`),
      ),
    )
    .groupBy(claim.speakerId, claim.speaker);
}

export interface QueuePage {
  totalGroups: number;
  totalClaims: number;
  /** The claims of the page's rows, in extraction order. */
  claims: Claim[];
}

/**
 * The claims of one page of rows of the readable claims passing `filter`, and the totals
 * over every page; `saidBy` narrows to a speaker (a person id, or names as said). Three
 * queries whatever the record's size.
 */
export async function selectQueuePage(
  q: Queryable,
  scope: ClaimScope,
  filter: Omit<QueueFilter, 'speaker'>,
  saidBy: { id: string; names: readonly string[] } | undefined,
  page: { offset: number; limit: number },
): Promise<QueuePage> {
  const spoken = saidBy
    ? [
        saidBy.names.length > 0
          ? or(eq(claim.speakerId, saidBy.id), inArray(claim.speaker, [...saidBy.names]))!
          : eq(claim.speakerId, saidBy.id),
      ]
    : [];
  const where = and(readableSql(scope), ...filterSql(filter), ...spoken);
  const groups = q.$with('groups').as(
    q
      .select({
        key: sql<string>`${groupKeySql}`.as('key'),
        first: sql<number>`min(${claim.seq})`.as('first'),
        size: sql<number>`count(*)::int`.as('size'),
      })
      .from(claim)
      .where(where)
      .groupBy(groupKeySql),
  );
  // Totals ride on the page's rows; a page past the end asks for them alone.
  const listed = await q
    .with(groups)
    .select({
      key: groups.key,
      totalGroups: sql<number>`(count(*) over ())::int`,
      totalClaims: sql<number>`(sum(${groups.size}) over ())::int`,
    })
    .from(groups)
    .orderBy(asc(groups.first))
    .limit(page.limit)
    .offset(page.offset);
  const keys = listed.map((g) => g.key);
  const [totals] = listed[0]
    ? listed
    : await q
        .with(groups)
        .select({
          totalGroups: sql<number>`count(*)::int`,
          totalClaims: sql<number>`coalesce(sum(${groups.size}), 0)::int`,
        })
        .from(groups);
  const found = { totalGroups: totals?.totalGroups ?? 0, totalClaims: totals?.totalClaims ?? 0 };
  if (keys.length === 0) return { ...found, claims: [] };
  // A quote's, event's or stance's row is keyed by its claim id: those come by primary key.
  const rows = await q
    .select()
    .from(claim)
    .where(
      and(
        where,
        or(
          and(ne(claim.kind, 'mention'), inArray(claim.id, keys)),
          and(eq(claim.kind, 'mention'), inArray(sql`${groupKeySql}`, keys)),
        ),
      ),
    )
    .orderBy(asc(claim.seq));
  return { ...found, claims: rows.map(claimFromRow) };
}

/**
 * Readable, unrejected claims that may say what one of `keys` says: one per key and source
 * among those stored under the keys (the first), and every one stored before keys were
 * (null), which the caller keys itself. A source's hundreds of mentions of a party are one row.
 */
export async function selectKeyedClaims(
  q: Queryable,
  scope: ClaimScope,
  keys: readonly string[],
): Promise<Claim[]> {
  if (keys.length === 0) return [];
  const keyOrId = sql`coalesce(${claim.matchKey}, ${claim.id})`;
  const rows = await q
    .selectDistinctOn([keyOrId, claim.sourceId])
    .from(claim)
    .where(
      and(
        readableSql(scope),
        ne(claim.status, 'rejected'),
        or(inArray(claim.matchKey, [...keys]), isNull(claim.matchKey)),
      ),
    )
    .orderBy(keyOrId, claim.sourceId, asc(claim.seq));
  return rows.map(claimFromRow);
}
