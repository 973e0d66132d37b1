// The demo server: a small node:http static server for editor/demo-dist/ plus the repository's
// examples/ library under /examples/ (GET /examples/ lists it as JSON). Paths are resolved
// inside their root only: `..`, encoded separators and NUL bytes are refused.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
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

/** Resolves a URL path below `root`, or null when it would leave it or is malformed. */
export function safeResolve(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  const full = resolve(root, ...parts);
  const base = resolve(root);
  return full === base || full.startsWith(base + sep) ? full : null;
}

async function listExamples(examplesDir) {
  try {
    const entries = await readdir(examplesDir, { withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && /\.(json|txt)$/u.test(e.name) && e.name !== 'fieldcode.config.json')
      .map((e) => e.name)
      .sort();
    let data = [];
    try {
      data = (await readdir(join(examplesDir, 'data'))).filter((n) => n.endsWith('.json')).sort().map((n) => `data/${n}`);
    } catch {
      data = [];
    }
    return { files, data };
  } catch {
    return { files: [], data: [] };
  }
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CSP,
  });
  res.end(body);
}

async function sendFile(res, file) {
  try {
    const info = await stat(file);
    if (!info.isFile()) return send(res, 404, 'not found');
    send(res, 200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(res, 404, 'not found');
  }
}

/**
 * Starts the demo server. Resolves to `{ url, close }` once listening; `port: 0` picks a free port.
 * @param {{ port?: number, host?: string, demoDir?: string, examplesDir?: string }} [options]
 */
export function startDemoServer({ port = 4173, host = '127.0.0.1', demoDir = defaultDemoDir, examplesDir = defaultExamplesDir } = {}) {
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const path = (req.url ?? '/').split(/[?#]/u)[0];
    if (path === '/examples' || path === '/examples/') {
      return send(res, 200, JSON.stringify(await listExamples(examplesDir)), TYPES['.json']);
    }
    if (path.startsWith('/examples/')) {
      const file = safeResolve(examplesDir, path.slice('/examples/'.length));
      return file ? sendFile(res, file) : send(res, 400, 'bad path');
    }
    const file = safeResolve(demoDir, path === '/' ? 'index.html' : path);
    return file ? sendFile(res, file) : send(res, 400, 'bad path');
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
