/**
 * The lint worker: runs the content lint (the CLI's rules) off the main thread, validates sample
 * data against the render-data schema and maps pasted InviteToChat requests to render data. One worker serves every editor of a page; answers
 * carry the request's model URI (lint) or id (validation).
 */
import { inviteToChatToRenderData, lint, parseInviteToChat, validateJsonText } from '@fieldcode/content';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type === 'invite') {
    try {
      const { request: invite, diagnostics } = parseInviteToChat(request.text);
      scope.postMessage({ type: 'invite-result', id: request.id, data: invite ? inviteToChatToRenderData(invite) : null, diagnostics });
    } catch (error) {
      const at = { offset: 0, line: 1, column: 1 };
      scope.postMessage({
        type: 'invite-result',
        id: request.id,
        data: null,
        diagnostics: [{ code: 'internal-error', severity: 'error', message: String(error), range: { start: at, end: at } }],
      });
    }
    return;
  }
  if (request?.type === 'validate') {
    try {
      const { value, diagnostics } = validateJsonText(request.text, request.schema);
      scope.postMessage({ type: 'validate-result', id: request.id, value, diagnostics });
    } catch (error) {
      const at = { offset: 0, line: 1, column: 1 };
      scope.postMessage({
        type: 'validate-result',
        id: request.id,
        value: undefined,
        diagnostics: [{ code: 'internal-error', severity: 'error', message: String(error), range: { start: at, end: at } }],
      });
    }
    return;
  }
  if (request?.type !== 'lint') return;
  const started = performance.now();
  try {
    const result = lint(request.text, {
      kind: request.kind,
      filePath: request.kind === 'text' ? 'response.txt' : 'response.json',
      ...(request.profile ? { profile: request.profile } : {}),
      ...(request.rules ? { rules: request.rules } : {}),
      ...(request.dataDictionary ? { dataDictionary: request.dataDictionary } : {}),
    });
    scope.postMessage({
      type: 'lint-result',
      id: request.id,
      uri: request.uri,
      diagnostics: result.diagnostics,
      durationMs: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({
      type: 'lint-result',
      id: request.id,
      uri: request.uri,
      diagnostics: [],
      durationMs: performance.now() - started,
      error: String(error),
    });
  }
};
