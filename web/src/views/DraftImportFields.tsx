// The fields of the draft import form: label, id, date, author, parent, state, format, a
// file or the pasted text, each with the message the API gave for it.
import type { ChangeEvent } from 'react';
import type { DraftHeader } from '../../../src/contract/drafts.ts';
import { Options } from '../components/Options.tsx';
import type { FormErrors } from '../forms/errors.ts';
import { Field } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';

export interface ImportForm {
  label: string;
  id: string;
  date: string;
  author: string;
  parent: string;
  state: 'working' | 'circulated' | 'final';
  format: '' | 'text' | 'markdown' | 'json';
  text: string;
  fileName: string | undefined;
}

interface Props {
  form: ImportForm;
  onChange(change: Partial<ImportForm>): void;
  drafts: readonly DraftHeader[];
  errors: FormErrors;
}

export function DraftImportFields({ form, onChange, drafts, errors }: Props) {
  const { parties } = useRoster();
  const change = (key: 'label' | 'id' | 'date' | 'author' | 'parent') => (e: { target: { value: string } }) =>
    onChange({ [key]: e.target.value });

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    onChange({
      text,
      fileName: file.name,
      ...(form.label ? {} : { label: file.name.replace(/\.[^.]+$/, '') }),
    });
  }

  return (
    <>
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
            <Options items={parties} label={(p) => p.name} />
          </select>
        </Field>
        <Field label="Revises" hint="the parent draft, so stances carry over" error={errors.fields.parents}>
          <select value={form.parent} onChange={change('parent')}>
            <option value="">(a first draft)</option>
            <Options items={drafts} label={(d) => d.label} />
          </select>
        </Field>
        <Field label="State" error={errors.fields.state}>
          <select
            value={form.state}
            onChange={(e) => onChange({ state: e.target.value as ImportForm['state'] })}
          >
            <option>working</option>
            <option>circulated</option>
            <option>final</option>
          </select>
        </Field>
        <Field label="Format" error={errors.fields.format}>
          <select
            value={form.format}
            onChange={(e) => onChange({ format: e.target.value as ImportForm['format'] })}
          >
            <option value="">detect</option>
            <option value="text">plain text</option>
            <option value="markdown">Markdown</option>
            <option value="json">JSON</option>
          </select>
        </Field>
        <Field label="File" hint={form.fileName ? `loaded ${form.fileName}` : 'or paste the text below'}>
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
          value={form.text}
          onChange={(e) => onChange({ text: e.target.value, fileName: undefined })}
          spellCheck={false}
        />
      </Field>
    </>
  );
}
