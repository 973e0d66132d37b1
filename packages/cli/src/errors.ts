/**
 * Errors that end a command with a one-line message instead of a stack trace.
 * `UsageError` covers bad flags, missing files and invalid configuration (exit 2).
 */
export class UsageError extends Error {
  /** Extra lines printed after the message (e.g. positioned config diagnostics). */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'UsageError';
    this.details = details;
  }
}

/** Exit codes of SPEC §5. */
export const ExitCode = {
  /** No errors, and warnings within `--max-warnings`. */
  ok: 0,
  /** Lint or render errors (or too many warnings). */
  problems: 1,
  /** Usage error, no matching files, or internal failure. */
  usage: 2,
} as const;

/** The message of any thrown value, on one line. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/, 1)[0] ?? '';
}
