/** Changes to the editor's text made by the studio (profile, sample data, form, Fix all): each one undoable step. */
import type { Edit } from 'jsonc-parser';
import { monaco } from '../monaco/setup.js';
import { editor } from './dom.js';

/** Applies JSON text edits to the editor's model as one undoable step. */
export function applyModelEdits(edits: readonly Edit[]): void {
  const monacoEditor = editor.monacoEditor;
  const model = monacoEditor?.getModel();
  if (!monacoEditor || !model || edits.length === 0) return;
  monacoEditor.pushUndoStop();
  monacoEditor.executeEdits(
    'fieldcode-studio',
    edits.map((edit) => ({
      range: monaco.Range.fromPositions(model.getPositionAt(edit.offset), model.getPositionAt(edit.offset + edit.length)),
      text: edit.content,
    })),
  );
  monacoEditor.pushUndoStop();
}

/** Replaces the whole text as one undoable step (Fix all). */
export function replaceText(text: string): void {
  const model = editor.monacoEditor?.getModel();
  if (!model) return;
  applyModelEdits([{ offset: 0, length: model.getValueLength(), content: text }]);
}
