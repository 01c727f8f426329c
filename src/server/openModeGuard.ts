// What open mode (no accounts yet, every request acts as the owner) may answer: only this
// machine, by a loopback name and the server's own port. A page on another site reaches a
// loopback server through the browser (DNS rebinding renames it, a form posts to it), so
// the Host and Origin a browser sends are checked, and the peer's address for everyone else.
import type { FastifyRequest } from 'fastify';
import { isLoopback } from './routes/localCli.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when `authority` (a Host header, or an Origin's host) is a loopback name with
 * `port`; with `port` undefined (an injected test request, no socket) any port passes.
 */
export function isLoopbackAuthority(authority: string, port: number | undefined): boolean {
  const match = /^(\[[0-9a-f:]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(authority.trim());
  if (!match?.[1]) return false;
  if (!LOOPBACK_NAMES.has(match[1].toLowerCase())) return false;
  return port === undefined || Number(match[2] ?? 80) === port;
}

/** True when an Origin header names this server on a loopback name (`null` never does). */
export function isLoopbackOrigin(origin: string, port: number | undefined): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const urlPort = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return isLoopbackAuthority(`${url.hostname}:${urlPort}`, port);
}

/**
 * Why open mode refuses this request, or `undefined` to answer it: the peer must be on this
 * machine, the Host a loopback name with the port the request came in on, and the Origin
 * (when the browser sends one) the same.
 */
export function openModeRefusal(request: FastifyRequest): string | undefined {
  const port = request.socket.localPort;
  if (!isLoopback(request.socket.remoteAddress)) return 'it answers this machine only';
  const host = request.headers.host ?? '';
  if (!isLoopbackAuthority(host, port)) return `it answers loopback names only, not Host '${host}'`;
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin, port)) {
    return `it answers pages of this server only, not Origin '${origin}'`;
  }
  return undefined;
}

/** Bind addresses that only this machine can reach. */
export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || isLoopback(host.replace(/^\[|\]$/g, ''));
}
