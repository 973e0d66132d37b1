/**
 * The lint worker: runs the content lint (the CLI's rules) off the main thread, validates sample
 * data against the render-data schema and maps pasted InviteToChat requests to render data. A page
 * runs two: the whole-file lint (cancelled by the client when its text is stale) and a fast one for
 * incremental answers on large files, validation and InviteToChat mapping; a third computes the
 * preview of a large response (preview-client.ts). Answers carry the
 * request's model URI (lint) or id (validation).
 */
import { inviteToChatToRenderData, lint, parseInviteToChat, validateJsonText, type LintOptions } from '@fieldcode/content';
import { lintOptionsKey, type LintRequest, type WorkerRequest, type WorkerResponse } from './protocol.js';
import { lintBase, lintEdit, type EditAnswer, type LintBase } from './incremental.js';
import { previewData } from '../preview/preview-data.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

/** Bases of incremental answers by model URI, with the options key they were linted with. */
const bases = new Map<string, { base: LintBase; options: string; version: number }>();

function lintOptions(request: Omit<LintRequest, 'type' | 'id' | 'uri'>): LintOptions {
  return {
    kind: request.kind,
    filePath: request.kind === 'text' ? 'response.txt' : 'response.json',
    ...(request.profile ? { profile: request.profile } : {}),
    ...(request.rules ? { rules: request.rules } : {}),
    ...(request.dataDictionary ? { dataDictionary: request.dataDictionary } : {}),
  };
}

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
  if (request?.type === 'preview') {
    try {
      scope.postMessage({ type: 'preview-result', id: request.id, data: previewData(request.input) });
    } catch (error) {
      scope.postMessage({ type: 'preview-result', id: request.id, error: String(error) });
    }
    return;
  }
  if (request?.type === 'forget') {
    bases.delete(request.uri);
    return;
  }
  if (request?.type === 'lint-base') {
    const base = request.options.startsWith('["json"') ? lintBase(request.text, request.diagnostics) : null;
    if (base) bases.set(request.uri, { base, options: request.options, version: request.version });
    else bases.delete(request.uri);
    return;
  }
  if (request?.type === 'lint-incremental') {
    const started = performance.now();
    const known = bases.get(request.uri);
    let answer: EditAnswer | null = null;
    try {
      if (known && known.options === lintOptionsKey(request)) answer = lintEdit(known.base, request.text, lintOptions(request));
    } catch {
      answer = null; // the whole-file lint answers (and reports the failure, if any)
    }
    if (answer === null) scope.postMessage({ type: 'lint-skip', id: request.id, uri: request.uri });
    else
      scope.postMessage({
        type: 'lint-edit',
        id: request.id,
        uri: request.uri,
        answer,
        baseVersion: known!.version,
        durationMs: performance.now() - started,
      });
    return;
  }
  if (request?.type !== 'lint') return;
  const started = performance.now();
  try {
    const result = lint(request.text, lintOptions(request));
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
