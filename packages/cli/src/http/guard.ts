/**
 * The one request guard of every fieldcode HTTP server (`fieldcode studio`, `fieldcode serve`: the
 * render service). Plain functions over Node's `fs`/`path`/`net`, plus two thin
 * adapters: {@link guardNodeRequest} for `node:http` handlers and {@link guardOnRequestHook}, a
 * Fastify-compatible `onRequest` hook (written against the hook's shape, so this module does not
 * depend on Fastify).
 *
 * What it guarantees (docs/architecture.md, "Security"):
 * - files are served or written only inside their root, after resolving symbolic links
 *   ({@link resolveForRead}, {@link resolveForWrite}); no dotfile or dot-directory is ever served;
 *   only regular files are read, without blocking on FIFOs ({@link readFileInRoot});
 * - the `Host` header must name the server (an IP literal, `localhost`, the bind name or an
 *   allowed host), which defeats DNS rebinding ({@link isHostAllowed});
 * - every response forbids framing (`frame-ancestors 'none'`) and sniffing ({@link securityHeaders});
 * - binding beyond loopback without authentication prints a warning ({@link exposureWarning}).
 */
import { constants as fsConstants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isIP } from 'node:net';
import { hostname as machineHostname } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** Why a path was refused: `bad-path` (malformed or leaving the root) → 400, `not-found` → 404. */
export type PathRefusal = 'bad-path' | 'not-found';

/** A resolved path inside the root, or the reason it was refused. */
export type PathResult = { ok: true; path: string } | { ok: false; reason: PathRefusal };

/** HTTP status for a refusal. */
export function refusalStatus(reason: PathRefusal): 400 | 404 {
  return reason === 'bad-path' ? 400 : 404;
}

/**
 * Splits a URL path (still percent-encoded, without query or fragment) into safe segments, or
 * null: malformed percent-encoding, NUL bytes, backslashes and `..` segments are refused. Empty and
 * `.` segments are dropped.
 */
export function urlPathSegments(urlPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  return segments.includes('..') ? null : segments;
}

/** True when a relative path has a segment starting with a dot (`.env`, `.git/config`). */
export function hasDotSegment(relativePath: string): boolean {
  return relativePath.split(/[\\/]/u).some((segment) => segment.startsWith('.') && segment !== '.');
}

/** True when `path` is `root` or below it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Resolves a URL path to an existing file's real path inside `root`. Symbolic links are followed
 * and the result must still lie inside the root's real path (a link `examples/etc → /etc` serves
 * nothing); dotfiles and dot-directories are not found, neither as requested nor as resolved.
 */
export async function resolveForRead(root: string, urlPath: string): Promise<PathResult> {
  const segments = urlPathSegments(urlPath);
  if (!segments) return { ok: false, reason: 'bad-path' };
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, reason: 'not-found' };
  let realRoot: string;
  let real: string;
  try {
    realRoot = await realpath(root);
    real = await realpath(join(realRoot, ...segments));
  } catch {
    return { ok: false, reason: 'not-found' };
  }
  if (!isInside(realRoot, real) || hasDotSegment(relative(realRoot, real))) return { ok: false, reason: 'not-found' };
  return { ok: true, path: real };
}

/**
 * Resolves a root-relative path (`/`-separated, not percent-encoded) for writing: the nearest
 * existing ancestor is resolved through its symbolic links and must lie inside the root's real
 * path; an existing target must be a regular file (a symbolic link to a file inside the root is
 * followed). Dot segments are refused. The returned path is where to write.
 */
