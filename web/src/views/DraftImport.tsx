// Importing a draft: paste its text or pick a file (text, Markdown or JSON with numbered
// points), give it a label, date, author and parent. Parse and validation errors from the
// API appear beside the fields; on success the parser's summary and a link to read it.
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { ApiError, post } from '../api/client.ts';
import type { Draft, DraftHeader } from '../api/types.ts';
import { today } from '../components/format.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormMessage } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';
import { useApi } from '../useApi.ts';

const FIELDS = ['text', 'label', 'id', 'date', 'author', 'parents', 'state', 'format'] as const;

export function DraftImport() {
  const drafts = useApi<DraftHeader[]>('drafts', ['draft']);
  const { parties } = useRoster();
  const [form, setForm] = useState({
    label: '',
    id: '',
    date: today(),
    author: '',
    parent: '',
    state: 'working',
    format: '',
  });
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ draft: Draft; summary: string }>();
  const change = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setFileName(file.name);
    if (!form.label) setForm({ ...form, label: file.name.replace(/\.[^.]+$/, '') });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({ fields: {} });
    try {
      const result = await post<{ draft: Draft; summary: string }>('drafts', {
        text,
        label: form.label,
        date: form.date,
        state: form.state,
        parents: form.parent ? [form.parent] : [],
        ...(form.id.trim() ? { id: form.id.trim() } : {}),
        ...(form.author ? { author: form.author } : {}),
        ...(form.format ? { format: form.format } : {}),
        ...(fileName ? { fileName } : {}),
      });
      setDone(result);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'parse_error') {
        setErrors({ fields: { text: failure.message } });
      } else if (failure instanceof ApiError && failure.code === 'duplicate' && !form.id.trim()) {
        // The id was derived from the label, so the label is what to change.
        setErrors({ fields: { label: failure.message } });
      } else {
        setErrors(
          failure instanceof ApiError
            ? formErrors(failure, FIELDS)
            : { fields: {}, general: String(failure) },
        );
      }
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="success" role="status">
        <h1>Imported “{done.draft.label}”</h1>
        <p>
          {done.draft.provisions.length} provisions.{' '}
          <a href={href('drafts', done.draft.id)}>Read the draft</a>
          {done.draft.parents[0] ? (
            <>
              {' · '}
              <a href={href('compare', { from: done.draft.parents[0], to: done.draft.id })}>
                compare with its parent
              </a>
            </>
          ) : null}
        </p>
        <pre>{done.summary}</pre>
      </div>
    );
  }
  return (
    <div>
      <header className="page-header">
        <h1>Import a draft</h1>
        <p className="lede">
          Numbered points like “1.”, “Article 2”, “(a)” or Markdown headings; or a JSON outline.
        </p>
      </header>
      <form className="panel" onSubmit={submit} aria-label="Import a draft" noValidate>
        <div className="form-grid">
          <Field label="Label" hint="e.g. Geneva revision" error={errors.fields.label}>
            <input value={form.label} onChange={change('label')} />
          </Field>
          <Field label="Id (optional)" hint="derived from the label when empty" error={errors.fields.id}>
            <input value={form.id} onChange={change('id')} autoComplete="off" />
          </Field>
          <Field label="Date" error={errors.fields.date}>
            <input type="date" value={form.date} onChange={change('date')} />
          </Field>
          <Field label="Author" error={errors.fields.author}>
            <select value={form.author} onChange={change('author')}>
              <option value="">(none)</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Revises" hint="the parent draft, so stances carry over" error={errors.fields.parents}>
            <select value={form.parent} onChange={change('parent')}>
              <option value="">(a first draft)</option>
              {(drafts.data ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="State" error={errors.fields.state}>
            <select value={form.state} onChange={change('state')}>
              <option>working</option>
              <option>circulated</option>
              <option>final</option>
            </select>
          </Field>
          <Field label="Format" error={errors.fields.format}>
            <select value={form.format} onChange={change('format')}>
              <option value="">detect</option>
              <option value="text">plain text</option>
              <option value="markdown">Markdown</option>
              <option value="json">JSON</option>
            </select>
          </Field>
          <Field label="File" hint={fileName ? `loaded ${fileName}` : 'or paste the text below'}>
            <input
              type="file"
              accept=".txt,.md,.markdown,.json,text/plain,text/markdown,application/json"
              onChange={pickFile}
            />
          </Field>
        </div>
        <Field label="Text" error={errors.fields.text}>
          <textarea
            rows={14}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(undefined);
            }}
            spellCheck={false}
          />
        </Field>
        <FormMessage text={errors.general} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import draft'}
          </button>
          <a className="button" href={href('drafts')}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
