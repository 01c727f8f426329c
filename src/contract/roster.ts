// The negotiation's roster and record over the API: parties, people, tracks, events, sources.
import { z } from 'zod';
import { PersonInput } from '../app/roster.ts';
import { Event, Party, Source, Track } from '../core/model.ts';

export const Health = z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) });

export const Negotiation = z.object({
  title: z.string(),
  description: z.string().optional(),
  createdAt: z.string(),
});

/** `addPerson` resolves the party from a name or alias, so the body takes any name. */
export const PersonBody = PersonInput;

export { Event, Party, Source, Track };
