// The governance shapes the API returns (circulation, tracing, signing), as the web app
// reads them. Written out here because their server types live beside node-only code.

/** `GET /api/circulations`: one party's receipt of one draft (or of its summary). */
export interface Circulation {
  id: string;
  draft: string;
  party: string;
  summaryOnly: boolean;
  summary?: string;
  at: string;
  by: string;
  fingerprint: string;
}

/** `POST /api/drafts/:id/circulations` */
export interface Circulated {
  circulation: Circulation;
  copyUrl: string;
}

export const COPY_FORMATS = ['text', 'md', 'html', 'pdf'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

export interface TraceCandidate {
  recipient: string;
  agree: number;
  observed: number;
  posterior: number;
}

/** `POST /api/trace`: a named recipient, or why nobody can be named. */
export type TraceReport = (
  | { verdict: 'match'; recipient: string; confidence: number; observed: number }
  | { verdict: 'inconclusive'; reason: string }
) & { candidates: TraceCandidate[]; draft?: string; summaryOnly?: boolean };

export interface Signatory {
  id: string;
  name: string;
  publicKey?: string;
  /** The key's fingerprint, to compare with the party out of band. */
  fingerprint?: string;
}

export interface SigningVerdict {
  valid: boolean;
  complete: boolean;
  signed: string[];
  missing: string[];
  problems: string[];
}

/** `GET /api/drafts/:id/signing` */
export interface SigningStatus {
  draft: string;
  plan: { draft: string; draftHash: string; signatories: Signatory[]; before: [string, string][] };
  signed: { signatory: string; signedAt: string }[];
  canSignNow: string[];
  waitingForKeys: string[];
  verdict?: SigningVerdict;
}

/** `POST /api/drafts/:id/signing/keys/:signatory/challenge`: what a key signs to prove it is held. */
export interface KeyChallenge {
  id: string;
  /** Base64 of the exact bytes to sign. */
  message: string;
  expiresAt: string;
}

/** `GET /api/drafts/:id/signing/payload?as=` : what the signatory's key signs. */
export interface SigningPayload {
  /** Base64 of the exact bytes to sign. */
  message: string;
  signedAt: string;
  draftHash: string;
  planHash: string;
}
