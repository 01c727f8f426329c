// The contradictions between sources, passage against passage, side by side: the engine
// links the sources the actor may read sentence by sentence, with their claims; each side
// names the stored claim it came from, so a reviewer can go and review it.
import { type ContradictionSide, evidence } from '../contract/evidence.ts';
import type { Claim } from '../core/model.ts';
import type {
  EventData as EngineEvent,
  PositionData as EnginePosition,
  ContradictionSide as EngineSide,
  LinkDocument,
  SuggestedClaim,
} from '../evidence/index.ts';
import { selectClaims } from '../store/repo/claims.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { selectSources } from '../store/repo/sources.ts';
import { visible } from './access.ts';
import { visibleClaims } from './claims.ts';
import { evidenceEngine } from './evidenceEngine.ts';
import { sourceFacts } from './facts.ts';
import { implement } from './useCase.ts';

/**
 * Passages of different sources the actor may read that cannot both be true, both sides
 * shown, with the claims (suggested or accepted) the actor may read; rejected claims are
 * left out, so a rejected quote no longer speaks. Throws nothing.
 */
export const listContradictions = implement(evidence.contradictions, async (ctx) => {
  const sources = (await visible(ctx, await selectSources(ctx.q), (x) => sourceFacts(x.id))).filter(
    (x) => x.cleanText !== undefined,
  );
  const readable = new Set(sources.map((x) => x.id));
  const claims = (await visibleClaims(ctx, await selectClaims(ctx.q))).filter(
    (c) => c.status !== 'rejected' && readable.has(c.source),
  );
  // The engine hands back the very claim objects it was given: the way back to stored ids.
  const stored = new Map<SuggestedClaim, Claim>();
  const docs: LinkDocument[] = sources.map((x) => ({
    source: x.id,
    cleanText: x.cleanText ?? '',
    published: x.date,
    claims: claims
      .filter((c) => c.source === x.id)
      .map((c) => {
        const suggested = toSuggested(c);
        stored.set(suggested, c);
        return suggested;
      }),
  }));
  const roster = { parties: await selectParties(ctx.q), people: await selectPeople(ctx.q) };
  const { findContradictions } = await evidenceEngine();
  const side = (x: EngineSide): ContradictionSide => {
    const claim = x.claim ? stored.get(x.claim)?.id : undefined;
    const speaker = x.speaker
      ? {
          name: x.speaker.name,
          ...(x.speaker.personId ? { personId: x.speaker.personId } : {}),
          ...(x.speaker.partyId ? { partyId: x.speaker.partyId } : {}),
        }
      : undefined;
    return {
      source: x.source,
      span: [x.span[0], x.span[1]],
      text: x.text,
      ...(speaker ? { speaker } : {}),
      ...(claim ? { claim } : {}),
    };
  };
  const texts = new Map(sources.map((x) => [x.id, x.cleanText ?? '']));
  // A passage is shown in its paragraph: where that paragraph starts, as its identity.
  const paragraphOf = (p: ContradictionSide) =>
    `${p.source} ${(texts.get(p.source) ?? '').lastIndexOf('\n\n', p.span[0])}`;
  return findContradictions(docs, roster).map((c) => {
    const [a, b] = [side(c.a), side(c.b)];
    const alsoA = others(a, (c.alsoA ?? []).map(side), paragraphOf);
    const alsoB = others(b, (c.alsoB ?? []).map(side), paragraphOf);
    return {
      kind: c.kind,
      reason: c.reason,
      a,
      b,
      ...(alsoA.length ? { alsoA } : {}),
      ...(alsoB.length ? { alsoB } : {}),
    };
  });
});

/**
 * The other passages of a side that a reader has not seen yet. Each is shown in its paragraph,
 * and the engine may give a quotation and the clause naming its speaker ("…," said X) as two
 * passages: a reader shown one has read the other.
 */
function others(
  shown: ContradictionSide,
  also: ContradictionSide[],
  paragraphOf: (p: ContradictionSide) => string,
): ContradictionSide[] {
  const seen = new Set([paragraphOf(shown)]);
  return also.filter((p) => {
    const at = paragraphOf(p);
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  });
}

/**
 * A stored claim as the engine's claim (the shape ingest stored it from): a quote's speaker
 * goes back beside its data. A reviewer may have set an event kind or a stance outside the
 * engine's vocabulary (`leak`, `reservations`): the engine compares those by equality only,
 * so they are passed as they are.
 */
function toSuggested(c: Claim): SuggestedClaim {
  const { text, span } = c;
  switch (c.kind) {
    case 'quote': {
      const { speaker, ...data } = c.data;
      return { kind: 'quote', text, span, ...(speaker ? { speaker } : {}), data };
    }
    case 'event': {
      const { eventKind, title: _title, ...data } = c.data;
      return {
        kind: 'event',
        text,
        span,
        data: { ...data, eventKind: eventKind as EngineEvent['eventKind'] },
      };
    }
    case 'mention':
      return { kind: 'mention', text, span, data: c.data };
    case 'position': {
      const { stance, draft: _draft, provision: _provision, ...data } = c.data;
      return { kind: 'position', text, span, data: { ...data, stance: stance as EnginePosition['stance'] } };
    }
  }
}
