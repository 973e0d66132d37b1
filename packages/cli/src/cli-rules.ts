import type { RuleMeta } from '@fieldcode/content';
import type { Diagnostic } from '@fieldcode/language';
import { positionAt } from './text-position.js';

/**
 * Findings the CLI itself reports about files it cannot hand to the lint rules. They behave like
 * rules (listed by `fieldcode rules`, in SARIF, configurable in `rules`).
 */
export const cliRuleMetas: readonly RuleMeta[] = [
  {
    id: 'binary-file',
    defaultSeverity: 'error',
    description: 'The file contains NUL bytes or is not valid UTF-8, so it cannot be a standard response.',
    docs: 'docs/cli.md#binary-file',
    fixable: false,
  },
  {
    id: 'file-too-large',
    defaultSeverity: 'error',
    description: 'The file exceeds 5 MB and is not parsed (standard responses are a few kilobytes).',
    docs: 'docs/cli.md#file-too-large',
    fixable: false,
  },
];

/** A `binary-file` finding at the first offending byte. `prefix` is the decoded text before it. */
export function binaryFileDiagnostic(prefix: string, reason: 'nul' | 'utf8'): Diagnostic {
  const at = positionAt(prefix, prefix.length);
  return {
    code: 'binary-file',
    severity: 'error',
    message: reason === 'nul' ? 'Binary file: a NUL byte was found; expected UTF-8 text.' : 'Not valid UTF-8 text.',
    range: { start: at, end: at },
  };
}

/** A `file-too-large` finding at the start of the file. */
export function fileTooLargeDiagnostic(bytes: number, maxBytes: number): Diagnostic {
  const at = { offset: 0, line: 1, column: 1 };
  return {
    code: 'file-too-large',
    severity: 'error',
    message: `File is ${bytes} bytes; files over ${maxBytes} bytes are not linted.`,
    range: { start: at, end: at },
  };
}
