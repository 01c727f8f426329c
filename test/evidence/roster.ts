// The invented negotiation the evidence tests and fixtures are written about: Norland
// mediates between Arvenia and Torvania over the Vell river; the Union guarantees.
import type { Roster } from '../../src/evidence/types.ts';
import rosterJson from '../fixtures/evidence/roster.json' with { type: 'json' };

export const roster: Roster = rosterJson;
