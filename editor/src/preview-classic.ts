/**
 * `<fieldcode-preview>` alone, for classic scripts (IIFE bundles, such as the VS Code extension's
 * webview): no module URL, so no default worker location. Large previews are computed on the main
 * thread unless the host gives the lint worker's location with `configureFieldcodeEditor`.
 * Importing it defines the element once.
 */
import { FieldcodePreview } from './elements/fieldcode-preview.js';

export { FieldcodePreview };
export { configureFieldcodeEditor, type FieldcodeEditorConfig, type WorkerLabel } from './config.js';

if (!customElements.get('fieldcode-preview')) customElements.define('fieldcode-preview', FieldcodePreview);

declare global {
  interface HTMLElementTagNameMap {
    'fieldcode-preview': FieldcodePreview;
  }
}
