// The one error shape of the API, for every adapter to phrase in its own terms: a stable
// code, a sentence for people, and structured details — which input field (`field`), what
// was expected there (`expected`), what the record holds now (`current`) — so that the CLI
// names a flag and a web form marks a field without reading the sentence.
import { z } from 'zod';

/** One problem with one input field. */
export const FieldProblem = z.object({
  field: z.string(),
  message: z.string(),
  expected: z.string().optional(),
});
export type FieldProblem = z.infer<typeof FieldProblem>;

export const ErrorDetails = z
  .object({
    /** The input field at fault (dotted path), when one is. */
    field: z.string().optional(),
    /** What would have been accepted there. */
    expected: z.string().optional(),
    /** What the record holds now (for conflicts). */
    current: z.unknown().optional(),
    /** Every field at fault, for forms that mark them all. */
    fields: z.array(FieldProblem).optional(),
  })
  .catchall(z.unknown());
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/** Every error the API returns, whatever the status. */
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: ErrorDetails }),
});
export type ApiError = z.infer<typeof ApiError>;
