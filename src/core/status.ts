// The shapes of "where the negotiation stands", shared by the app layer that computes
// them, the HTTP API that returns them and the web app that draws them.
import type { Progress, ProvisionConsensus } from './consensus.ts';

export interface StatusRow extends ProvisionConsensus {
  path: string;
  number: string;
  parent?: string;
  /** The heading, or the start of the text. */
  title: string;
  track?: string;
  topics: string[];
  /** Parties whose latest stance was given on an earlier draft's wording. */
  carriedOver: string[];
}

export interface Status {
  negotiation?: string;
  draft: { id: string; label: string; date: string };
  asOf?: string;
  parties: { id: string; name: string; role: string }[];
  rows: StatusRow[];
  progress: Progress;
}

/** The consensus count of a draft on one date. */
export interface ProgressPoint {
  date: string;
  total: number;
  agreed: number;
  contested: number;
  blocked: number;
  open: number;
}
