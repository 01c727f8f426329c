// Ingest documents: pick files (sent as base64, so mojibake and odd encodings arrive as
// they are) or paste text. Each document's outcome is listed; a refused one says why.
import { type FormEvent, useState } from 'react';
import { evidence, type Ingested } from '../../../src/contract/evidence.ts';
import { call } from '../api/call.ts';
import { ApiError } from '../api/client.ts';
import { href } from '../router.ts';
import { Field, FormActions } from './Field.tsx';

interface Outcome {
  fileName: string;
  result: Ingested | { error: string };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * One document; several are sent one after another, each outcome kept (a refused one with
 * its reason), so the typed client is called here rather than through one form hook.
 */
async function ingest(fileName: string, content: string, encoding: 'utf8' | 'base64'): Promise<Outcome> {
  try {
    return { fileName, result: await call(evidence.ingest, { fileName, content, encoding }) };
  } catch (failure) {
    return { fileName, result: { error: failure instanceof ApiError ? failure.message : String(failure) } };
  }
}

export function IngestForm() {
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('pasted.txt');
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [message, setMessage] = useState<string>();
  // A file input cannot be cleared through React state; a new key gives a fresh one.
  const [picker, setPicker] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0 && !text.trim()) {
      setMessage('Pick a file or paste the text of an article, readout or statement.');
      return;
    }
    setBusy(true);
    setMessage(undefined);
    const done: Outcome[] = [];
    for (const file of files) {
      done.push(await ingest(file.name, toBase64(new Uint8Array(await file.arrayBuffer())), 'base64'));
    }
    if (text.trim()) done.push(await ingest(fileName.trim() || 'pasted.txt', text, 'utf8'));
    setOutcomes(done);
    if (done.every((o) => !('error' in o.result))) {
      setFiles([]);
      setText('');
      setPicker(picker + 1);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} aria-label="Ingest documents" noValidate>
      <div className="form-grid">
        <Field label="Files" hint=".txt, .md (front matter read) or .html">
          <input
            key={picker}
            type="file"
            multiple
            accept=".txt,.md,.markdown,.html,.htm,text/*"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </Field>
        <Field label="File name for pasted text">
          <input value={fileName} onChange={(e) => setFileName(e.target.value)} />
        </Field>
      </div>
      <Field label="Or paste the text">
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <FormActions message={message} label="Ingest" busyLabel="Ingesting…" busy={busy} />
      {outcomes.length ? (
        <ul className="plain ingest-outcomes" aria-live="polite">
          {outcomes.map((o) => (
            <li key={o.fileName}>
              <OutcomeLine outcome={o} />
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

function OutcomeLine({ outcome: { fileName, result } }: { outcome: Outcome }) {
  if ('error' in result)
    return (
      <span className="field-error">
        Skipped {fileName}: {result.error}
      </span>
    );
  const { outcome } = result;
  const source = <a href={href('sources', outcome.source)}>{outcome.source}</a>;
  if (outcome.status === 'duplicate')
    return (
      <span>
        {fileName} was already ingested as {source}.
      </span>
    );
  const c = outcome.claims;
  return (
    <span>
      Added {fileName} as {source}: {c.quote} quotes, {c.event} events, {c.position} positions, {c.mention}{' '}
      mentions.
      {result.copies.length
        ? ` Copies found: ${result.copies.map((l) => `${l.a} ≈ ${l.b}`).join(', ')}.`
        : ''}
    </span>
  );
}
