/** JSON request bodies: parsed with `JSON.parse`, and when that fails worded and positioned by the shared JSON reader. */
import type { ContentApi } from '../content.js';
import { onInputLines } from '../text-position.js';

/**
 * `Invalid JSON at line 1, column 12: Expected …` for text that `JSON.parse` refused. `firstLine`
 * is the line of the body where `text` starts (a line of a batch), so every line named in the
 * message is a line of the body the client sent.
 */
export function describeJsonError(api: Pick<ContentApi, 'parseJsonText'>, text: string, firstLine = 1): string {
  if (text.trim() === '') return 'The body is empty: expected a JSON object';
  const syntax = api.parseJsonText(text).diagnostics.find((d) => d.severity === 'error');
  if (syntax === undefined) return 'Invalid JSON';
  return `Invalid JSON at line ${syntax.range.start.line + firstLine - 1}, column ${syntax.range.start.column}: ${onInputLines(syntax.message, firstLine)}`;
}

/** An error Fastify turns into a 400 answer. */
export class BadRequestError extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

/** Parses a JSON body; throws {@link BadRequestError} with a positioned message. */
export function parseJsonBody(api: Pick<ContentApi, 'parseJsonText'>, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError(describeJsonError(api, text));
  }
}
