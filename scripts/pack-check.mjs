#!/usr/bin/env node
// Checks the packages as a user gets them (CI runs it after the build; `npm run pack-check`):
//   1. `npm pack` each workspace package; a tarball holds only package.json, README, LICENSE, the
//      bundles and declarations in dist/ (and the CLI's bin/, the editor's demo server): no
//      sources, tests, fixtures or source maps;
//   2. every export names a `types` file that is in the tarball, and no export has a `source`
//      condition; the CLI declares no run-time dependencies (it bundles them);
//   3. the tarballs install into a fresh temporary project, where `fieldcode --version` and
//      `fieldcode lint` on an example run, `fieldcode studio` serves its page and library, `fieldcode lsp` answers an LSP
//      session and lints a file, each library is imported as ESM in Node, a TypeScript
//      file importing every export type-checks, and esbuild bundles @fieldcode/language +
//      @fieldcode/content for the browser.
// Ends with one line "pack-check: ok" or the list of failures (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = ['packages/language', 'packages/content', 'packages/language-server', 'packages/cli', 'editor'];
const failures = [];
const fail = (message) => failures.push(message);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    fail(`${[command, ...args].join(' ')} exited ${result.status}:\n${(result.stderr || result.stdout || '').trim().slice(0, 2000)}`);
  }
  return result;
}

