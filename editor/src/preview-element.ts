/**
 * `@fieldcode/editor/preview`: `<fieldcode-preview>` alone, without monaco, for hosts that only
 * show the preview. Importing it defines the element once; its worker bundles are found next to
 * this module (or where `configureFieldcodeEditor` says).
 */
import './worker-base.js';

export { FieldcodePreview, configureFieldcodeEditor, type FieldcodeEditorConfig, type WorkerLabel } from './preview-classic.js';
