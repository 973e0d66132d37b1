/** Messages between the editor and the lint worker (structured-clone safe, JSON only). */
import type { DataDictionary, Diagnostic, RenderData } from '@fieldcode/language';
import type { SchemaName } from '@fieldcode/content';

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

export type WorkerRequest = LintRequest | ValidateRequest | InviteRequest;
export type WorkerResponse = LintResponse | ValidateResponse | InviteResponse;