/** What a tarball may hold besides package.json, README.md and LICENSE. */
const allowed = [
  /^dist\/.+\.js$/,
  /^dist\/.+\.d\.ts$/,
  /^bin\/[^/]+\.js$/,
  /^studio-assets\.(mjs|d\.mts)$/,
  /^demo-dist\/[^/]+\.(js|css|html|ttf|json)$/,
];
const forbidden = [/\.test\./, /\.fixture\./, /\.map$/, /^src\//, /tsbuildinfo/];

const work = mkdtempSync(join(tmpdir(), 'fieldcode-pack-check-'));
try {
  const tarballs = {};
  for (const dir of packages) {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: join(root, dir) });
    if (packed.status !== 0) continue;
    const [info] = JSON.parse(packed.stdout);
    tarballs[manifest.name] = join(work, info.filename);
    const paths = info.files.map((file) => file.path);
    for (const path of paths) {
      if (['package.json', 'README.md', 'LICENSE'].includes(path)) continue;
      if (!allowed.some((pattern) => pattern.test(path)) || forbidden.some((pattern) => pattern.test(path))) {
        fail(`${manifest.name}: the tarball must not contain ${path}`);
      }
    }
    for (const required of ['package.json', 'README.md', 'LICENSE']) {
      if (!paths.includes(required)) fail(`${manifest.name}: the tarball lacks ${required}`);
    }
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || target === null || typeof target.types !== 'string') {
        fail(`${manifest.name}: export ${subpath} has no types`);
        continue;
      }
      if ('source' in target) fail(`${manifest.name}: export ${subpath} has a source condition`);
      for (const file of [target.types, target.default]) {
        if (typeof file === 'string' && !paths.includes(file.replace(/^\.\//, '')))
          fail(`${manifest.name}: export ${subpath} names ${file}, which is not in the tarball`);
      }
    }
    if (manifest.name === '@fieldcode/cli' && Object.keys(manifest.dependencies ?? {}).length > 0) {
      fail('@fieldcode/cli bundles its dependencies, so it must not also declare them as dependencies');
    }
  }

  // A fresh project that installs nothing but the tarballs (and their declared dependencies).
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...Object.values(tarballs)], { cwd: project });

  const fieldcode = join(project, 'node_modules', '.bin', 'fieldcode');
  const cliVersion = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
  const version = run(fieldcode, ['--version'], { cwd: project });
  if (version.status === 0 && version.stdout.trim() !== cliVersion)
    fail(`fieldcode --version printed ${JSON.stringify(version.stdout.trim())}, expected ${cliVersion}`);
  copyFileSync(join(root, 'examples', 'welcome.txt'), join(project, 'welcome.txt'));
  copyFileSync(join(root, 'examples', 'bill-reminder.json'), join(project, 'bill-reminder.json'));
  run(fieldcode, ['lint', 'welcome.txt', 'bill-reminder.json'], { cwd: project });

  // `fieldcode studio` from the installed packages: the page (the editor's built assets) and the files API.
  await checkStudio(fieldcode, project);
  // `fieldcode lsp` from the installed packages: an LSP session over stdio that lints a file.
  await checkLanguageServer(fieldcode, project);

  // ESM imports in Node: the libraries and the CLI's exports (the editor needs a browser).
  writeFileSync(
    join(project, 'imports.mjs'),
    [
      "import { parse, render } from '@fieldcode/language';",
      "import { lint, renderStandardResponse } from '@fieldcode/content';",
      "import { main } from '@fieldcode/cli';",
      "import { createRequestGuard } from '@fieldcode/cli/http-guard';",
      "import { startLanguageServer } from '@fieldcode/language-server';",
      'const values = { parse, render, lint, renderStandardResponse, main, createRequestGuard, startLanguageServer };',
      "for (const [name, value] of Object.entries(values)) if (typeof value !== 'function') throw new Error(`${name} is not exported`);",
      "const result = render('Hi <$ Contact.FirstName $>', { Contact: { FirstName: 'Ann' } });",
      "if (result.output !== 'Hi Ann') throw new Error(`render gave ${JSON.stringify(result.output)}`);",
    ].join('\n'),
  );
  run(process.execPath, ['imports.mjs'], { cwd: project });

  // Every export's declarations resolve from the installed packages.
  writeFileSync(
    join(project, 'types.ts'),
    [
      "import type { render, Diagnostic } from '@fieldcode/language';",
      "import type { lint } from '@fieldcode/content';",
      "import type { CliIo } from '@fieldcode/cli';",
      "import type { createRequestGuard } from '@fieldcode/cli/http-guard';",
      "import type { FieldcodeEditor } from '@fieldcode/editor';",
      "import type { studioAssetsDir } from '@fieldcode/editor/studio-assets';",
      "import type { StudioLibrary } from '@fieldcode/content';",
      "import type { ProjectHost } from '@fieldcode/language-server';",
      'export type All = [ReturnType<typeof render>, Diagnostic, ReturnType<typeof lint>, CliIo, typeof createRequestGuard, FieldcodeEditor, typeof studioAssetsDir, StudioLibrary, ProjectHost];',
    ].join('\n'),
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  run(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--lib',
      'es2023,dom',
      '--skipLibCheck',
      'types.ts',
    ],
    { cwd: project },
  );

  // A browser bundle of the two libraries (no Node built-ins may sneak in).
  writeFileSync(
    join(project, 'browser.mjs'),
    "import { render } from '@fieldcode/language';\nimport { lint } from '@fieldcode/content';\nconsole.log(render, lint);\n",
  );
  const esbuild = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));
  try {
    await esbuild.build({
      absWorkingDir: project,
      entryPoints: ['browser.mjs'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile: 'out/browser.js',
      logLevel: 'silent',
    });
  } catch (error) {
    fail(`esbuild browser bundle of @fieldcode/language + @fieldcode/content failed: ${error.message}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Starts `fieldcode studio --port 0` in `project`, fetches its page and library listing, and stops it. */
async function checkStudio(fieldcode, project) {
  const { spawn } = await import('node:child_process');
  const child = spawn(fieldcode, ['studio', '.', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const url = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 20_000);
      child.stdout.on('data', () => {
        const found = /http:\/\/127\.0\.0\.1:\d+\//u.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      });
      child.on('exit', () => resolve(undefined));
    });
    if (!url) return fail(`fieldcode studio did not start:\n${output.slice(0, 2000)}`);
    const page = await fetch(url);
    const html = await page.text();
    if (page.status !== 200 || !html.includes('<title>fieldcode studio</title>'))
      fail(`fieldcode studio: GET / answered ${page.status} without the studio page`);
    const library = await (await fetch(`${url}api/library`)).json();
    const paths = library.files?.map((file) => file.path) ?? [];
    if (!paths.includes('bill-reminder.json') || !paths.includes('welcome.txt'))
      fail(`fieldcode studio: the library lists ${JSON.stringify(paths)}`);
    for (const asset of ['fieldcode-editor.js', 'studio.js', 'lint.worker.js']) {
      const answer = await fetch(`${url}${asset}`);
      if (answer.status !== 200) fail(`fieldcode studio: ${asset} answered ${answer.status}`);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * Runs `fieldcode lsp --stdio` in `project`: initialize, open welcome.txt with a misspelt function,
 * expect its diagnostics, then shutdown and exit (LSP base protocol: Content-Length framed JSON).
 */
async function checkLanguageServer(fieldcode, project) {
  const { spawn } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const child = spawn(fieldcode, ['lsp', '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let buffer = Buffer.alloc(0);
  const messages = [];
  let notify = () => {};
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) break;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) break;
      messages.push(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()));
      buffer = buffer.subarray(headerEnd + 4 + length);
      notify();
    }
  });
  const waitFor = (predicate) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 20_000);
      notify = () => {
        const found = messages.find(predicate);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      notify();
    });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: pathToFileURL(project).href, capabilities: {} } });
    const initialized = await waitFor((m) => m.id === 1);
    if (initialized?.result?.serverInfo?.name !== 'fieldcode')
      return fail(`fieldcode lsp: initialize answered ${JSON.stringify(initialized)}`);
    send({ method: 'initialized', params: {} });
    const uri = pathToFileURL(join(project, 'loose.json')).href;
    const text = '{ "$schema": "https://fieldcode.dev/schemas/standard-response.schema.json", "plainText": "<$ Fromat(1) $>" }';
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'json', version: 1, text } } });
    const published = await waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    const codes = published?.params.diagnostics.map((d) => d.code) ?? [];
    if (!codes.includes('unknown-function')) fail(`fieldcode lsp: diagnostics ${JSON.stringify(codes)} lack unknown-function`);
    send({ id: 2, method: 'shutdown' });
    await waitFor((m) => m.id === 2);
    send({ method: 'exit' });
    const code = await exited;
    if (code !== 0) fail(`fieldcode lsp exited with ${code}`);
  } finally {
    child.kill('SIGTERM');
  }
}

if (failures.length > 0) {
  console.error(`pack-check: ${failures.length} failure(s)\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('pack-check: ok (tarball contents, export types, install, fieldcode --version and lint, ESM imports, browser bundle)');
}
