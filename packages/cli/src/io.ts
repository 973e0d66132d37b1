import { UsageError } from './errors.js';

/** Where a command writes and what it knows of its environment; replaced in unit tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads standard input to its end as bytes (`--stdin`); absent where there is none. */
  readStdin?: () => Promise<Uint8Array>;
}

export interface OutputStream {
  /** Text, or UTF-8 bytes (bulk output, written as they are). */
  write(text: string | Uint8Array): unknown;
  /** True when the stream is a terminal (colour is only used then). */
  readonly isTTY?: boolean;
}

/** The real process streams. */
export function processIo(): CliIo {
  // A closed pipe (`fieldcode lint | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') === 0) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    readStdin: () => readStream(process.stdin),
  };
}

/** Reads a stream to its end, refusing more than `limit` bytes (the stream is then destroyed). */
export async function readStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, limit = 5 * 1024 * 1024): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) {
      stream.destroy?.();
      throw new UsageError(`standard input is larger than ${limit / 1024 / 1024} MB (the file-size limit)`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Colour is used only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
