// The demo server: a small node:http static server for editor/demo-dist/ plus the repository's
// examples/ library under /examples/ (GET /examples/ lists it as JSON).
//
// Every request goes through the request guard of @fieldcode/cli (`@fieldcode/cli/http-guard`),
// passed in by the caller as `guard`: the editor sits below the CLI in the layers, so it cannot
// import it, and a server without the guard is never started. The guard confines files to their
// root after resolving symbolic links, hides dotfiles, checks the Host header and sends the
// security headers (docs/architecture.md, "Security").
import { createServer } from 'node:http';
import { readdir } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const editorDir = dirname(fileURLToPath(import.meta.url));
const defaultDemoDir = join(editorDir, 'demo-dist');
const defaultExamplesDir = join(editorDir, '..', 'examples');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

// No eval or new Function anywhere: the page runs under a CSP without 'unsafe-eval'. monaco
// writes inline styles, hence 'unsafe-inline' for styles only.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

async function listExamples(examplesDir) {
  try {
    const entries = await readdir(examplesDir, { withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.(json|txt)$/u.test(e.name) && e.name !== 'fieldcode.config.json')
      .map((e) => e.name)
      .sort();
    let data = [];
    try {
      data = (await readdir(join(examplesDir, 'data')))
        .filter((n) => !n.startsWith('.') && n.endsWith('.json'))
        .sort()
        .map((n) => `data/${n}`);
    } catch {
      data = [];
    }
    return { files, data };
  } catch {
    return { files: [], data: [] };
  }
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function sendFile(guard, res, root, urlPath) {
  const file = await guard.readFileInRoot(root, urlPath);
  if (file.ok) return send(res, 200, file.bytes, TYPES[extname(file.path)] ?? 'application/octet-stream');
  if (file.reason === 'bad-path') return send(res, 400, 'bad path');
  return send(res, 404, 'not found');
}

/**
 * Starts the demo server. Resolves to `{ url, close }` once listening; `port: 0` picks a free port.
 * `guard` is the module `@fieldcode/cli/http-guard` (required). Bound beyond loopback, it warns
 * on `stderr` (the server has no authentication).
 * @param {{ guard: typeof import('@fieldcode/cli/http-guard'), port?: number, host?: string, allowedHosts?: string[], demoDir?: string, examplesDir?: string, stderr?: { write(text: string): unknown } }} options
 */
export function startDemoServer({
  guard,
  port = 4173,
  host = '127.0.0.1',
  allowedHosts = [],
  demoDir = defaultDemoDir,
  examplesDir = defaultExamplesDir,
  stderr = process.stderr,
} = {}) {
  if (!guard || typeof guard.createRequestGuard !== 'function') {
    return Promise.reject(new TypeError('startDemoServer needs the request guard (guard: the module @fieldcode/cli/http-guard)'));
  }
  const requestGuard = guard.createRequestGuard({ host, allowedHosts, contentSecurityPolicy: CSP });
  const server = createServer(async (req, res) => {
    if (guard.guardNodeRequest(requestGuard, req, res)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const path = (req.url ?? '/').split(/[?#]/u)[0];
    if (path === '/examples' || path === '/examples/') {
      return send(res, 200, JSON.stringify(await listExamples(examplesDir)), TYPES['.json']);
    }
    if (path.startsWith('/examples/')) return sendFile(guard, res, examplesDir, path.slice('/examples/'.length));
    return sendFile(guard, res, demoDir, path === '/' ? 'index.html' : path);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const warning = guard.exposureWarning('fieldcode demo', host);
      if (warning) stderr.write(warning);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
