/**
 * The preview webview's script: `<fieldcode-preview>` fed with the document text the extension
 * posts. Bundled for the browser into dist/webview.js.
 */
import '@fieldcode/editor/preview';

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