export async function resolveForWrite(root: string, relativePath: string): Promise<PathResult> {
  if (relativePath.includes('\0') || relativePath.includes('\\')) return { ok: false, reason: 'bad-path' };
  const segments = relativePath.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return { ok: false, reason: 'bad-path' };
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return { ok: false, reason: 'not-found' };
  }
  const target = join(realRoot, ...segments);
  try {
    const info = await lstat(target);
    if (!info.isFile() && !info.isSymbolicLink()) return { ok: false, reason: 'bad-path' };
    const real = await realpath(target);
    const realInfo = await lstat(real);
    if (!realInfo.isFile() || !isInside(realRoot, real) || hasDotSegment(relative(realRoot, real)))
      return { ok: false, reason: 'bad-path' };
    return { ok: true, path: real };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, reason: 'bad-path' };
  }
  // A new file: the part that exists must resolve inside the root; the rest does not exist yet, so
  // it holds no links.
  let existing = dirname(target);
  const missing = [target.slice(existing.length + 1)];
  for (;;) {
    try {
      const real = await realpath(existing);
      if (!isInside(realRoot, real) || hasDotSegment(relative(realRoot, real))) return { ok: false, reason: 'bad-path' };
      return { ok: true, path: join(real, ...missing) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || existing === realRoot) return { ok: false, reason: 'bad-path' };
      missing.unshift(existing.slice(dirname(existing).length + 1));
      existing = dirname(existing);
    }
  }
}

/** What {@link readFileInRoot} produced. */
export type ReadResult = { ok: true; path: string; bytes: Buffer } | { ok: false; reason: PathRefusal | 'too-large' };

/**
 * Reads a file served from `root` (see {@link resolveForRead}). Only regular files are read; the
 * file is opened without following a final symbolic link (one swapped in after resolving is not
 * followed) and without blocking (a FIFO never stalls the server). Files over `maxBytes` are refused.
 */
