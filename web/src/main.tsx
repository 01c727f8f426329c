// Entry point: mounts the app with its live channel and roster.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LiveProvider } from './live.tsx';
import { RosterProvider } from './roster.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LiveProvider>
      <RosterProvider>
        <App />
      </RosterProvider>
    </LiveProvider>
  </StrictMode>,
);
