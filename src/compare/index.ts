// The compare engine's public surface: alignment, redlines, bracket counts and renderers.
// Pure: no I/O here; the CLI and HTTP adapters read files and print.

export { alignDrafts } from './align.ts';
export { countBrackets, countDraftBrackets } from './brackets.ts';
export type { CompareResult, CompareSummary, PairRedline, ProvisionView } from './compare.ts';
export { compareDrafts, walkLevels, walkPairs } from './compare.ts';
export { redline } from './redline.ts';
export { renderHtml } from './render/html.ts';
export { type JsonComparison, toJson, toJsonObject } from './render/json.ts';
export { renderMarkdown } from './render/markdown.ts';
export { renderText } from './render/text.ts';
export type * from './types.ts';