export async function readFileInRoot(root: string, urlPath: string, maxBytes = 50 * 1024 * 1024): Promise<ReadResult> {
  const resolved = await resolveForRead(root, urlPath);
  if (!resolved.ok) return resolved;
  let handle;
  try {
    handle = await open(resolved.path, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch {
    return { ok: false, reason: 'not-found' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not-found' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, path: resolved.path, bytes: await handle.readFile() };
  } catch {
    return { ok: false, reason: 'not-found' };
  } finally {
    await handle.close();
  }
}

/** True for an address or name that only this machine can reach (`127.0.0.0/8`, `::1`, `localhost`). */
export function isLoopback(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const lower = bare.toLowerCase();
  if (lower === 'localhost' || lower.endsWith('.localhost')) return true;
  if (isIP(lower) === 4) return lower.startsWith('127.');
  if (lower === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/u.exec(lower);
  return mapped ? mapped[1]!.startsWith('127.') : false;
}

/** True for `0.0.0.0` and `::`, which listen on every interface. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]' || host === '';
}

/** The host name of a `Host` header value (`example.com:4173` → `example.com`, `[::1]:80` → `::1`), lower-cased. */
export function hostHeaderName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end === -1 ? value : value.slice(1, end);
  }
  const colon = value.indexOf(':');
  return (colon === -1 ? value : value.slice(0, colon)).replace(/\.$/u, '');
}

/** Where the server listens and which extra host names it answers to. */
export interface HostPolicy {
  /** The bind address or name (`127.0.0.1`, `0.0.0.0`, `studio.example`). */
  host: string;
  /** More host names to accept in `Host` (for a reverse proxy's public name). */
  allowedHosts?: readonly string[];
}

/**
 * Whether a `Host` header may reach this server. A DNS-rebinding page reaches a local server under
 * its own domain name, so host names are accepted only when they are `localhost`, the bind name,
 * one of `allowedHosts`, or (bound to every interface) this machine's host name. IP literals
 * cannot be rebound and are accepted. A missing header is refused.
 */
export function isHostAllowed(header: string | undefined, policy: HostPolicy): boolean {
  if (header === undefined || header.trim() === '') return false;
  const name = hostHeaderName(header);
  if (name === '') return false;
  if (isIP(name) !== 0) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name === hostHeaderName(policy.host)) return true;
  if ((policy.allowedHosts ?? []).some((allowed) => hostHeaderName(allowed) === name)) return true;
  return isWildcard(policy.host) && name === machineHostname().toLowerCase();
}

/** The policy used when a server gives none: nothing but the server itself, never inside a frame. */
export const defaultContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** Adds `frame-ancestors 'none'` to a Content-Security-Policy (replacing a weaker one). */
export function withFrameAncestorsNone(policy: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^frame-ancestors(\s|$)/iu.test(directive));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** The headers every response carries. */
export function securityHeaders(contentSecurityPolicy: string = defaultContentSecurityPolicy): Record<string, string> {
  return {
    'content-security-policy': withFrameAncestorsNone(contentSecurityPolicy),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  };
}

/**
 * The warning to print on stderr when a server listens beyond loopback without authentication
 * (undefined when there is nothing to warn about).
 */
export function exposureWarning(server: string, host: string, authenticated = false): string | undefined {
  if (authenticated || isLoopback(host)) return undefined;
  return `${server}: warning: listening on ${host} without authentication: anyone who can reach this machine on the network can use it. Bind to 127.0.0.1 (the default) unless that is what you want.\n`;
}

/** What a server tells {@link createRequestGuard}. */
export interface GuardOptions extends HostPolicy {
  /** The server's Content-Security-Policy; `frame-ancestors 'none'` is added. */
  contentSecurityPolicy?: string;
}

/** A refusal to send instead of the route's answer. */
export interface GuardRefusal {
  status: number;
  message: string;
}

/** The request checks of one server. */
export interface RequestGuard {
  /** Headers to set on every response (including refusals). */
  readonly headers: Readonly<Record<string, string>>;
  /** A refusal for this request, or undefined to let it through. */
  check(request: { headers: Record<string, string | string[] | undefined> }): GuardRefusal | undefined;
}

/** Builds the guard of one server. */
export function createRequestGuard(options: GuardOptions): RequestGuard {
  const headers = Object.freeze(securityHeaders(options.contentSecurityPolicy));
  const policy: HostPolicy = { host: options.host, allowedHosts: [...(options.allowedHosts ?? [])] };
  return {
    headers,
    check(request) {
      const host = request.headers['host'];
      if (typeof host !== 'string' || !isHostAllowed(host, policy)) {
        return {
          status: 403,
          message: 'This host name is not allowed: open the server by its address (or add the name to the allowed hosts).\n',
        };
      }
      return undefined;
    },
  };
}

/** The parts of a `node:http` response the guard uses. */
interface NodeResponse {
  setHeader(name: string, value: string): unknown;
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/**
 * For `node:http` handlers: sets the security headers and answers a refused request. Returns true
 * when the request was answered (the handler stops there).
 */
export function guardNodeRequest(
  guard: RequestGuard,
  request: { headers: Record<string, string | string[] | undefined> },
  response: NodeResponse,
): boolean {
  for (const [name, value] of Object.entries(guard.headers)) response.setHeader(name, value);
  const refusal = guard.check(request);
  if (!refusal) return false;
  response.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(refusal.message);
  return true;
}

/** The parts of a Fastify request and reply the hook uses. */
interface HookRequest {
  headers: Record<string, string | string[] | undefined>;
}
interface HookReply {
  header(name: string, value: string): unknown;
  code(status: number): unknown;
  send(payload?: unknown): unknown;
}

/**
 * A Fastify `onRequest` hook (callback style): `app.addHook('onRequest', guardOnRequestHook(guard))`.
 * Sets the security headers on every reply and answers a refused request without reaching the route.
 */
export function guardOnRequestHook(guard: RequestGuard): (request: HookRequest, reply: HookReply, done: (error?: Error) => void) => void {
  return (request, reply, done) => {
    for (const [name, value] of Object.entries(guard.headers)) reply.header(name, value);
    const refusal = guard.check(request);
    if (!refusal) {
      done();
      return;
    }
    reply.code(refusal.status);
    reply.header('content-type', 'text/plain; charset=utf-8');
    reply.send(refusal.message);
  };
}
