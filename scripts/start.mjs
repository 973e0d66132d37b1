#!/usr/bin/env node
// `npm start`: the studio (`fieldcode studio`) over the repository's examples/ library. Builds the
// studio page when missing or older than its sources. Options: --port N (default 4173, or $PORT),
// --host H (default 127.0.0.1), --open.
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDemoBuilt } from '../editor/scripts/demo-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' }, open: { type: 'boolean' } },
  allowPositionals: false,
});

async function start() {
  try {
    ensureDemoBuilt();
  } catch (error) {
    console.error(`fieldcode studio: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // The built CLI (npm ci / npm run build); it stops on Ctrl+C and then resolves with its exit code.
  const { main } = await import('../packages/cli/dist/index.js');
  const argv = ['studio', join(root, 'examples'), '--port', values.port ?? process.env.PORT ?? '4173'];
  if (values.host !== undefined) argv.push('--host', values.host);
  if (values.open) argv.push('--open');
  return main(argv);
}

process.exitCode = await start();
