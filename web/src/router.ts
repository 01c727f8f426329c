// A tiny hash router: every view has a URL like `#/drafts/geneva-revision?party=us`, links
// are plain `<a href>` (so keyboard, new tab and history work untouched), and deep links
// need nothing from the server that serves `index.html`.
import { useSyncExternalStore } from 'react';

export interface Route {
  /** Path segments after `#/`, decoded: `['drafts', 'geneva-revision']`. */
  segments: string[];
  params: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = body.split('?', 2);
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(search),
  };
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, currentHash));
}

/** An href for a view: `href('drafts', id)`, `href('matrix', { track: 'x' })`. */
export function href(...parts: (string | Record<string, string | undefined>)[]): string {
  const segments = parts.filter((p): p is string => typeof p === 'string').map(encodeURIComponent);
  const params = parts.find((p): p is Record<string, string | undefined> => typeof p !== 'string');
  const entries = Object.entries(params ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  const search = entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
  return `#/${segments.join('/')}${search}`;
}

/** Navigates; `replace` keeps the history clean for filter and slider changes. */
export function navigate(target: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
