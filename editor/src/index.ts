/**
 * `@fieldcode/editor` — lit + monaco web components for authoring standard responses:
 * `<fieldcode-editor>`, `<fieldcode-preview>` and `<fieldcode-sample-data>`. Importing this module
 * defines the three custom elements (once per page).
 */
import './worker-base.js';
import { FieldcodeEditor } from './elements/fieldcode-editor.js';
import { FieldcodePreview } from './elements/fieldcode-preview.js';
import { FieldcodeSampleData } from './elements/fieldcode-sample-data.js';

export { FieldcodeEditor, FieldcodePreview, FieldcodeSampleData };
export {
  FieldcodeChangeEvent,
  FieldcodeDiagnosticsEvent,
  FieldcodeSampleDataChangeEvent,
  FieldcodeRenderedEvent,
  FieldcodeProfileChangeEvent,
  type FieldcodeEventMap,
} from './events.js';
export { configureFieldcodeEditor, type FieldcodeEditorConfig, type WorkerLabel } from './config.js';
/** The monaco API the editor runs on (e.g. for `monaco.editor.defineTheme` with the `fc.*` token names). */
export { monaco, ensureMonacoSetup, THEME as FIELDCODE_THEME, DARK_THEME as FIELDCODE_DARK_THEME } from './monaco/setup.js';
export { TOKENS as FIELDCODE_TOKENS } from './monaco/grammar.js';
export { parseWhatsAppMarkup, parseInline, markupToPlainText, type BlockNode, type InlineNode } from './preview/whatsapp-markup.js';
export { countersFor, formatCounter, type Counter } from './preview/counters.js';
export {
  toPreviewMessage,
  previewOf,
  renderedModelOf,
  visibleButtons,
  type PreviewMessage,
  type PreviewButton,
  type PreviewMedia,
  type PreviewCard,
  type PreviewList,
} from './preview/model.js';

const elements: Array<[string, CustomElementConstructor]> = [
  ['fieldcode-editor', FieldcodeEditor],
  ['fieldcode-preview', FieldcodePreview],
  ['fieldcode-sample-data', FieldcodeSampleData],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'fieldcode-editor': FieldcodeEditor;
    'fieldcode-preview': FieldcodePreview;
    'fieldcode-sample-data': FieldcodeSampleData;
  }
}
