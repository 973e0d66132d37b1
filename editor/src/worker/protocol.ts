/** Messages between the editor and the lint worker (structured-clone safe, JSON only). */
import type { DataDictionary, Diagnostic, RenderData } from '@fieldcode/language';
import type { ApprovedTemplate, SchemaName } from '@fieldcode/content';
import type { PreviewData, PreviewInput } from '../preview/preview-data.js';
import type { EditAnswer } from './incremental.js';
import type { TextSync } from './mirror.js';

export interface LintRequest {
  type: 'lint';
  /** Increasing per client; a response answers the request with the same id. */
  id: number;
  /** Model URI, echoed back so one worker can serve several editors. */
  uri: string;
  text: string;
  kind: 'json' | 'text';
  profile?: string;
  /** Rule severities (the config's `rules`). */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  dataDictionary?: DataDictionary;
  /** Meta's approved templates (the config's `templates` export): `template-approved` and `template-drift` run with them. */
  templates?: readonly ApprovedTemplate[];
  /** The templates as one key (set with `templates`), so a settings key need not serialise them per keystroke. */
  templatesKey?: string;
}

/**
 * The whole-file lint result of a large text, kept by the fast worker as the base of its
 * incremental answers (see incremental.ts). `options` is the request's settings, as a key.
 */
export interface LintBaseRequest {
  type: 'lint-base';
  uri: string;
  /** Model version of the linted text. */
  textVersion: number;
  /**
   * The linted text; left out when the fast worker's copy is at `textVersion` (it is the same
   * text). When given and the copy is older (or missing), the copy becomes this text.
   */
  text?: string;
  options: string;
  diagnostics: Diagnostic[];
  /** Increasing per URI: an incremental answer names the base it applies to. */
  version: number;
}

/**
 * Asks the fast worker for an incremental answer to a lint request: the request's settings, and
 * its text as the changes since the text the worker holds (or the whole text, see mirror.ts).
 */
export interface IncrementalLintRequest extends Omit<LintRequest, 'type' | 'text'> {
  type: 'lint-incremental';
  sync: TextSync;
}

/** Drops the base of an editor that went away. */
export interface ForgetRequest {
  type: 'forget';
  uri: string;
}

/**
 * The fast worker cannot apply the changes of a request (its copy of the text is at another
 * version): the client sends the whole text again.
 */
export interface LintResyncResponse {
  type: 'lint-resync';
  id: number;
  uri: string;
}

/** The fast worker has no incremental answer (no base, or more than one string changed). */
export interface LintSkipResponse {
  type: 'lint-skip';
  id: number;
  uri: string;
}

/** The fast worker's incremental answer: the client applies it to the base diagnostics it holds. */
export interface LintEditResponse {
  type: 'lint-edit';
  id: number;
  uri: string;
  answer: EditAnswer;
  /** The version of the base the answer applies to. */
  baseVersion: number;
  durationMs: number;
}

export interface LintResponse {
  type: 'lint-result';
  id: number;
  uri: string;
  diagnostics: Diagnostic[];
  /** Time the lint took in the worker, in milliseconds. */
  durationMs: number;
  /** Set when the lint itself failed (reported as one diagnostic by the client). */
  error?: string;
}

/** Parses JSON text and validates it against a shipped schema (the sample-data panel). */
export interface ValidateRequest {
  type: 'validate';
  id: number;
  text: string;
  schema: SchemaName;
}

export interface ValidateResponse {
  type: 'validate-result';
  id: number;
  /** The parsed value; undefined when the text is not JSON. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Maps an InviteToChat request (DMS log text or JSON) to render data (the sample-data panel). */
export interface InviteRequest {
  type: 'invite';
  id: number;
  text: string;
}

export interface InviteResponse {
  type: 'invite-result';
  id: number;
  /** The render data, or null when the request could not be read. */
  data: RenderData | null;
  diagnostics: Diagnostic[];
}

/**
 * The preview of a large response (`<fieldcode-preview>`, see preview-data.ts and
 * preview-client.ts): its settings, and its source as a sync of the copy the preview worker keeps
 * (mirror.ts), versioned by request id: the edit from the previous request's source, or the whole
 * text for a new worker.
 */
export interface PreviewRequest {
  type: 'preview';
  id: number;
  input: Omit<PreviewInput, 'source'>;
  sync: TextSync;
}

/** The preview `id` is stale (the author typed again): the worker drops it before its next step. */
export interface PreviewCancelRequest {
  type: 'preview-cancel';
  id: number;
}

/** Every preview request gets one answer: the preview, an error, or why it was dropped. */
export interface PreviewResponse {
  type: 'preview-result';
  id: number;
  data?: PreviewData;
  /** Set when the preview itself failed. */
  error?: string;
  /** `stale`: cancelled or replaced, dropped between two steps; `resync`: the sync did not apply to the worker's copy (send the whole text). */
  dropped?: 'stale' | 'resync';
}

export type WorkerRequest =
  | LintRequest
  | LintBaseRequest
  | IncrementalLintRequest
  | ForgetRequest
  | ValidateRequest
  | InviteRequest
  | PreviewRequest
  | PreviewCancelRequest;
export type WorkerResponse =
  LintResponse | LintEditResponse | LintSkipResponse | LintResyncResponse | ValidateResponse | InviteResponse | PreviewResponse;

/** The settings of a lint request that decide its result, as one comparable key. */
export function lintOptionsKey(request: Pick<LintRequest, 'kind' | 'profile' | 'rules' | 'dataDictionary' | 'templatesKey'>): string {
  return JSON.stringify([
    request.kind,
    request.profile ?? null,
    request.rules ?? null,
    request.dataDictionary ?? null,
    request.templatesKey ?? null,
  ]);
}
