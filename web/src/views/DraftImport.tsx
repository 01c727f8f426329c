// Importing a draft: paste its text or pick a file (text, Markdown or JSON with numbered
// points), give it a label, date, author and parent. Parse and validation errors from the
// API appear beside the fields; on success the parser's summary and a link to read it.
import { type FormEvent, useState } from 'react';
import { drafts as draftCases, type ImportedDraft } from '../../../src/contract/drafts.ts';
import type { ApiError } from '../api/client.ts';
import { useRead, useWrite } from '../api/queries.ts';
import { today } from '../components/format.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { FormMessage } from '../forms/Field.tsx';
import { href } from '../router.ts';
import { DraftImportFields, type ImportForm } from './DraftImportFields.tsx';

const FIELDS = ['text', 'label', 'id', 'date', 'author', 'parents', 'state', 'format'] as const;

/** The parser's complaint belongs beside the text; the rest where the API's details put it. */
function errorsOf(error: ApiError | undefined): FormErrors {
  if (!error) return { fields: {} };
  if (error.code === 'parse_error') return { fields: { text: error.message } };
  return formErrors(error, FIELDS);
}

export function DraftImport() {
  const drafts = useRead(draftCases.list, {});
  const importing = useWrite(draftCases.import);
  const [form, setForm] = useState<ImportForm>({
    label: '',
    id: '',
    date: today(),
    author: '',
    parent: '',
    state: 'working',
    format: '',
    text: '',
    fileName: undefined,
  });
  const [done, setDone] = useState<ImportedDraft>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const id = form.id.trim();
    const imported = await importing.submit({
      text: form.text,
      label: form.label,
      date: form.date,
      state: form.state,
      parents: form.parent ? [form.parent] : [],
      ...(id ? { id } : {}),
      ...(form.author ? { author: form.author } : {}),
      ...(form.format ? { format: form.format } : {}),
      ...(form.fileName ? { fileName: form.fileName } : {}),
    });
    if (imported) setDone(imported);
  }

  if (done) return <Imported result={done} />;
  const errors = errorsOf(importing.error);
  return (
    <div>
      <header className="page-header">
        <h1>Import a draft</h1>
        <p className="lede">
          Numbered points like “1.”, “Article 2”, “(a)” or Markdown headings; or a JSON outline.
        </p>
      </header>
      <form className="panel" onSubmit={submit} aria-label="Import a draft" noValidate>
        <DraftImportFields
          form={form}
          onChange={(change) => setForm((current) => ({ ...current, ...change }))}
          drafts={drafts.data ?? []}
          errors={errors}
        />
        <FormMessage text={errors.general} />
        <div className="actions">
          <button type="submit" className="primary" disabled={importing.busy}>
            {importing.busy ? 'Importing…' : 'Import draft'}
          </button>
          <a className="button" href={href('drafts')}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}

/** What the import stored: how many provisions, links to read and compare, the parser's summary. */
function Imported({ result: { draft, summary } }: { result: ImportedDraft }) {
  return (
    <div className="success" role="status">
      <h1>Imported “{draft.label}”</h1>
      <p>
        {draft.provisions.length} provisions. <a href={href('drafts', draft.id)}>Read the draft</a>
        {draft.parents[0] ? (
          <>
            {' · '}
            <a href={href('compare', { from: draft.parents[0], to: draft.id })}>compare with its parent</a>
          </>
        ) : null}
      </p>
      <pre>{summary}</pre>
    </div>
  );
}
