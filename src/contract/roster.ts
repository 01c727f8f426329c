// The negotiation's roster and record over the API: parties, people, tracks, events, sources.
import { PersonInput } from '../app/roster.ts';
import { Event, Party, Source, Track } from '../core/model.ts';

/** `addPerson` resolves the party from a name or alias, so the body takes any name. */
export const PersonBody = PersonInput;

export { Event, Party, Source, Track };
