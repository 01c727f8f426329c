// The evidence engine's public surface: what the store, CLI and API may import.

export { canonicalUrl } from './canonicalUrl.ts';
export { cleanDocument } from './clean.ts';
export {
  type Contradiction,
  type ContradictionKind,
  type ContradictionSide,
  findContradictions,
} from './contradictions.ts';
export { decodeDocument, MAX_DOCUMENT_BYTES } from './decode.ts';
export { type DuplicateDoc, type DuplicateLink, findNearDuplicates, minhash } from './duplicates.ts';
export { extractClaims } from './extract.ts';
export { type Disagreement, linkSources, type SourceLink, type SourceLinks } from './link.ts';
export { repairMojibake } from './mojibake.ts';
export type { LinkDocument } from './passages.ts';
export { contentHash, processDocument } from './process.ts';
export type * from './types.ts';
