// A short draft written for the governance journeys: a ceasefire monitoring annex in
// treaty language, added to the demo negotiation. Its second article is one long paragraph,
// enough for a pasted copy of it to carry its recipient's fingerprint.
import { type Services, write } from '../../../src/app/context.ts';
import { importDraft } from '../../../src/app/drafts.ts';
import { owner } from '../../../src/core/actor.ts';

export const ANNEX = { id: 'monitoring-annex', label: 'Monitoring annex' };

export const MONITORING_ARTICLE =
  'The parties shall commence the withdrawal of heavy weapons within fourteen days upon the entry into ' +
  'force of the ceasefire, and shall complete it not later than forty days after that date. The monitoring ' +
  'mission shall coordinate with the liaison officers of each party in order to verify every movement in ' +
  'accordance with the agreed schedule. In the event that a party believes that the other has failed to ' +
  'fulfil its obligations, it shall notify the mission within forty-eight hours, and the mission shall give ' +
  'its judgement to both parties prior to any additional meeting of the joint commission. Whilst the ' +
  'verification is under way, neither party shall move forces towards the line of contact, and all of the ' +
  'observation posts shall stay open amongst the zones regarding which no settlement has been reached. The ' +
  "mission's programme of inspections shall be published with respect to each sector, and cooperation with " +
  'it shall not be withheld.';

/** Adds the annex (state `working`, or as given) to the services' negotiation. */
export async function addAnnex(services: Services, state: 'working' | 'final' = 'working'): Promise<void> {
  await write(services, owner, 'draft', (ctx) =>
    importDraft(ctx, {
      ...ANNEX,
      title: 'Annex on monitoring the ceasefire',
      date: '2025-11-28',
      author: 'us',
      state,
      provisions: [
        {
          path: '1',
          number: '1',
          heading: 'Mission',
          text: 'A monitoring mission is set up under the auspices of the guarantors.',
        },
        { path: '2', number: '2', heading: 'Withdrawal and verification', text: MONITORING_ARTICLE },
        {
          path: '3',
          number: '3',
          heading: 'Reports',
          text: 'The mission reports to the parties every month.',
        },
      ],
    }),
  );
}
