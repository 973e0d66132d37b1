/**
 * The studio server (Fastify): the studio page from `@fieldcode/editor`'s built assets, and a
 * files API over one library folder. Writes are atomic (the `--fix` mechanism), never silent
 * over a change on disk (ETag preconditions), and never outside the folder.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, rm, link, unlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StudioFixResult, StudioLibrary, StudioLintResult, StudioLintSettings } from '@fieldcode/content';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { content } from '../content.js';
import { fixText, lintBytes, lintOptions, settingsFor, type LintJob } from '../lint-file.js';
import { maxFileBytes, decode } from '../read-text.js';
import { writeFileAtomic } from '../write-atomic.js';
import { LibraryIndex, loadStudioJob } from './library.js';
import { PathError, isEditableName, resolveLibraryPath, checkPathShape } from './paths.js';
import { createRequestGuard, guardOnRequestHook, readFileInRoot } from '../http/guard.js';

/** Request bodies above this are refused with 413 (a file may be up to 5 MB; JSON adds escapes). */
export const maxBodyBytes = maxFileBytes + 1024 * 1024;
/** Longest text search query, in characters. */
const maxQueryLength = 200;

export interface StudioOptions {
  /** The library folder. */
  dir: string;
  port?: number;
  host?: string;
  /** Directory of the studio page (default: the built assets of `@fieldcode/editor`). */
  assetsDir?: string;
}

export interface StudioServer {
  url: string;
  /** The real path of the library folder. */
  root: string;
  close(): Promise<void>;
}

// The page runs under a CSP without 'unsafe-eval' (nothing compiles code at run time). monaco
// writes inline styles, hence 'unsafe-inline' for styles only. The guard adds frame-ancestors
// 'none' (no clickjacking of Save or Delete).
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Strong entity tag of file content: its SHA-256. */
export function etagOf(bytes: Uint8Array | string): string {
  return `"${createHash('sha256').update(bytes).digest('base64url')}"`;
}

