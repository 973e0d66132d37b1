/**
 * Where the editor finds its worker bundles. By default they sit next to the module that defines
 * the elements (`editor.worker.js`, `json.worker.js`, `lint.worker.js`): the ES module entries
 * (`@fieldcode/editor`, `@fieldcode/editor/preview`) register their own directory (worker-base.ts).
 * A host serving them elsewhere calls `configureFieldcodeEditor` before the first editor connects;
 * a classic script (an IIFE bundle, which has no module URL) must, or its previews are computed on
 * the main thread.
 */
export type WorkerLabel = 'editor' | 'json' | 'lint';

export interface FieldcodeEditorConfig {
  /** Base URL of the three worker bundles (default: the directory of the module defining the elements). */
  workerBaseUrl?: string | URL;
  /** Individual worker URLs, overriding `workerBaseUrl`. */
  workerUrls?: Partial<Record<WorkerLabel, string | URL>>;
  /**
   * Whether `<fieldcode-preview>` computes the preview of a large response (64 KiB and more) in a
   * worker (default: yes, when the lint worker's location is known). `false`: on the main thread,
   * for hosts that cannot start workers (the VS Code extension's webview).
   */
  previewWorker?: boolean;
}

const FILES: Readonly<Record<WorkerLabel, string>> = Object.freeze({
  editor: 'editor.worker.js',
  json: 'json.worker.js',
  lint: 'lint.worker.js',
});

let config: FieldcodeEditorConfig = {};
/** The directory of the ES module that defines the elements (set by worker-base.ts), if any. */
let moduleBase: string | undefined;

/** Sets worker locations (call before the first `<fieldcode-editor>` connects). */
export function configureFieldcodeEditor(next: FieldcodeEditorConfig): void {
  config = { ...config, ...next, workerUrls: { ...config.workerUrls, ...next.workerUrls } };
}

/** Registers the default base of the worker bundles (the first ES module entry loaded wins). */
export function setModuleBase(url: string): void {
  moduleBase ??= url;
}

/** The base the worker bundles are found at, if known. */
function baseUrl(): URL | undefined {
  const pageUrl = typeof document === 'undefined' ? moduleBase : document.baseURI;
  if (config.workerBaseUrl) return new URL(String(config.workerBaseUrl), pageUrl);
  return moduleBase === undefined ? undefined : new URL(moduleBase);
}

/** The URL of one worker bundle; throws when no location is known (a classic script not configured). */
export function workerUrl(label: WorkerLabel): string {
  const explicit = config.workerUrls?.[label];
  if (explicit) return String(explicit);
  const base = baseUrl();
  if (!base) throw new Error(`No location for ${FILES[label]}: call configureFieldcodeEditor({ workerBaseUrl }) first`);
  return new URL(FILES[label], base).href;
}

/** Whether `<fieldcode-preview>` computes large previews in a worker (see `previewWorker`). */
export function previewWorkerEnabled(): boolean {
  return config.previewWorker !== false && (Boolean(config.workerUrls?.lint) || baseUrl() !== undefined);
}
