// Every authorization rule of Parley, declared once: the store, the app use cases, the
// API's abilities map and the generated role × resource × action test all read these.
// Unlisted means refused; the CLI owner bypasses the book (see policy.ts).
import { delegateParty as partyOf, type Role, type UserActor } from './actor.ts';
import { definePolicies } from './policy.ts';
import {
  ACTIONS,
  type AmendmentFacts,
  type DraftFacts,
  type NegotiationFacts,
  type PositionFacts,
  type ProvisionFacts,
  type ResourceKind,
  type TrackFacts,
} from './resources.ts';

const isStaff = (actor: UserActor) => actor.role === 'secretariat' || actor.role === 'admin';
/** How far each role reaches: nobody hands out a role that reaches further than their own. */
const REACH: Record<Role, number> = { analyst: 1, delegate: 1, secretariat: 2, admin: 3 };
const grants = (actor: UserActor, role: Role | undefined) =>
  role !== undefined && REACH[role] <= REACH[actor.role];
const isAnalyst = (actor: UserActor) => actor.role === 'analyst';
/**
 * Public means public to every account, except drafts, provisions and tracks: a
 * delegation reads text only through a recorded circulation or track membership.
 */
const seesPublic = (actor: UserActor) => actor.role === 'delegate' || actor.role === 'analyst';

const ownParty = (actor: UserActor, party: string | undefined) =>
  party !== undefined && partyOf(actor) === party;
const atTable = (actor: UserActor, negotiation: NegotiationFacts) =>
  negotiation.parties.some((p) => ownParty(actor, p));
const onTrack = (actor: UserActor, track: TrackFacts) => track.parties.some((p) => ownParty(actor, p));

/** What the actor's party received of the draft: the full text wins over an earlier summary. */
const received = (actor: UserActor, draft: DraftFacts): 'text' | 'summary' | undefined => {
  const own = draft.circulatedTo.filter((c) => ownParty(actor, c.party));
  if (own.some((c) => !c.summaryOnly)) return 'text';
  return own.length > 0 ? 'summary' : undefined;
};
const readsDraftText = (actor: UserActor, draft: DraftFacts) =>
  (isAnalyst(actor) && draft.public) || received(actor, draft) === 'text';
const readsDraftSummary = (actor: UserActor, draft: DraftFacts) =>
  (isAnalyst(actor) && draft.public) || received(actor, draft) !== undefined;
/**
 * The scope of everything that hangs off a provision: its draft's text, and its track's
 * membership. Provisions of tracks the party is not on stay hidden even inside a draft it holds.
 */
const readsTrack = (actor: UserActor, track: TrackFacts) =>
  onTrack(actor, track) || (isAnalyst(actor) && track.public);
const readsProvision = (actor: UserActor, provision: ProvisionFacts) =>
  readsDraftText(actor, provision.draft) && (provision.track === null || readsTrack(actor, provision.track));
/**
 * A stance is seen by those who may read the provision it was taken on, and among them by
 * its own party, every party when it was shared, and every reader when it was reported.
 */
const readsPosition = (actor: UserActor, position: PositionFacts) =>
  readsProvision(actor, position.provision) &&
  (ownParty(actor, position.party) ||
    (partyOf(actor) !== undefined && position.shared) ||
    (seesPublic(actor) && position.public));

/**
 * An amendment is seen by those who may read its provision, and among them by its own
 * party, by every party once its party shared it with all, and by the parties it named.
 */
const readsAmendment = (actor: UserActor, amendment: AmendmentFacts) =>
  readsProvision(actor, amendment.provision) &&
  (ownParty(actor, amendment.party) ||
    (partyOf(actor) !== undefined && amendment.shared) ||
    (amendment.sharedWith ?? []).some((p) => ownParty(actor, p)));

/**
 * `can(actor, action, resource)`, `abilities(actor, resource)` throw nothing;
 * `authorize(actor, action, resource)` throws `not_found` (may not see) or `forbidden` (may see, not do).
 */
