/**
 * The lint worker: runs the content lint (the CLI's rules) off the main thread. One worker serves
 * every editor of a page; answers carry the request's model URI and id.
 */
import { lint } from '@fieldcode/content';
import type { LintRequest, LintResponse } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null;
  postMessage(message: LintResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'lint') return;
  const started = performance.now();
  try {
    const result = lint(request.text, {
      kind: request.kind,
      filePath: request.kind === 'text' ? 'response.txt' : 'response.json',
      ...(request.profile ? { profile: request.profile } : {}),
      ...(request.dataDictionary ? { dataDictionary: request.dataDictionary } : {}),
    });
    scope.postMessage({ type: 'lint-result', id: request.id, uri: request.uri, diagnostics: result.diagnostics, durationMs: performance.now() - started });
  } catch (error) {
    scope.postMessage({ type: 'lint-result', id: request.id, uri: request.uri, diagnostics: [], durationMs: performance.now() - started, error: String(error) });
  }
};
