// A labelled form field with its validation message wired up for assistive technology
// (`aria-invalid`, `aria-describedby`): the one way every form shows a field.
import { cloneElement, type ReactElement, useId } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** The input, select or textarea; gets the id and aria attributes. */
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message: what the API said that no single field owns. */
export function FormMessage({ text }: { text?: string | undefined }) {
  if (!text) return null;
  return (
    <p className="form-error" role="alert">
      {text}
    </p>
  );
}

interface FormActionsProps {
  /** The form-level message (`FormErrors.general`). */
  message?: string | undefined;
  label: string;
  /** Shown on the button while the form is being sent. */
  busyLabel: string;
  busy: boolean;
  /** Held back for another reason than sending (nothing to send yet, a conflict to resolve). */
  disabled?: boolean;
  onCancel?: () => void;
}

/** A form's last lines, alike everywhere: its message, the submit button, and Cancel when it has one. */
export function FormActions({ message, label, busyLabel, busy, disabled, onCancel }: FormActionsProps) {
  return (
    <>
      <FormMessage text={message} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || disabled}>
          {busy ? busyLabel : label}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </>
  );
}
