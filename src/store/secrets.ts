// Secrets that must not live in the database they protect: the audit checkpoint seed and
// the fingerprint secret. Kept as files of 32 random bytes (hex), mode 0600, created on
// first use — under $PARLEY_HOME/keys for the embedded store, ~/.parley/keys for a server.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ParleyError } from '../core/errors.ts';

export interface Secrets {
  auditSeed: Buffer;
  fingerprintSecret: string;
}

export interface SecretOptions {
  /** The embedded home; keys go to `<home>/keys`. */
  home?: string;
  /** Set when a PostgreSQL server is used: keys come from the environment or ~/.parley/keys. */
  databaseUrl?: string;
  env: NodeJS.ProcessEnv;
}

/** Loads (or creates) the secrets. Throws `invalid_input` for a malformed seed or file. */
export function loadSecrets(options: SecretOptions): Secrets {
  const dir = options.databaseUrl
    ? path.join(options.env.HOME || os.homedir(), '.parley', 'keys')
    : path.join(options.home ?? '.parley', 'keys');
  const fromEnv = options.databaseUrl ? options.env.PARLEY_AUDIT_SEED : undefined;
  const auditSeed = fromEnv ? parseSeed(fromEnv, 'PARLEY_AUDIT_SEED') : secretFile(dir, 'audit.seed');
  const fingerprint = options.databaseUrl ? options.env.PARLEY_FINGERPRINT_SECRET : undefined;
  const fingerprintSecret = fingerprint
    ? parseSeed(fingerprint, 'PARLEY_FINGERPRINT_SECRET')
    : secretFile(dir, 'fingerprint.secret');
  return { auditSeed, fingerprintSecret: fingerprintSecret.toString('hex') };
}

function secretFile(dir: string, name: string): Buffer {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // `wx`: two processes starting at once must not each write a different seed.
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return parseSeed(readFileSync(file, 'utf8').trim(), file);
}

function parseSeed(text: string, where: string): Buffer {
  if (!/^[0-9a-fA-F]{64}$/.test(text.trim())) {
    throw new ParleyError(
      'invalid_input',
      `${where}: expected 64 hex digits (32 bytes); restore the file from a backup or remove it on a fresh home`,
      { where },
    );
  }
  return Buffer.from(text.trim(), 'hex');
}
