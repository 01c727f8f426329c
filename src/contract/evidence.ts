// The evidence review API's shapes: ingesting a document, claims and their review, and
// contradictions. Record shapes (Claim, Source, SourceLink) come from core; the edit a
// reviewer may make is the app's ClaimEdit, so the API, the CLI and the forms agree.
import { z } from 'zod';
import { ClaimEdit } from '../app/claims.ts';
import { LongText } from '../core/limits.ts';
import { Claim, ClaimKind, ClaimStatus, ListedClaim, SourceLink } from '../core/model.ts';

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export const IngestBody = z
  .object({
    fileName: z.string().trim().min(1, 'name the document, e.g. "readout.txt"'),
    content: z.string(),
    /** base64 carries bytes as they are (mojibake, other encodings, binary files). */
    encoding: z.enum(['utf8', 'base64']).default('utf8'),
  })
  .refine((b) => b.encoding !== 'base64' || BASE64.test(b.content), {
    path: ['content'],
    message: 'not valid base64',
  });

const ClaimCounts = z.record(ClaimKind, z.number().int());

export const IngestOutcome = z.discriminatedUnion('status', [
  z.object({
    fileName: z.string(),
    status: z.literal('added'),
    source: z.string(),
    claims: ClaimCounts,
    /** The genre the engine read the document as, and where its date came from. */
    reading: z.object({
      genre: z.string(),
      dateFrom: z.string().optional(),
      dateConfidence: z.number().optional(),
    }),
  }),
  z.object({ fileName: z.string(), status: z.literal('duplicate'), source: z.string() }),
]);

export const Ingested = z.object({
  outcome: IngestOutcome,
  /** Sources newly found to copy one another (this document or earlier ones). */
  copies: z.array(SourceLink),
});

export const ClaimsQuery = z.object({
  status: ClaimStatus.optional(),
  kind: ClaimKind.optional(),
  source: z.string().min(1).optional(),
});

export const ClaimParams = z.object({ id: z.string().min(1) });

export const AcceptBody = z.object({ edit: ClaimEdit.optional(), note: LongText.optional() });
export const RejectBody = z.object({ note: LongText.optional() });

/** One side: the passage in its source, and the claim (quote or event) it belongs to, if any. */
const Side = z.object({
  source: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
  text: z.string(),
  speaker: z
    .object({ name: z.string(), personId: z.string().optional(), partyId: z.string().optional() })
    .optional(),
  claim: z.string().optional(),
});

export const Contradiction = z.object({
  kind: z.enum(['number', 'date', 'status', 'authorship', 'participants', 'quote', 'attribution', 'stance']),
  reason: z.string(),
  a: Side,
  b: Side,
});

export { Claim, ListedClaim };
