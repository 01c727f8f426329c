// The events a text yields as [kind, date] pairs, what the event-class tests compare. Sentences
// are read as written on Wednesday 5 March 2031 unless a test gives another day (or none).
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

export const PUBLISHED = '2031-03-05';
export type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;

export const events = (text: string, genre: Genre = 'readout', published: string | undefined = PUBLISHED) =>
  extractClaims(text, { roster, genre, ...(published ? { published } : {}) })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((c) => [c.data.eventKind, c.data.date ?? null]);
