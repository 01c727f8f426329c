// One article's address however it was scraped: http or https, with or without "www.",
// a trailing slash, tracking parameters or a fragment — so a re-scraped page is
// recognised as the source already stored.

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|output|amp)$/i;

/** The canonical form of `url`, or undefined when it is no http(s) address. */
export function canonicalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  const kept = [...parsed.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const pathName = parsed.pathname.replace(/\/amp\/?$/, '/').replace(/\/+$/, '') || '/';
  return `${host}${pathName}${query}`;
}
