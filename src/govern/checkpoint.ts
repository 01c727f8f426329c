// Ed25519-signed checkpoints of the audit log (tree size, root, time): embedded in
// receipts and exports so that every party can later witness that the log only grew.
import { canonicalJson } from './canonicalJson.ts';
import { signBytes, verifyBytes } from './keys.ts';

export interface Checkpoint {
  /** Number of entries covered. */
  size: number;
  /** RFC 6962 root over those entries, hex. */
  root: string;
  /** ISO 8601 instant the checkpoint was made (from the caller's clock). */
  time: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Ed25519 signature over the checkpoint's canonical JSON, hex. */
  signature: string;
}

/** The exact bytes a checkpoint signature covers; versioned so the meaning cannot drift. */
export function checkpointBytes(checkpoint: Checkpoint): Buffer {
  const { size, root, time } = checkpoint;
  return Buffer.from(canonicalJson({ type: 'parley-checkpoint/v1', size, root, time }), 'utf8');
}

/** Signs a checkpoint. Throws `invalid_input` for a malformed private key. */
export function signCheckpoint(checkpoint: Checkpoint, privateKey: string): SignedCheckpoint {
  const { size, root, time } = checkpoint;
  return { size, root, time, signature: signBytes(privateKey, checkpointBytes(checkpoint)) };
}

/** True when the checkpoint was signed by `publicKey`. Throws nothing. */
export function verifyCheckpoint(checkpoint: SignedCheckpoint, publicKey: string): boolean {
  return verifyBytes(publicKey, checkpointBytes(checkpoint), checkpoint.signature);
}
