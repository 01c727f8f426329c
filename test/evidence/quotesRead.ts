// What a reader's test compares: each quote a document yields, as [its speaker's roster id or
// name, its first words], the document read with the test roster as received on 1 April 2031.
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

export const quotesRead = (text: string, fileName: string, words: number) =>
  processDocument(new TextEncoder().encode(text), fileName, { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words.slice(0, words)]);

/** The quotes of one sentence set as the body of a short wire story, by their first 30 words. */
export const quotedInWire = (sentence: string) =>
  quotesRead(
    `Talks resume in Fjellby\n\nFJELLBY, March 4 (Wire) - The talks resumed on Tuesday.\n\n${sentence}`,
    'wire.txt',
    30,
  );

/** The quotes of a body set in a wire story whose lede names Ingrid Solberg (a pronoun or a description
 * may look back to her), by their first 24 words. */
export const quotedAfterWireLede = (body: string) =>
  quotesRead(
    `Talks resume in Fjellby\n\nFJELLBY, March 4 (Wire) - The talks resumed on Tuesday.\n\nIngrid Solberg met both delegations on Monday.\n\n${body}`,
    'wire.txt',
    24,
  );
