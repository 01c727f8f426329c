// The evidence span of a claim highlighted within the sentences around it, so a reviewer
// judges the claim by what the source says, not by the extractor's excerpt.
// The source is read once per page through the shared query cache, however many claims cite it.
import { evidence } from '../../../src/contract/evidence.ts';
import { useRead } from '../api/queries.ts';
import { contextAround } from './evidence.ts';

export function EvidenceSpan({ source, span }: { source: string; span: readonly [number, number] }) {
  const loaded = useRead(evidence.source, { source });
  if (!loaded.data && !loaded.error) return <p className="muted small">Loading the source text…</p>;
  const text = loaded.data?.id === source ? (loaded.data.cleanText ?? loaded.data.rawText) : undefined;
  if (!text) return <p className="muted small">The source text is not available.</p>;
  const { before, match, after } = contextAround(text, span);
  return (
    <blockquote className="evidence">
      {before}
      <mark>{match}</mark>
      {after}
    </blockquote>
  );
}
