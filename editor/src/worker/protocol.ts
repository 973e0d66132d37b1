/** Messages between the editor and the lint worker (structured-clone safe, JSON only). */
import type { DataDictionary, Diagnostic } from '@fieldcode/language';

export interface LintRequest {
  type: 'lint';
  /** Increasing per client; a response answers the request with the same id. */
  id: number;
  /** Model URI, echoed back so one worker can serve several editors. */
  uri: string;
  text: string;
  kind: 'json' | 'text';
  profile?: string;
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
