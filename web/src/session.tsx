// Who is using the app and what they may do: asked of `GET /api/session` on load (the
// contract's `session.show`). Open mode (a home without accounts) answers the owner and the
// app works as it always did; otherwise the app shows the sign-in page until someone signs
// in, and again whenever the API answers 401.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { accounts } from '../../src/contract/accounts.ts';
import { type SessionInfo, session } from '../../src/contract/session.ts';
import { call } from './api/call.ts';
import { ApiError, onSignedOut, setCsrfToken } from './api/client.ts';

/** The signed-in user, with the display name from `GET /api/users` when it has one. */
export interface Who extends SessionInfo {
  name: string;
}

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice?: string }
  | { status: 'unreachable'; error: ApiError }
  | { status: 'signed-in'; who: Who };

interface Session {
  state: SessionState;
  /** Takes the answer of a sign-in (`session.signIn`) as the signed-in user. */
  signedIn(info: SessionInfo): Promise<void>;
  signOut(): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

async function describe(info: SessionInfo): Promise<Who> {
  setCsrfToken(info.csrf);
  if (info.role === 'owner') return { ...info, name: 'Owner' };
  // The name is a courtesy: an account always sees itself, but the header can live without it.
  const users = await call(accounts.list, {}).catch(() => []);
  return { ...info, name: users.find((u) => u.id === info.user)?.name ?? info.user };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const check = useCallback(() => {
    setState({ status: 'checking' });
    call(session.show, {}).then(
      async (info) => setState({ status: 'signed-in', who: await describe(info) }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signed-out' });
        else setState({ status: 'unreachable', error: asApiError(error) });
      },
    );
  }, []);

  useEffect(check, [check]);

  // Any 401 from the API (an expired or revoked session) brings the sign-in page back; the
  // URL is left alone, so signing in again returns to the view the user wanted.
  useEffect(
    () =>
      onSignedOut(() => {
        setCsrfToken(undefined);
        setState((current) =>
          current.status === 'signed-in'
            ? { status: 'signed-out', notice: 'Your session has ended. Sign in again to continue.' }
            : current.status === 'checking'
              ? current
              : { status: 'signed-out' },
        );
      }),
    [],
  );

  const value = useMemo<Session>(
    () => ({
      state,
      async signedIn(info) {
        setState({ status: 'signed-in', who: await describe(info) });
      },
      async signOut() {
        try {
          await call(session.signOut, {});
        } finally {
          setCsrfToken(undefined);
          // The next person to sign in starts from the dashboard, not from our last view.
          window.history.replaceState(null, '', '#/');
          setState({ status: 'signed-out', notice: 'You have signed out.' });
        }
      },
      retry: check,
    }),
    [state, check],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'error', String(error));
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The signed-in user; only views rendered after sign-in may ask. */
export function useWho(): Who {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useWho is for views shown after sign-in');
  return state.who;
}
