// The shell: skip link, header with the navigation, the live indicator and who is signed
// in, and the view the URL names. Focus moves to the main region on navigation, for
// keyboard users. Staff-only sections are not offered to others. On a narrow window the
// navigation folds behind a Menu button and folds again after each navigation.
import { useEffect, useRef, useState } from 'react';
import { useAbilities } from './abilities.ts';
import { WhoAmI } from './auth/WhoAmI.tsx';
import { type LiveState, useLive } from './live.tsx';
import { type Route, useRoute } from './router.ts';
import { Views } from './Views.tsx';

/** [path, label, staff only] */
const NAV: readonly (readonly [string, string, boolean])[] = [
  ['', 'Dashboard', false],
  ['drafts', 'Drafts', false],
  ['matrix', 'Matrix', false],
  ['timeline', 'Timeline', false],
  ['parties', 'Parties', false],
  ['sources', 'Sources', false],
  ['claims', 'Claims', false],
  ['compare', 'Compare', false],
  ['circulation', 'Circulation', true],
  ['signing', 'Signing', false],
  ['deals', 'Deals', false],
];

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline — retrying',
};

function section(route: Route): string {
  const first = route.segments[0] ?? '';
  if (first === 'people') return 'parties';
  if (first === 'history') return 'drafts';
  if (first === 'contradictions') return 'claims';
  if (first === 'trace') return 'circulation';
  return first;
}

export function App() {
  const route = useRoute();
  const live = useLive();
  const can = useAbilities();
  const main = useRef<HTMLElement>(null);
  const key = route.segments.join('/');
  const first = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves on every navigation, which `key` stands for
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [key]);

  const current = section(route);
  return (
    <>
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header className={`app-header${menuOpen ? ' menu-open' : ''}`}>
        <a className="brand" href="#/">
          Parley
        </a>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-icon" aria-hidden="true" />
          Menu
        </button>
        <nav aria-label="Main" id="main-nav">
          <ul>
            {NAV.filter(([, , staffOnly]) => can.staff || !staffOnly).map(([path, label]) => (
              <li key={path}>
                <a href={`#/${path}`} aria-current={current === path ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span className={`live live-${live.state}`} role="status" data-live={live.state}>
          <span className="dot" aria-hidden="true" /> {LIVE_TEXT[live.state]}
        </span>
        <WhoAmI />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Views route={route} />
      </main>
    </>
  );
}
