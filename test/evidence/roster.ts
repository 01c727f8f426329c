// The invented negotiation the evidence tests and fixtures are written about: Norland
// mediates between Arvenia and Torvania over the Vell river; the Union observes.
import type { Roster } from '../../src/evidence/types.ts';

export const roster: Roster = {
  parties: [
    { id: 'norland', name: 'Norland', role: 'mediator', aliases: ['Fjellby', 'Norwegian-style'] },
    {
      id: 'arvenia',
      name: 'Arvenia',
      role: 'principal',
      aliases: ['Kessel', 'Kassel', 'Arvenian government'],
    },
    { id: 'torvania', name: 'Torvania', role: 'principal', aliases: ['Drava', 'the Citadel', 'Citadel'] },
    { id: 'union', name: 'the Union', role: 'guarantor', aliases: ['Union', 'Brussels'] },
  ],
  people: [
    {
      id: 'kostal',
      name: 'Mira Kostal',
      office: 'President of Arvenia',
      party: 'arvenia',
      aliases: ['Kostalova'],
    },
    { id: 'varin', name: 'Oleg Varin', office: 'President of Torvania', party: 'torvania', aliases: [] },
    { id: 'dahl', name: 'Henrik Dahl', office: 'special envoy', party: 'norland', aliases: [] },
    { id: 'surin', name: 'Pavel Surin', office: 'Citadel spokesman', party: 'torvania', aliases: [] },
    { id: 'solberg', name: 'Ingrid Solberg', office: 'Foreign Minister', party: 'norland', aliases: [] },
    { id: 'melnyk', name: 'Taras Melnyk', office: 'chief of staff', party: 'arvenia', aliases: ['Melnik'] },
  ],
};
