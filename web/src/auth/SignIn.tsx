// The sign-in page: user and password, a message under the field that is missing, and one
// line for what the server refused (wrong password, too many failed attempts with the time
// to wait). The URL is untouched, so success shows the view that was asked for.
import { QueryClientProvider } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { session } from '../../../src/contract/session.ts';
import type { ApiError } from '../api/client.ts';
import { createQueryClient, useWrite } from '../api/queries.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormActions } from '../forms/Field.tsx';
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

/** The sign-in page; it has a query client of its own, as nobody's cache exists yet. */
export function SignIn({ notice }: { notice?: string | undefined }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <SignInForm notice={notice} />
    </QueryClientProvider>
  );
}

function SignInForm({ notice }: { notice?: string | undefined }) {
  const { signedIn } = useSession();
  const signIn = useWrite(session.signIn);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const errors: FormErrors =
    Object.keys(missing).length > 0
      ? { fields: missing }
      : signIn.error
        ? refusal(signIn.error)
        : { fields: {} };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent: Record<string, string> = {};
    if (!user.trim()) absent.user = 'Enter your user name.';
    if (!password) absent.password = 'Enter your password.';
    setMissing(absent);
    if (Object.keys(absent).length > 0) {
      signIn.reset();
      return;
    }
    const info = await signIn.submit({ user: user.trim(), password });
    if (info) await signedIn(info);
    else setPassword('');
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
        <FormActions message={errors.general} label="Sign in" busyLabel="Signing in…" busy={signIn.busy} />
      </form>
    </main>
  );
}
