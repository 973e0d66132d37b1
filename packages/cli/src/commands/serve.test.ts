import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import * as guard from '../http/guard.js';
import { run } from './serve.js';

function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: '/', env: {} };
  return { io, out, err };
}

describe('fieldcode serve', () => {
  it('says so in one line and exits 2 when the editor is not installed', async () => {
    const { io, out, err } = memoryIo();
    const missing = Object.assign(new Error("Cannot find package '@fieldcode/editor'"), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(await run([], io, undefined, () => Promise.reject(missing))).toBe(2);
    expect([out.join(''), err.join('')]).toEqual(['', 'fieldcode serve: the editor demo server is not available (@fieldcode/editor/demo-server is not installed or not built)\n']);
  });

  it('starts the server with the port and host, prints its URL and closes it when stopped', async () => {
    const { io, out } = memoryIo();
    const calls: unknown[] = [];
    const stop = new AbortController();
    const server = {
      startDemoServer: async (options: unknown) => {
        calls.push(options);
        queueMicrotask(() => stop.abort());
        return { url: 'http://127.0.0.1:4000/', close: async () => void calls.push('closed') };
      },
    };
    expect(await run(['--port', '4000', '--host', '127.0.0.1'], io, stop.signal, async () => server)).toBe(0);
    expect(calls).toEqual([{ guard, port: 4000, host: '127.0.0.1', stderr: io.stderr }, 'closed']);
    expect(out.join('')).toBe('fieldcode: editor demo at http://127.0.0.1:4000/ (Ctrl+C to stop)\n');
  });

  it('reports a busy port as a usage error', async () => {
    const { io } = memoryIo();
    const busy = { startDemoServer: () => Promise.reject(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' })) };
    await expect(run(['--port', '4000'], io, undefined, async () => busy)).rejects.toThrow("serve: port 4000 is already in use (try --port 0)");
  });
});