/** Resolves the directory of the studio page shipped by `@fieldcode/editor`. */
async function defaultAssetsDir(): Promise<string> {
  const specifier = '@fieldcode/editor/studio-assets';
  let module: { studioAssetsDir?: unknown };
  try {
    module = (await import(specifier)) as { studioAssetsDir?: unknown };
  } catch (error) {
    throw new Error(
      `the studio page is not available (${specifier} is not installed): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (typeof module.studioAssetsDir !== 'string') throw new Error(`${specifier} does not name its assets directory`);
  return module.studioAssetsDir;
}

/** Builds the Fastify app (not listening) for a server bound to `host`. */
export async function buildStudioApp(root: string, assetsDir: string, host: string): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: maxBodyBytes, logger: false });
  const library = new LibraryIndex(root);

  // The shared guard: Host check (DNS rebinding), CSP with frame-ancestors 'none', nosniff, no framing.
  app.addHook('onRequest', guardOnRequestHook(createRequestGuard({ host, contentSecurityPolicy: csp })));
  // Cross-site requests: a mutating request with a foreign Origin is refused before any handler.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      origin !== undefined &&
      hostOf(origin) !== (request.headers.host ?? '').toLowerCase()
    ) {
      return reply.code(403).type('text/plain').send('cross-origin request refused');
    }
    return undefined;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    if (error instanceof PathError) return reply.code(error.status).send({ error: error.message });
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.code(413).send({ error: `The request body is larger than ${maxBodyBytes} bytes.` });
    if (status >= 400 && status < 500) return reply.code(status).send({ error: error.message });
    return reply.code(500).send({ error: `Internal error: ${error.message}` });
  });

  await app.register(fastifyStatic, {
    root: assetsDir,
    dotfiles: 'ignore',
    serveDotFiles: false,
    index: ['index.html'],
    cacheControl: false,
  });

  app.get('/api/library', async (): Promise<StudioLibrary> => ({ root, ...(await library.list()) }));

  app.get('/api/file', async (request: FastifyRequest<{ Querystring: { path?: string; download?: string } }>, reply) => {
    const target = await resolveLibraryPath(root, request.query.path, true);
    // O_NOFOLLOW | O_NONBLOCK: a link swapped in after resolving is not followed, a FIFO never blocks.
    const read = await readFileInRoot(root, target.relative.split('/').map(encodeURIComponent).join('/'), maxFileBytes);
    if (!read.ok) {
      if (read.reason === 'too-large') return reply.code(413).send({ error: `'${target.relative}' is larger than ${maxFileBytes} bytes.` });
      throw new PathError(`'${target.relative}' cannot be read.`, 404);
    }
    const bytes = read.bytes;
    const info = await stat(target.absolute);
    reply.header('etag', etagOf(bytes)).header('last-modified', info.mtime.toUTCString());
    if (request.query.download !== undefined) {
      const name = target.relative.split('/').pop()!;
      reply.header(
        'content-disposition',
        `attachment; filename="${name.replace(/[^\w.-]/gu, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
    }
    return reply.type(target.relative.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8').send(bytes);
  });

  app.put('/api/file', async (request: FastifyRequest<{ Querystring: { path?: string }; Body: unknown }>, reply) => {
    const target = await resolveLibraryPath(root, request.query.path, false);
    if (!isEditableName(target.relative)) throw new PathError('Only .json and .txt files can be written.', 400);
    const text = bodyText(request.body);
    const precondition = await checkPrecondition(request, target.absolute);
    if (precondition) return reply.code(precondition.status).send(precondition.body);
    await writeFileAtomic(target.absolute, text);
    const etag = etagOf(text);
    return reply.code(200).header('etag', etag).send({ path: target.relative, etag });
  });

  app.delete('/api/file', async (request: FastifyRequest<{ Querystring: { path?: string } }>, reply) => {
    const target = await resolveLibraryPath(root, request.query.path, true);
    if (request.headers['if-match'] === undefined)
      return reply.code(428).send({ error: 'Deleting needs an If-Match header with the ETag of the version shown.' });
    const precondition = await checkPrecondition(request, target.absolute);
    if (precondition) return reply.code(precondition.status).send(precondition.body);
    await rm(target.absolute);
    return reply.code(204).send();
  });

  app.post('/api/rename', async (request: FastifyRequest<{ Body: { from?: unknown; to?: unknown } }>, reply) => {
    const body = request.body ?? {};
    const from = await resolveLibraryPath(root, body.from, true);
    const to = await resolveLibraryPath(root, body.to, false);
    if (!isEditableName(to.relative)) throw new PathError('The new name must end in .json or .txt.', 400);
    // link + unlink: never replaces an existing file (rename would), and is atomic on one file system.
    try {
      await link(from.absolute, to.absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return reply.code(409).send({ error: `'${to.relative}' already exists.` });
      throw error;
    }
    await unlink(from.absolute);
    return reply.send({ path: to.relative });
  });

  app.post('/api/lint', async (request: FastifyRequest<{ Body: { path?: unknown; text?: unknown } }>) => {
    const { path, text } = pathAndText(request.body, 'lint');
    const { job } = await loadStudioJob(root);
    const api = await content('lint', 'applyFixes', 'fileKind');
    const { report } = await lintBytes(api, job, { path: join(root, path), shown: path }, Buffer.from(text));
    const answer: StudioLintResult = { diagnostics: report.diagnostics, ...lintSettings(job, join(root, path)) };
    return answer;
  });

  app.get('/api/lint-settings', async (request: FastifyRequest<{ Querystring: { path?: string } }>) => {
    const path = checkPathShape(request.query.path);
    const { job } = await loadStudioJob(root);
    return lintSettings(job, join(root, path));
  });

  app.post('/api/fix', async (request: FastifyRequest<{ Body: { path?: unknown; text?: unknown } }>) => {
    const { path, text } = pathAndText(request.body, 'fix');
    const { job } = await loadStudioJob(root);
    const api = await content('lint', 'applyFixes', 'fileKind');
    // The options of the file at its place in the library: the overrides matching its path apply.
    const fixed = fixText(api, text, lintOptions(job, path, join(root, path)), path);
    const answer: StudioFixResult = { text: fixed.text, fixed: fixed.fixed, ...(fixed.refused ? { refused: fixed.refused } : {}) };
    return answer;
  });

  app.get('/api/search', async (request: FastifyRequest<{ Querystring: { q?: string } }>) => {
    const query = (request.query.q ?? '').toLowerCase();
    if (query.length === 0 || query.length > maxQueryLength)
      throw new PathError(`The query must have 1 to ${maxQueryLength} characters.`, 400);
    const { files } = await library.list();
    const matches: string[] = [];
    for (const file of files) {
      const bytes = await readFile(`${root}/${file.path}`).catch(() => undefined);
      if (bytes === undefined || bytes.length > maxFileBytes) continue;
      const outcome = decode(bytes);
      if (outcome.kind === 'text' && outcome.text.toLowerCase().includes(query)) matches.push(file.path);
    }
    return { matches };
  });

  return app;
}

/** The profile and every rule severity the config gives the file at `absolute` (its overrides applied), and the templates export. */
function lintSettings(job: LintJob, absolute: string): StudioLintSettings {
  const settings = settingsFor(job, absolute);
  const answer: StudioLintSettings = { rules: settings.rules ?? {} };
  if (settings.profile !== undefined) answer.profile = settings.profile;
  if (job.templates !== undefined) answer.templates = [...job.templates];
  return answer;
}

/** `{ path, text }` of a lint or fix request: a library path of the right shape and the text to check. */
function pathAndText(body: { path?: unknown; text?: unknown } | undefined, action: 'lint' | 'fix'): { path: string; text: string } {
  const path = checkPathShape(body?.path);
  if (typeof body?.text !== 'string') throw new PathError(`The text to ${action} is required.`, 400);
  return { path, text: body.text };
}

/** The request body as text: `text/plain` arrives as a string; anything else is refused. */
function bodyText(body: unknown): string {
  if (typeof body !== 'string') throw new PathError('The file content must be sent as text/plain.', 400);
  if (Buffer.byteLength(body) > maxFileBytes) throw Object.assign(new Error('too large'), { statusCode: 413 });
  return body;
}

/**
 * `If-Match: <etag>` — the file must still be the version the client opened; `If-None-Match: *` —
 * the file must not exist (New, Save as, Upload, Duplicate). One of them is required: a write that
 * names no version could overwrite someone else's change.
 */
async function checkPrecondition(request: FastifyRequest, absolute: string): Promise<{ status: number; body: object } | undefined> {
  const ifMatch = request.headers['if-match'];
  const ifNoneMatch = request.headers['if-none-match'];
  const current = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (ifNoneMatch === '*') {
    return current === undefined
      ? undefined
      : { status: 412, body: { error: 'The file already exists.', exists: true, etag: etagOf(current) } };
  }
  if (typeof ifMatch !== 'string')
    return { status: 428, body: { error: 'Writing needs If-Match (the ETag of the version shown) or If-None-Match: * (a new file).' } };
  if (current === undefined) return { status: 412, body: { error: 'The file was deleted on disk since it was opened.', deleted: true } };
  const etag = etagOf(current);
  if (etag === ifMatch) return undefined;
  const decoded = decode(current);
  return {
    status: 412,
    body: { error: 'The file changed on disk since it was opened.', etag, text: decoded.kind === 'text' ? decoded.text : null },
  };
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Starts the studio for `dir`; resolves once listening (`port: 0` picks a free port). */
export async function startStudio(options: StudioOptions): Promise<StudioServer> {
  const root = await realpath(options.dir);
  const info = await stat(root);
  if (!info.isDirectory()) throw new Error(`${options.dir} is not a directory`);
  const host = options.host ?? '127.0.0.1';
  const app = await buildStudioApp(root, options.assetsDir ?? (await defaultAssetsDir()), host);
  await app.listen({ port: options.port ?? 4173, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4173);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}/`, root, close: () => app.close() };
}
