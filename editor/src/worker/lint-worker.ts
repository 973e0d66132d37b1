/**
 * The lint worker: runs the content lint (the CLI's rules) off the main thread, validates sample
 * data against the render-data schema and maps pasted InviteToChat requests to render data. A page
 * runs two: the whole-file lint (cancelled by the client when its text is stale) and a fast one for
 * incremental answers on large files, validation and InviteToChat mapping; a third computes the
 * preview of a large response (preview-client.ts), in steps, dropping one made stale by a newer
 * text between two steps, and keeps its own copy of the source in step by each request's edit.
 * Answers carry the
 * request's model URI (lint) or id (validation).
 */
import { inviteToChatToRenderData, lint, parseInviteToChat, validateJsonText, type LintOptions } from '@fieldcode/content';
import { lintOptionsKey, type LintRequest, type WorkerRequest, type WorkerResponse } from './protocol.js';
import { changeBetween, lintBase, lintEdit, type EditAnswer, type LintBase } from './incremental.js';
import { applySync, type MirroredText } from './mirror.js';
import { previewSteps, type PreviewInput } from '../preview/preview-data.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

/** Bases of incremental answers by model URI, with the options key they were linted with. */
const bases = new Map<string, { base: LintBase; options: string; version: number }>();
/** The texts of large files as the editors have them, kept in step by their changes (mirror.ts). */
const texts = new Map<string, MirroredText>();

/** The empty change: the text equals the base's. */
const unchanged = (length: number) => ({ start: length, baseEnd: length, newEnd: length });

/** The change between a base and the current text, found by comparison (once per base or whole-text sync). */
function changeSinceBase(uri: string, mirror: MirroredText): void {
  const base = bases.get(uri)?.base;
  mirror.sinceBase = base ? changeBetween(base.text, mirror.text) : undefined;
  if (mirror.sinceBase && mirror.sinceBase.start === mirror.sinceBase.baseEnd && mirror.sinceBase.start === mirror.sinceBase.newEnd)
    mirror.sinceBase = null;
}

/** The preview worker's copy of the source, kept in step by the edit each request carries. */
let previewText: MirroredText | undefined;
/** Id of the preview wanted: a computation for another id is stale and stops before its next step. */
let wantedPreview = 0;

/** Lets queued messages (a cancel, a newer request) run before the next step. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function computePreview(id: number, input: PreviewInput): Promise<void> {
  try {
    const steps = previewSteps(input);
    for (;;) {
      if (wantedPreview !== id) {
        scope.postMessage({ type: 'preview-result', id, dropped: 'stale' });
        return;
      }
      const step = steps.next();
      if (step.done) {
        scope.postMessage({ type: 'preview-result', id, data: step.value });
        return;
      }
      await nextTask();
    }
  } catch (error) {
    scope.postMessage({ type: 'preview-result', id, error: String(error) });
  }
}

function lintOptions(request: Pick<LintRequest, 'kind' | 'profile' | 'rules' | 'dataDictionary' | 'templates'>): LintOptions {
  return {
    kind: request.kind,
    filePath: request.kind === 'text' ? 'response.txt' : 'response.json',
    ...(request.profile ? { profile: request.profile } : {}),
    ...(request.rules ? { rules: request.rules } : {}),
    ...(request.dataDictionary ? { dataDictionary: request.dataDictionary } : {}),
    ...(request.templates ? { templates: request.templates } : {}),
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
    // Every request's edit applies, in order (the next one starts from this text), even when it is dropped.
    const synced = applySync(previewText, request.sync);
    if (synced === false) {
      previewText = undefined;
      scope.postMessage({ type: 'preview-result', id: request.id, dropped: 'resync' });
      return;
    }
    previewText = synced;
    wantedPreview = request.id;
    void computePreview(request.id, { ...request.input, source: synced.text });
    return;
  }
  if (request?.type === 'preview-cancel') {
    if (wantedPreview === request.id) wantedPreview = 0;
    return;
  }
  if (request?.type === 'forget') {
    bases.delete(request.uri);
    texts.delete(request.uri);
    return;
  }
  if (request?.type === 'lint-base') {
    const mirror = texts.get(request.uri);
    // The copy becomes the linted text when it is older (the client decides the same way).
    if (request.text !== undefined && (!mirror || mirror.version < request.textVersion))
      texts.set(request.uri, { text: request.text, version: request.textVersion, sinceBase: null });
    const text = request.text ?? (mirror?.version === request.textVersion ? mirror.text : undefined);
    const base = text !== undefined && request.options.startsWith('["json"') ? lintBase(text, request.diagnostics) : null;
    if (base) bases.set(request.uri, { base, options: request.options, version: request.version });
    else bases.delete(request.uri);
    const current = texts.get(request.uri);
    if (current) changeSinceBase(request.uri, current);
    return;
  }
  if (request?.type === 'lint-incremental') {
    const started = performance.now();
    const synced = applySync(texts.get(request.uri), request.sync);
    if (synced === false) {
      texts.delete(request.uri);
      scope.postMessage({ type: 'lint-resync', id: request.id, uri: request.uri });
      return;
    }
    texts.set(request.uri, synced);
    if (synced.sinceBase === undefined) changeSinceBase(request.uri, synced);
    const known = bases.get(request.uri);
    let answer: EditAnswer | null = null;
    try {
      if (known && known.options === lintOptionsKey(request) && synced.sinceBase !== undefined)
        answer = lintEdit(known.base, synced.text, lintOptions(request), synced.sinceBase ?? unchanged(synced.text.length));
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
