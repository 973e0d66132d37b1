/**
 * The preview webview's script: `<fieldcode-preview>` fed with the document text the extension
 * posts. Bundled for the browser into dist/webview.js.
 */
import { configureFieldcodeEditor } from '@fieldcode/editor/preview';

// The webview's Content-Security-Policy allows no worker, and its classic script has no module URL
// to find one at: a large response's preview is computed here, on the webview's own main thread
// (VS Code's editor runs elsewhere, so typing never waits for it).
configureFieldcodeEditor({ previewWorker: false });

interface VsCodeWebviewApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeWebviewApi;

const preview = document.querySelector('fieldcode-preview');
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data as { type?: unknown; source?: unknown; format?: unknown } | null;
  if (!preview || message?.type !== 'update' || typeof message.source !== 'string') return;
  preview.format = message.format === 'text' ? 'text' : 'json';
  preview.source = message.source;
});
acquireVsCodeApi().postMessage({ type: 'ready' });
