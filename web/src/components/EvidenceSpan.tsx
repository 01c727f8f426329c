// The evidence span of a claim highlighted within the sentences around it, so a reviewer
// judges the claim by what the source says, not by the extractor's excerpt.
import { useEffect, useState } from 'react';
import type { Source } from '../../../src/contract/roster.ts';
import { contextAround, fetchSource } from './evidence.ts';

export function EvidenceSpan({ source, span }: { source: string; span: readonly [number, number] }) {
  const [loaded, setLoaded] = useState<Source | 'failed'>();
  useEffect(() => {
    let current = true;
    fetchSource(source).then(
      (s) => current && setLoaded(s),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, [source]);
  if (loaded === undefined) return <p className="muted small">Loading the source text…</p>;
  const text = loaded === 'failed' ? undefined : (loaded.cleanText ?? loaded.rawText);
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
