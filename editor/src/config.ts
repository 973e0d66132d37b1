/**
 * Where the editor finds its worker bundles. By default they sit next to the module that defines
 * the elements (`editor.worker.js`, `json.worker.js`, `lint.worker.js`); a host serving them
 * elsewhere calls `configureFieldcodeEditor` before the first editor connects.
 */
export type WorkerLabel = 'editor' | 'json' | 'lint';

export interface FieldcodeEditorConfig {
  /** Base URL of the three worker bundles (default: the directory of this module). */
  workerBaseUrl?: string | URL;
  /** Individual worker URLs, overriding `workerBaseUrl`. */
  workerUrls?: Partial<Record<WorkerLabel, string | URL>>;
}

const FILES: Readonly<Record<WorkerLabel, string>> = Object.freeze({
  editor: 'editor.worker.js',
  json: 'json.worker.js',
  lint: 'lint.worker.js',
});

let config: FieldcodeEditorConfig = {};

/** Sets worker locations (call before the first `<fieldcode-editor>` connects). */
export function configureFieldcodeEditor(next: FieldcodeEditorConfig): void {
  config = { ...config, ...next, workerUrls: { ...config.workerUrls, ...next.workerUrls } };
}

/** The URL of one worker bundle. */
export function workerUrl(label: WorkerLabel): string {
  const explicit = config.workerUrls?.[label];
  if (explicit) return String(explicit);
  const pageUrl = typeof document === 'undefined' ? import.meta.url : document.baseURI;
  const base = config.workerBaseUrl ? new URL(String(config.workerBaseUrl), pageUrl) : new URL('./', import.meta.url);
  return new URL(FILES[label], base).href;
}
