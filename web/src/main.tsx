// Entry point: the session first; once someone is signed in (or the home is open), the app
// with its live channel and roster, remounted per user so both reconnect after sign-in.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createQueryClient, useLiveInvalidation } from './api/queries.ts';
import { SignIn } from './auth/SignIn.tsx';
import { ErrorNote, Loading } from './components/Status.tsx';
import { LiveProvider } from './live.tsx';
import { RosterProvider } from './roster.tsx';
import { SessionProvider, useSession } from './session.tsx';
import './styles.css';

function Gate() {
  const { state, retry } = useSession();
  switch (state.status) {
    case 'checking':
      return (
        <main id="main">
          <Loading what="Parley" />
        </main>
      );
    case 'unreachable':
      return (
        <main id="main">
          <ErrorNote error={state.error} />
          <button type="button" onClick={retry}>
            Try again
          </button>
        </main>
      );
    case 'signed-out':
      return <SignIn notice={state.notice} />;
    case 'signed-in':
      return (
        <LiveProvider key={state.who.user}>
          <SignedIn />
        </LiveProvider>
      );
  }
}

/** One query cache per signed-in user: nobody's answers outlive their session. */
function SignedIn() {
  const [queries] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queries}>
      <Invalidation />
      <RosterProvider>
        <App />
      </RosterProvider>
    </QueryClientProvider>
  );
}

function Invalidation() {
  useLiveInvalidation();
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <Gate />
    </SessionProvider>
  </StrictMode>,
);
