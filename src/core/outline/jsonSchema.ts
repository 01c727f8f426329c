// The JSON form of a draft, declared once with zod: what `parley draft import x.json`
// accepts, and the TypeScript type the converter walks.
import { z } from 'zod';

export interface JsonProvision {
  number: string;
  heading?: string | undefined;
  text: string;
  children?: JsonProvision[] | undefined;
}

export const JsonProvisionSchema: z.ZodType<JsonProvision> = z.strictObject({
  number: z.string().trim().min(1),
  heading: z.string().optional(),
  text: z.string(),
  get children() {
    return z.array(JsonProvisionSchema).optional();
  },
});

export const JsonDraftSchema = z.strictObject({
  title: z.string().optional(),
  preamble: z.string().optional(),
  provisions: z.array(JsonProvisionSchema).min(1),
});
