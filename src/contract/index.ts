// The whole API, one declaration per use case, by area. Adapters that serve everything
// (the server, the OpenAPI document, the tests of the contract) read it from here.
import { audit } from './audit.ts';
import type { Declaration } from './declare.ts';
import { evidence } from './evidence.ts';

export const contract = { audit, evidence } as const;

/** Every declaration, in a stable order. Throws nothing. */
export function declarations(): Declaration[] {
  return Object.values(contract).flatMap((area) => Object.values(area) as Declaration[]);
}
