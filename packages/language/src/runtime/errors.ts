import type { Span } from '../ast.js';

/**
 * Thrown by function implementations (built in or host-supplied) to report a problem with their
 * arguments; the evaluator turns it into a diagnostic on the call and the call yields no value.
 */
export class FunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly severity: 'error' | 'warning' = 'warning',
    /** Where the problem is, when it is more precise than the call (characters of a string-literal argument). */
    readonly span?: Span,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}