export const { can, authorize, abilities } = definePolicies((allow) => {
  // Secretariat and admins: everything there is to do (still no audit rewrites: no such action)...
  for (const kind of Object.keys(ACTIONS) as ResourceKind[]) {
    if (kind !== 'user' && kind !== 'signature' && kind !== 'amendment') allow(kind, ACTIONS[kind], isStaff);
  }
  // ...and an amendment's withdrawal, which is its party's word alone: the secretariat
  // records amendments for a party and settles them, but rejects rather than withdraws.
  allow('amendment', ['read', 'create', 'decide', 'share'], isStaff);
  // ...except someone else's account: a token minted for it speaks with its voice, so
  // only admins change accounts; the secretariat lists them and adds any role but admin.
  allow('user', 'read', isStaff);
  allow('user', 'create', (a, u) => isStaff(a) && grants(a, u.role));
  allow('user', ACTIONS.user, (a) => a.role === 'admin');
  // ...and a party's signature: staff see and check signatures but neither make one nor
  // set the key one is checked against (below: only the party's own delegates do).
  allow('signature', ['read', 'verify'], isStaff);

  allow('negotiation', 'read', (a, n) => atTable(a, n) || (seesPublic(a) && n.public));
  allow('party', 'read', (a, p) => atTable(a, p.negotiation) || (seesPublic(a) && p.negotiation.public));
  allow('person', 'read', (a, p) => atTable(a, p.negotiation) || (seesPublic(a) && p.public));
  // A delegation keeps its own member list.
  allow('person', ['create', 'update', 'delete'], (a, p) => ownParty(a, p.party));
  allow('track', 'read', (a, t) => onTrack(a, t) || (isAnalyst(a) && t.public));

  allow('draft', 'read', readsDraftText);
  allow('draft', 'readSummary', readsDraftSummary);
  allow('provision', 'read', readsProvision);

  // Positions hang off a provision: its draft and track scope them for every action.
  allow('position', 'read', readsPosition);
  allow(
    'position',
    ['create', 'update', 'delete'],
    (a, p) => ownParty(a, p.party) && readsProvision(a, p.provision),
  );

  // Amendments hang off a provision too; a party's own are its to propose and withdraw,
  // and another party sees one only once it is shared (never an analyst: they are not tabled).
  allow('amendment', 'read', readsAmendment);
  allow(
    'amendment',
    ['create', 'withdraw', 'share'],
    (a, m) => ownParty(a, m.party) && readsProvision(a, m.provision),
  );

  allow('event', 'read', (a, e) => e.participants.some((p) => ownParty(a, p)) || (seesPublic(a) && e.public));
  allow('source', 'read', (a, s) => seesPublic(a) && s.public);
  // An accepted claim names the stance it recorded, so it is as hidden as that stance.
  allow(
    'claim',
    'read',
    (a, c) => seesPublic(a) && c.source.public && (!c.cites || readsPosition(a, c.cites)),
  );

  // A delegation learns what it received, never who else received what.
  allow('circulation', 'read', (a, c) => ownParty(a, c.party));
  // A signed bundle carries the whole text: it is read only by who may read every provision.
  allow(
    'signature',
    ['read', 'verify'],
    (a, s) => readsDraftText(a, s.draft) && s.tracks.every((t) => readsTrack(a, t)),
  );
  // Signing needs the whole text: nobody signs what they were shown only in summary, or in
  // part. The key a party signs with is its own too: registered by its delegates, with proof.
  allow(
    'signature',
    ['create', 'registerKey'],
    (a, s) => ownParty(a, s.party) && received(a, s.draft) === 'text' && s.tracks.every((t) => onTrack(a, t)),
  );

  allow('user', ['read', 'update'], (a, u) => a.id === u.id);

  // A preference profile is its party's secret: only its own delegates (and staff) read or
  // change it, and only on a draft whose text they hold. Analysts see none. Running the
  // solver reads every party's profile, so `deal` `run`/`share` stay with staff (above).
  allow('profile', ['read', 'update'], (a, p) => ownParty(a, p.party) && readsDraftText(a, p.draft));
  // What the secretariat shared: with the parties it named, on a draft they hold.
  allow('deal', 'read', (a, d) => d.sharedWith.some((p) => ownParty(a, p)) && readsDraftText(a, d.draft));
});
