// A scenario: a negotiation described as one JSON file plus the texts of its drafts and
// reports, as the Geneva 2025 demo is. Loading it runs the ordinary use cases in one
// transaction.
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { DraftState, IsoDate, Slug } from '../core/model.ts';
import { parseInput } from '../core/validate.ts';
import { clearAll, isEmpty, selectNegotiation } from '../store/repo/negotiation.ts';
import { authorize } from './access.ts';
import type { WriteContext } from './context.ts';
import { importDraftText } from './draftImport.ts';
import { addEvent } from './events.ts';
import { negotiationFacts } from './facts.ts';
import { initNegotiation } from './negotiation.ts';
import { setPosition } from './positions.ts';
import { addParty, addPerson, addTrack } from './roster.ts';
import { type RecordOptions, ScenarioRecord } from './scenarioRecordSchema.ts';
import { addSource } from './sources.ts';
import { runWithin } from './useCase.ts';

export const Scenario = z
  .object({
    negotiation: z.object({ title: z.string().min(1), description: z.string().optional() }),
    parties: z.array(z.unknown()),
    people: z.array(z.unknown()).default([]),
    tracks: z.array(z.unknown()).default([]),
    sources: z.array(z.unknown()).default([]),
    events: z.array(z.unknown()).default([]),
    drafts: z.array(
      z.object({
        id: Slug,
        label: z.string().min(1),
        title: z.string().optional(),
        date: IsoDate,
        author: z.string().optional(),
        parents: z.array(Slug).default([]),
        state: DraftState.optional(),
        file: z.string().min(1),
        provisions: z
          .record(z.string(), z.object({ topics: z.array(z.string()).optional(), track: Slug.optional() }))
          .default({}),
        derivedFrom: z.record(z.string(), z.array(z.string())).default({}),
      }),
    ),
    positions: z.array(z.unknown()).default([]),
  })
  .extend(ScenarioRecord.shape);
export type Scenario = z.infer<typeof Scenario>;

/** The files a scenario names beside its JSON: drafts and reports. */
export const scenarioFiles = (scenario: Scenario): string[] => [
  ...scenario.drafts.map((d) => d.file),
  ...scenario.reports.map((r) => r.file),
];

/**
 * Loads a scenario into the home: refuses a non-empty home (`not_empty`) unless `force`,
 * in which case the old record is replaced in the same transaction. `texts` maps each
 * file the scenario names (`scenarioFiles`) to its content. Staff only, like starting a
 * negotiation (and replacing one is deleting it): throws `forbidden` before anything is
 * read or written, then what the steps throw.
 */
export async function loadScenario(
  ctx: WriteContext,
  input: unknown,
  texts: Record<string, string>,
  options: { force?: boolean } & RecordOptions = {},
): Promise<Scenario> {
  const negotiation = await negotiationFacts(ctx.q);
  authorize(ctx, 'create', negotiation);
  if (options.force) authorize(ctx, 'delete', negotiation);
  const scenario = parseInput(Scenario, input, 'scenario');
  const { newSeed, keep } = options;
  const empty = (await isEmpty(ctx.q)) && !(await selectNegotiation(ctx.q));
  if (!empty) {
    if (!options.force) {
      throw new ParleyError(
        'not_empty',
        'this home already holds a negotiation; pass --force to replace it, or use another PARLEY_HOME',
      );
    }
    await clearAll(ctx.q);
    await ctx.record('clear', 'negotiation', '1', {});
  }
  await runWithin(ctx, initNegotiation, scenario.negotiation);
  for (const party of scenario.parties) await runWithin(ctx, addParty, party);
  for (const person of scenario.people) await runWithin(ctx, addPerson, person);
  for (const track of scenario.tracks) await runWithin(ctx, addTrack, track);
  for (const source of scenario.sources) await runWithin(ctx, addSource, source);
  for (const event of scenario.events) await runWithin(ctx, addEvent, event);
  for (const { file, provisions, ...draft } of scenario.drafts) {
    const text = texts[file];
    if (text === undefined)
      throw new ParleyError('not_found', `draft '${draft.id}' names file '${file}', which was not found`);
    const { derivedFrom, title, ...header } = draft;
    await importDraftText(
      ctx,
      { ...header, text, fileName: file },
      { annotations: provisions, derivedFrom, ...(title ? { title } : {}) },
    );
  }
  for (const position of scenario.positions) await setPosition(ctx, position);
  if (scenario.reports.length || scenario.circulations.length || scenario.signing) {
    // Loaded on demand: the evidence engine is the heaviest import a scenario needs.
    const { loadScenarioRecord } = await import('./scenarioRecord.ts');
    await loadScenarioRecord(ctx, scenario, texts, {
      ...(newSeed ? { newSeed } : {}),
      ...(keep ? { keep } : {}),
    });
  }
  return scenario;
}
