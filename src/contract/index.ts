// The whole API, one declaration per use case, by area. Adapters that serve everything
// (the server, the OpenAPI document, the tests of the contract) read it from here.
import { audit } from './audit.ts';
import { compare } from './compare.ts';
import type { Declaration } from './declare.ts';
import { drafts } from './drafts.ts';

export const contract = { audit, drafts, compare } as const;

/** Every declaration, in a stable order. Throws nothing. */
export function declarations(): Declaration[] {
  return Object.values(contract).flatMap((area) => Object.values(area) as Declaration[]);
}
