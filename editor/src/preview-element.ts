/**
 * `@fieldcode/editor/preview`: `<fieldcode-preview>` alone, without monaco, for hosts that only
 * show the preview (the VS Code extension's webview). Importing it defines the element once.
 */
import { FieldcodePreview } from './elements/fieldcode-preview.js';

export { FieldcodePreview };

if (!customElements.get('fieldcode-preview')) customElements.define('fieldcode-preview', FieldcodePreview);

declare global {
  interface HTMLElementTagNameMap {
    'fieldcode-preview': FieldcodePreview;
  }
}
