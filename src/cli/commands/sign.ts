// `parley sign …`, `parley verify` and `parley draft finalize`: signing plans, keys that
// stay with their signatory, signatures, the signed bundle and its offline verification.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { draftCertificate } from '../../app/certificate.ts';
import { finalizeDraft, planSigning, signDraft, signedBundle, signingStatus } from '../../app/signing.ts';
import { registerKeyFile } from '../../app/signingKeys.ts';
import { ParleyError } from '../../core/errors.ts';
import { keyFingerprint } from '../../govern/keys.ts';
import { type SignedBundle, verifyBundle } from '../../govern/signing.ts';
import { signatoryKeys } from '../../govern/signingPlan.ts';
import { bundleKeys, parseTrustedKeys, pinKeys } from '../../govern/trustedKeys.ts';
import { CliExit } from '../exitCodes.ts';
import { type Io, inCwd } from '../io.ts';
import { list, printJson } from '../output.ts';
import { readTextFile } from '../readText.ts';
import { runCommand } from '../run.ts';

function readJson(io: Io, file: string): unknown {
  try {
    return JSON.parse(readTextFile(file, io.cwd));
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    throw new ParleyError('invalid_input', `${file} is not valid JSON: ${(error as Error).message}`, {
      file,
    });
  }
}

function readPrivateKey(io: Io, file: string, signatory: string): string {
  const key = readJson(io, file) as { privateKey?: unknown };
  if (typeof key.privateKey !== 'string') {
    throw new ParleyError(
      'invalid_input',
      `${file}: no "privateKey"; write one with \`parley sign keygen ${signatory} -o ${file}\``,
      { file },
    );
  }
  return key.privateKey;
}

