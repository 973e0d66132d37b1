import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './index.js';

/** An in-memory terminal. */
function memoryIo(options: { failOnWrite?: boolean; tty?: boolean; env?: Record<string, string>; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: {
      isTTY: options.tty ?? false,
      write: (text: string) => {
        if (options.failOnWrite) throw new Error('disk full');
        out.push(text);
      },
    },
    stderr: { write: (text: string) => err.push(text) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('main', () => {
  it('answers --version and --help without loading any command', async () => {
    const version = memoryIo();
    expect(await main(['--version'], version.io)).toBe(0);
    expect(version.stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = memoryIo();
    expect(await main(['help', 'render'], help.io)).toBe(0);
    expect(help.stdout().split('\n')[0]).toBe('Usage: fieldcode render FILE [options]');
  });

  it('turns an unexpected failure into one line and exit 2, never a stack trace', async () => {
    const failing = memoryIo({ failOnWrite: true });
    expect(await main(['lint', '--help'], failing.io)).toBe(2);
    expect(failing.stderr()).toBe('fieldcode: internal error: disk full\n');
  });

  it('prints usage errors with their details', async () => {
    const bad = memoryIo();
    expect(await main(['schema', 'a', 'b'], bad.io)).toBe(2);
    expect(bad.stderr()).toBe("fieldcode: schema: unexpected argument 'b' (schema takes at most one NAME)\n");
  });

  it('colours stylish output only on a terminal without NO_COLOR', async () => {
    const cwd = fileURLToPath(new URL('../../../test/fixtures/cli/lint', import.meta.url));
    const terminal = memoryIo({ tty: true, cwd });
    expect(await main(['lint'], terminal.io)).toBe(1);
    expect(terminal.stdout()).toContain('\u001b[31merror  \u001b[39m');
    const noColor = memoryIo({ tty: true, cwd, env: { NO_COLOR: '1' } });
    expect(await main(['lint'], noColor.io)).toBe(1);
    expect(noColor.stdout()).not.toContain('\u001b[');
    const json = memoryIo({ tty: true, cwd });
    expect(await main(['lint', '--format', 'json'], json.io)).toBe(1);
    expect(json.stdout()).not.toContain('\u001b[');
  });
});
