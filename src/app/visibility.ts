// Who may hear of a committed change. The live channel sends a change only to subscribers
// whose actor may read the entity it names, by the same policies the API answers with, so
// the socket cannot tell a delegate that a hidden draft or a private stance exists.
import type { Actor } from '../core/actor.ts';
import { selectAmendments } from '../store/repo/amendments.ts';
import { selectCirculations } from '../store/repo/circulations.ts';
import { selectClaim } from '../store/repo/claims.ts';
import { selectDealShares } from '../store/repo/deals.ts';
import { selectDraft, selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectEvents } from '../store/repo/events.ts';
import { selectPeople, selectTracks } from '../store/repo/parties.ts';
import { selectPositions } from '../store/repo/positions.ts';
import { isPrivileged, permits } from './access.ts';
import type { Change } from './changes.ts';
import type { Services } from './context.ts';
import {
  amendmentFacter,
  claimFacter,
  draftFacts,
  eventFacts,
  negotiationFacts,
  positionFacter,
  signatureFacts,
  sourceFacts,
  trackFacts,
} from './facts.ts';

/** Whether an actor may hear of one change. */
export type Audience = (actor: Actor) => boolean;

/**
 * Any one of these policy tests lets an actor hear of the change; none (an unknown
 * entity, one since gone, tokens, bundles) leaves it to the owner and staff.
 */
type Grounds = Audience[];

async function groundsOf(services: Services, change: Change): Promise<Grounds> {
  const q = services.store.db;
  switch (change.entity) {
    case 'negotiation':
      return [permits('read', await negotiationFacts(q))];
    case 'party':
      return [permits('read', { kind: 'party', id: change.id, negotiation: await negotiationFacts(q) })];
    case 'person': {
      const person = (await selectPeople(q)).find((p) => p.id === change.id);
      if (!person) return [];
      const negotiation = await negotiationFacts(q);
      const party = person.party ? { party: person.party } : {};
      return [permits('read', { kind: 'person', id: person.id, ...party, negotiation, public: true })];
    }
    case 'track': {
      const track = (await selectTracks(q)).find((t) => t.id === change.id);
      return track ? [permits('read', trackFacts(track))] : [];
    }
    case 'draft':
      return draftGrounds(services, change);
    case 'signing': {
      const draft = await selectDraft(q, change.id);
      if (!draft) return [];
      return [permits('read', await signatureFacts(q, draft, await draftFacts(q, draft)))];
    }
    case 'position': {
      const position = (await selectPositions(q, { id: change.id }))[0];
      return position ? [permits('read', (await positionFacter(q, [position]))(position))] : [];
    }
    case 'amendment': {
      const amendment = (await selectAmendments(q, { id: change.id }))[0];
      return amendment ? [permits('read', (await amendmentFacter(q, [amendment]))(amendment))] : [];
    }
    case 'event': {
      const event = (await selectEvents(q)).find((e) => e.id === change.id);
      return event ? [permits('read', eventFacts(event))] : [];
    }
    case 'source':
      // A link between copies is named `a~b`: hearing of it takes reading both sources.
      return [(actor) => change.id.split('~').every((id) => permits('read', sourceFacts(id))(actor))];
    case 'claim': {
      const claim = await selectClaim(q, change.id);
      return claim ? [permits('read', (await claimFacter(q, [claim]))(claim))] : [];
    }
    case 'user':
      return [permits('read', { kind: 'user', id: change.id })];
    case 'profile':
      return profileGrounds(services, change);
    case 'deal': {
      const share = (await selectDealShares(q, { id: change.id }))[0];
      const draft = share && (await selectDraft(q, share.draft));
      if (!share || !draft) return [];
      const facts = await draftFacts(q, draft);
      return [permits('read', { kind: 'deal', id: share.id, draft: facts, sharedWith: share.parties })];
    }
    case 'composition':
      // The secretariat's work in progress: staff only, who hear of everything anyway.
      return [];
    default:
      return [];
  }
}

/** A circulation tells only its recipient (and staff); other changes to a draft, anyone who holds it. */
async function draftGrounds(services: Services, change: Change): Promise<Grounds> {
  const q = services.store.db;
  const draft = (await selectDraftHeaders(q)).find((d) => d.id === change.id);
  if (!draft) return [];
  if (change.action === 'circulate') {
    const rows = await selectCirculations(q, { draft: draft.id });
    return rows
      .filter((c) => c.at === change.at)
      .map((c) => permits('read', { kind: 'circulation', id: c.id, party: c.party, draft: c.draft }));
  }
  const facts = await draftFacts(q, draft);
  return [permits('read', facts), permits('readSummary', facts)];
}

/** A profile is heard of by its own party (id `draft~party`) and staff. */
async function profileGrounds(services: Services, change: Change): Promise<Grounds> {
  const q = services.store.db;
  const [draftId = '', party = ''] = change.id.split('~');
  const draft = await selectDraft(q, draftId);
  if (!draft) return [];
  return [permits('read', { kind: 'profile', id: change.id, party, draft: await draftFacts(q, draft) })];
}

/**
 * Loads what the policies need about the change's entity once, and answers per actor
 * without another query; the owner and staff hear of everything. Throws only on a
 * database failure.
 */
export async function audienceOf(services: Services, change: Change): Promise<Audience> {
  const grounds = await groundsOf(services, change);
  return (actor) => isPrivileged(actor) || grounds.some((test) => test(actor));
}