function writeKeyFile(
  io: Io,
  file: string,
  key: { signatory: string; publicKey: string; privateKey: string },
) {
  writeFileSync(inCwd(io, file), `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
}

/** The full public key is printed: it is what a `--trust` file pins for `parley verify`. */
function printRegistered(io: Io, signatory: string, publicKey: string, drafts: string[], file: string) {
  io.out(`registered ${signatory}'s key with ${drafts.join(', ')}; private key in ${file}`);
  io.out(`public key  ${publicKey}`);
  io.out(`fingerprint ${keyFingerprint(publicKey)}`);
}

export function registerSign(program: Command, io: Io): void {
  const draftGroup = program.commands.find((c) => c.name() === 'draft');
  draftGroup
    ?.command('finalize <draft>')
    .description('mark a draft final (the text is unchanged): only a final text gets a signing plan')
    .action(async (id: string) => {
      const d = await runCommand(io, finalizeDraft, { draft: id }, { positional: ['draft'] });
      io.out(`${d.id} is final`);
    });

  const sign = program
    .command('sign')
    .description('signing plans and signatures')
    .argument('[draft]', 'the draft to sign (with --as and --key)')
    .option('--as <signatory>', 'the signatory signing')
    .option('--key <file>', 'the key file written by `parley sign keygen`')
    .action(async (draft: string | undefined, o: { as?: string; key?: string }) => {
      if (!draft || !o.as || !o.key) {
        throw new ParleyError(
          'invalid_input',
          'usage: parley sign DRAFT --as SIGNATORY --key key.json (or see `parley sign --help`)',
        );
      }
      const privateKey = readPrivateKey(io, o.key, o.as);
      const row = await runCommand(io, signDraft, { draft, as: o.as, privateKey }, { positional: ['draft'] });
      io.out(`${row.signatory} signed ${row.draft} (${row.draftHash.slice(0, 12)}…) at ${row.signedAt}`);
    });

  sign
    .command('plan <draft>')
    .description('who must sign a final draft, and in what order')
    .requiredOption('--signatories <ids>', 'comma-separated, e.g. ukraine,us,russia')
    .option('--order <order>', 'e.g. "ukraine and us before russia"')
    .action(async (draft: string, o: { signatories: string; order?: string }) => {
      const input = { draft, signatories: list(o.signatories), order: o.order };
      const plan = await runCommand(io, planSigning, input, { positional: ['draft'] });
      io.out(`signing plan for ${plan.draft}: ${plan.signatories.map((x) => x.id).join(', ')}`);
      io.out('next: each signatory runs `parley sign keygen SIGNATORY -o key.json` and keeps the file');
    });

  sign
    .command('keygen <signatory>')
    .description(
      "make a signatory's Ed25519 key pair: the key signs the server's challenge, its public half is registered, the private key written to -o",
    )
    .requiredOption('-o, --output <file>', 'the key file (keep it private)')
    .option('--draft <draft>', "register with this draft's plan only")
    .action(async (signatory: string, o: { output: string; draft?: string }) => {
      const keys = signatoryKeys(signatory, signatory, randomBytes(32));
      const input = { signatory, privateKey: keys.privateKey, draft: o.draft };
      const { drafts } = await runCommand(io, registerKeyFile, input, { positional: ['signatory'] });
      writeKeyFile(io, o.output, { signatory, publicKey: keys.publicKey, privateKey: keys.privateKey });
      printRegistered(io, signatory, keys.publicKey, drafts, o.output);
    });

  sign
    .command('register <signatory> <keyfile>')
    .description(
      "register the key in a key file (from `sign keygen` or the web app) by signing the server's challenge with it",
    )
    .option('--draft <draft>', "register with this draft's plan only")
    .action(async (signatory: string, keyFile: string, o: { draft?: string }) => {
      const privateKey = readPrivateKey(io, keyFile, signatory);
      const input = { signatory, privateKey, draft: o.draft };
      const { drafts, publicKey } = await runCommand(io, registerKeyFile, input, {
        positional: ['signatory'],
      });
      printRegistered(io, signatory, publicKey, drafts, keyFile);
    });

  sign
    .command('status <draft>')
    .description(
      "who has signed, who may sign now, who still needs a key, each key's fingerprint (exit 9 when the signed text no longer matches)",
    )
    .option('--json', 'print JSON')
    .action(async (draft: string, o: { json?: boolean }) => {
      const st = await runCommand(io, signingStatus, { draft }, { positional: ['draft'] });
      if (o.json) {
        printJson(io, st);
        if (st.verdict && !st.verdict.valid) throw new CliExit(9);
        return;
      }
      const done = new Map(st.signed.map((x) => [x.signatory, x.signedAt]));
      for (const sig of st.plan.signatories) {
        const state = done.has(sig.id)
          ? `signed ${done.get(sig.id)}`
          : !sig.publicKey
            ? 'needs a key'
            : st.canSignNow.includes(sig.id)
              ? 'may sign now'
              : 'waiting';
        const key = sig.fingerprint ? `key ${sig.fingerprint}` : '';
        io.out(`${sig.id.padEnd(16)} ${state.padEnd(32)} ${key}`.trimEnd());
      }
      if (!st.verdict) return;
      if (!st.verdict.valid) {
        io.out(`NOT VALID:\n${st.verdict.problems.map((p) => `  - ${p}`).join('\n')}`);
        throw new CliExit(9);
      }
      io.out(
        st.verdict.complete
          ? 'complete: every signatory has signed'
          : `valid so far; missing ${st.verdict.missing.join(', ')}`,
      );
    });

  sign
    .command('export <draft>')
    .description('write the signed bundle (plan, signatures, text) for offline verification')
    .requiredOption('-o, --output <file>', 'bundle file')
    .action(async (draft: string, o: { output: string }) => {
      const bundle = await runCommand(io, signedBundle, { draft }, { positional: ['draft'] });
      writeFileSync(inCwd(io, o.output), `${JSON.stringify(bundle, null, 2)}\n`);
      io.out(
        `wrote ${o.output}: ${bundle.signatures.length} of ${bundle.plan.signatories.length} signatures`,
      );
    });

  sign
    .command('certificate <draft>')
    .description('a certificate of the signatures, HTML or PDF (its verdict computed from the bundle)')
    .requiredOption('-o, --output <file>', 'the certificate file')
    .option('--format <format>', 'html | pdf', 'html')
    .action(async (draft: string, o: { output: string; format: string }) => {
      const input = { draft, format: o.format };
      const certificate = await runCommand(io, draftCertificate, input, { positional: ['draft'] });
      writeFileSync(inCwd(io, o.output), certificate.body);
      io.out(`wrote ${o.output}`);
    });

  program
    .command('verify <bundle>')
    .description(
      'verify a signed bundle offline (no database): signatures, order, text, and keys pinned with --trust',
    )
    .option(
      '--trust <keys>',
      'a JSON file of party id → public key (64 hex digits, as `parley sign keygen` prints it)',
    )
    .option('--json', 'print JSON')
    .action((file: string, o: { trust?: string; json?: boolean }) => {
      const data = readJson(io, file) as SignedBundle;
      if (!data || typeof data !== 'object' || !data.plan || !Array.isArray(data.signatures)) {
        throw new ParleyError(
          'invalid_input',
          `${file} is not a signed bundle: expected "plan" and "signatures" (write one with \`parley sign export\`)`,
        );
      }
      const trusted = o.trust ? parseTrustedKeys(readJson(io, o.trust), o.trust) : undefined;
      const found = verifyBundle(data);
      const verdict = trusted ? pinKeys(found, data, trusted, o.trust!) : found;
      const keys = bundleKeys(data);
      if (o.json) printJson(io, { ...verdict, pinned: Boolean(trusted), keys });
      else {
        if (verdict.valid) {
          io.out(
            verdict.complete
              ? `valid and complete: signed by ${verdict.signed.join(', ')}`
              : `valid but incomplete: signed by ${verdict.signed.join(', ') || 'no one'}; missing ${verdict.missing.join(', ')}`,
          );
        } else io.out(`NOT VALID:\n${verdict.problems.map((p) => `  - ${p}`).join('\n')}`);
        if (trusted && verdict.valid)
          io.out(`every signature is under the key ${o.trust} pins for its party`);
        if (!trusted) {
          io.out(
            'keys are NOT pinned: the bundle was checked against the keys it carries itself, so anyone who made it could have made those keys too.',
          );
          io.out(
            'Compare these fingerprints with each party out of band, or pass --trust KEYS.json (party id → public key):',
          );
          for (const k of keys) io.out(`  ${k.signatory.padEnd(16)} ${k.fingerprint}`);
        }
      }
      if (!verdict.valid) throw new CliExit(9);
    });
}
