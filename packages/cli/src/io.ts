/** Where a command writes and what it knows of its environment; replaced in unit tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface OutputStream {
  write(text: string): unknown;
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
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** Colour is used only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
