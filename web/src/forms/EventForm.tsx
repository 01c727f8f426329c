// Adding an event: kind, title, date, place, status, participants and sources. The API
// validates; its messages appear beside the fields they concern.

import { type FormEvent, useState } from 'react';
import { type Event, roster } from '../../../src/contract/roster.ts';
import { EventKind, EventStatus } from '../../../src/core/model.ts';
import { useWrite } from '../api/queries.ts';
import { today } from '../components/format.ts';
import { Options } from '../components/Options.tsx';
import { useRoster } from '../roster.tsx';
import { formErrors } from './errors.ts';
import { Field, FormActions } from './Field.tsx';

// The choices are the record's own: the same enums the API checks against.
const KINDS = EventKind.options;
const STATUSES = EventStatus.options;
const FIELDS = ['id', 'kind', 'title', 'date', 'place', 'status', 'participants', 'sources', 'note'] as const;

const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

export function EventForm({ onDone }: { onDone(saved?: Event): void }) {
  const { parties, people, sources } = useRoster();
  const [form, setForm] = useState({
    id: '',
    kind: 'meeting',
    title: '',
    date: today(),
    place: '',
    status: 'held',
    note: '',
  });
  const [participants, setParticipants] = useState<string[]>([]);
  const [eventSources, setEventSources] = useState<string[]>([]);
  const add = useWrite(roster.addEvent);
  const errors = add.error ? formErrors(add.error, FIELDS) : { fields: {} as Record<string, string> };
  const change = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await add.submit({
      id: form.id.trim(),
      // The selects offer only kinds and statuses the contract knows.
      kind: form.kind as Event['kind'],
      title: form.title,
      date: form.date,
      status: form.status as Event['status'],
      participants,
      sources: eventSources,
      ...(form.place.trim() ? { place: form.place.trim() } : {}),
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
    });
    if (saved) onDone(saved);
  }

  return (
    <form onSubmit={submit} aria-label="New event" noValidate>
      <div className="form-grid">
        <Field label="Id" hint="short and lowercase, e.g. round-3" error={errors.fields.id}>
          <input value={form.id} onChange={change('id')} autoComplete="off" />
        </Field>
        <Field label="Title" error={errors.fields.title}>
          <input value={form.title} onChange={change('title')} />
        </Field>
        <Field label="Kind" error={errors.fields.kind}>
          <select value={form.kind} onChange={change('kind')}>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </Field>
        <Field label="Status" error={errors.fields.status}>
          <select value={form.status} onChange={change('status')}>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
        <Field label="Date" error={errors.fields.date}>
          <input type="date" value={form.date} onChange={change('date')} />
        </Field>
        <Field label="Place" error={errors.fields.place}>
          <input value={form.place} onChange={change('place')} />
        </Field>
      </div>
      <div className="form-grid">
        <Field label="Participants" hint="Ctrl/Cmd-click to pick several" error={errors.fields.participants}>
          <select
            multiple
            size={6}
            value={participants}
            onChange={(e) => setParticipants(selected(e.target))}
          >
            <optgroup label="Parties">
              <Options items={parties} label={(p) => p.name} />
            </optgroup>
            <optgroup label="People">
              <Options items={people} label={(p) => p.name} />
            </optgroup>
          </select>
        </Field>
        <Field label="Sources" hint="Ctrl/Cmd-click to pick several" error={errors.fields.sources}>
          <select
            multiple
            size={6}
            value={eventSources}
            onChange={(e) => setEventSources(selected(e.target))}
          >
            <Options items={sources} label={(s) => `${s.outlet}: ${s.title}`} />
          </select>
        </Field>
      </div>
      <Field label="Note" error={errors.fields.note}>
        <textarea rows={2} value={form.note} onChange={change('note')} />
      </Field>
      <FormActions
        message={errors.general}
        label="Add event"
        busyLabel="Saving…"
        busy={add.busy}
        onCancel={() => onDone()}
      />
    </form>
  );
}
