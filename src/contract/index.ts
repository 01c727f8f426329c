// The whole API, one declaration per use case, by area. Adapters that serve everything
// (the server, the OpenAPI document, the tests of the contract) read it from here.
import { audit } from './audit.ts';
import { bundle } from './bundle.ts';
import type { Declaration } from './declare.ts';
import { positions } from './positions.ts';
import { status } from './status.ts';

export const contract = { audit, positions, status, bundle } as const;

/** Every declaration, in a stable order. Throws nothing. */
export function declarations(): Declaration[] {
  return Object.values(contract).flatMap((area) => Object.values(area) as Declaration[]);
}
