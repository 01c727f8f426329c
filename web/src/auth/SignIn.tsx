// The sign-in page: user and password, a message under the field that is missing, and one
// line for what the server refused (wrong password, too many failed attempts with the time
// to wait). The URL is untouched, so success shows the view that was asked for.
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormMessage } from '../forms/Field.tsx';
import { useSession } from '../session.tsx';

const FIELDS = ['user', 'password'] as const;

/** What to tell the person for each refusal `POST /api/session` can give. */
export function refusal(error: ApiError): FormErrors {
  if (error.status === 401) return { fields: {}, general: 'Wrong user or password.' };
  if (error.status === 429) {
    const wait = Number(error.details.retryAfter);
    return {
      fields: {},
      general: `Too many failed sign-ins${wait > 0 ? `: try again in ${wait} s` : '; wait a minute'}.`,
    };
  }
  return formErrors(error, FIELDS);
}

export function SignIn({ notice }: { notice?: string | undefined }) {
  const { signIn } = useSession();
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!user.trim()) missing.user = 'Enter your user name.';
    if (!password) missing.password = 'Enter your password.';
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing });
      return;
    }
    setBusy(true);
    setErrors({ fields: {} });
    try {
      await signIn(user.trim(), password);
    } catch (failure) {
      setPassword('');
      setErrors(failure instanceof ApiError ? refusal(failure) : { fields: {}, general: String(failure) });
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <form className="panel" aria-labelledby="sign-in-h" onSubmit={submit} noValidate>
        <p className="brand">Parley</p>
        <h1 id="sign-in-h">Sign in</h1>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <Field label="User" error={errors.fields.user}>
          <input
            name="user"
            autoComplete="username"
            // biome-ignore lint/a11y/noAutofocus: the only thing to do on this page
            autoFocus
            value={user}
            onChange={(e) => setUser(e.target.value)}
          />
        </Field>
        <Field label="Password" error={errors.fields.password}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <FormMessage text={errors.general} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
    </main>
  );
}
