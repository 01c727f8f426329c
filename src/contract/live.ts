// The live channel's wire format (`GET /api/live`, a WebSocket): what a client sends when it
// connects, and the messages it receives. Only ids and kinds travel; clients refetch.
import { z } from 'zod';
import type { ChangeNote } from './changes.ts';

export const LIVE_PATH = '/live';

export const LiveQuery = z.object({
  since: z
    .string()
    .max(200, 'since: expected the cursor of the last message seen (a hello or a change)')
    .optional(),
});

/**
 * `hello`: subscribed, and every change up to `cursor` was sent or needs no sending (`cursor`
 * is what to send as `since` next time, as is the cursor of each change). `resync`: more was
 * missed than is worth replaying, or `since` is not a cursor of this database: refetch everything.
 */
export type LiveMessage =
  | { type: 'hello'; cursor: string }
  | { type: 'resync' }
  | ({ type: 'change'; cursor: string } & ChangeNote);
