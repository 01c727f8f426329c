// The whole API, one declaration per use case, by area. Adapters that serve everything
// (the server, the OpenAPI document, the tests of the contract) read it from here.
import { accounts } from './accounts.ts';
import { amendments } from './amendments.ts';
import { audit } from './audit.ts';
import { circulation } from './circulation.ts';
import { compare } from './compare.ts';
import { compose } from './compose.ts';
import { deals, profiles } from './deals.ts';
import type { Declaration } from './declare.ts';
import { drafts } from './drafts.ts';
import { evidence } from './evidence.ts';
import { positions } from './positions.ts';
import { roster } from './roster.ts';
import { health, session } from './session.ts';
import { signing } from './signing.ts';
import { status } from './status.ts';

export const contract = {
  audit,
  accounts,
  session,
  health,
  roster,
  drafts,
  compare,
  compose,
  signing,
  circulation,
  positions,
  amendments,
  status,
  evidence,
  profiles,
  deals,
} as const;

/** Every declaration, in a stable order. Throws nothing. */
export function declarations(): Declaration[] {
  return Object.values(contract).flatMap((area) => Object.values(area) as Declaration[]);
}
