#!/usr/bin/env node
// `npm start`: builds the editor demo when missing or stale, serves it with the examples library,
// and prints the URL. Options: --port N (default 4173, or $PORT), --host H (default 127.0.0.1).
import { parseArgs } from 'node:util';
import { ensureDemoBuilt } from '../editor/scripts/demo-build.mjs';
import { startDemoServer } from '../editor/demo-server.mjs';
import * as guard from '@fieldcode/cli/http-guard';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 4173);

async function start() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`fieldcode demo: invalid port ${values.port ?? process.env.PORT}`);
    return 2;
  }
  try {
    ensureDemoBuilt();
    const { url, close } = await startDemoServer({ guard, port, host: values.host ?? '127.0.0.1' });
    console.log(`fieldcode demo: ${url}`);
    // Closing the server releases the event loop, so the process ends by itself.
    const stop = () => void close();
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return 0;
  } catch (error) {
    console.error(`fieldcode demo: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await start();
