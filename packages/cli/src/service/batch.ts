/**
 * `POST /v1/render/batch`: NDJSON render requests in, NDJSON answers out. An async generator reads
 * the next request line only when the previous answer has been taken by the response stream, so a
 * slow client slows the reading of its own body (backpressure) and memory stays bounded.
 */
import type { Readable } from 'node:stream';
import type { ContentApi } from '../content.js';
import type { LibrarySnapshot } from './library.js';
import { answerLine, checkRenderRequest, renderRequest, type RenderAnswer, type RenderApi } from './render-request.js';
import { describeJsonError } from './json-body.js';

/** Longest request line accepted. */
export const maxBatchLineBytes = 1024 * 1024;
/** Default for the most request lines one batch may hold (`--batch-max-lines`). */
export const defaultBatchMaxLines = 100_000;

type BatchApi = RenderApi & Pick<ContentApi, 'parseJsonText'>;

/** Lines of a byte stream (UTF-8), numbered from 1; an over-long line is yielded as `tooLong`. */
async function* linesOf(body: Readable): AsyncGenerator<{ line: number; text: string; tooLong?: boolean }> {
  body.setEncoding('utf8');
  let partial = '';
  let line = 0;
  let skipping = false;
  for await (const chunk of body as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      line++;
      if (skipping) {
        skipping = false;
        yield { line, text: '', tooLong: true };
      } else {
        yield { line, text: partial + chunk.slice(start, end) };
      }
      partial = '';
      start = end + 1;
    }
    if (!skipping) partial += chunk.slice(start);
    if (partial.length > maxBatchLineBytes) {
      skipping = true;
      partial = '';
    }
  }
  if (skipping) yield { line: line + 1, text: '', tooLong: true };
  else if (partial.trim() !== '') yield { line: line + 1, text: partial };
}

/**
 * Answer lines for the request lines of `body`; `onRender` sees every render (metrics). After
 * `maxLines` requests the batch ends with one `413` line naming the first line not answered, and the
 * rest of the body is not read: one request cannot keep a worker busy without end.
 */
export async function* batchAnswers(
  api: BatchApi,
  snapshot: () => LibrarySnapshot,
  body: Readable,
  onRender: (answer: RenderAnswer) => void,
  maxLines: number = defaultBatchMaxLines,
): AsyncGenerator<string | Buffer> {
  let requests = 0;
  for await (const { line, text, tooLong } of linesOf(body)) {
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (!tooLong && trimmed.trim() === '') continue;
    if (++requests > maxLines) {
      const message = `Line ${line}: a batch holds at most ${maxLines} requests; lines ${line} and after were not rendered (send them in another batch)`;
      yield `${JSON.stringify({ line, status: 413, error: 'too-many-lines', message })}\n`;
      body.destroy();
      return;
    }
    if (tooLong) {
      yield `${JSON.stringify({ line, status: 400, error: 'bad-request', message: `Line ${line} is longer than ${maxBatchLineBytes} bytes` })}\n`;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      yield `${JSON.stringify({ line, status: 400, error: 'bad-request', message: describeJsonError(api, trimmed, line) })}\n`;
      continue;
    }
    const request = checkRenderRequest(api, value);
    if ('error' in request) {
      yield `${JSON.stringify({ line, status: request.status, error: request.error, message: request.message })}\n`;
      continue;
    }
    const answer = renderRequest(api, snapshot(), request);
    if ('error' in answer) {
      yield `${JSON.stringify({ line, status: answer.status, error: answer.error, message: answer.message })}\n`;
      continue;
    }
    onRender(answer);
    yield answerLine(line, answer);
  }
}
