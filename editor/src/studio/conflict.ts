/** The conflict box: the version on disk and the author's side by side, after a refused save. */
import { monaco } from '../monaco/setup.js';
import type { Conflict } from './api.js';
import { $ } from './dom.js';
import { state } from './state.js';

let diffEditor: ReturnType<typeof monaco.editor.createDiffEditor> | null = null;
let shown: Conflict | null = null;

/** The conflict on screen, if any. */
export const shownConflict = (): Conflict | null => shown;

export function showConflict(conflict: Conflict, mine: string): void {
  shown = conflict;
  const box = $<HTMLDivElement>('#conflict');
  box.hidden = false;
  const path = state.current?.path;
  $<HTMLHeadingElement>('#conflict-title').textContent =
    conflict.kind === 'deleted' ? 'The file was deleted on disk' : 'The file changed on disk';
  $<HTMLParagraphElement>('#conflict-text').textContent =
    conflict.kind === 'deleted'
      ? `${path} no longer exists on disk. Save it again, or close it.`
      : `${path} was changed by someone or something else since you opened it. Nothing was overwritten.`;
  $<HTMLButtonElement>('#conflict-take').hidden = conflict.kind === 'deleted';
  const host = $<HTMLDivElement>('#conflict-diff');
  host.hidden = conflict.kind === 'deleted';
  if (conflict.kind !== 'deleted') {
    disposeDiff();
    diffEditor = monaco.editor.createDiffEditor(host, {
      readOnly: true,
      automaticLayout: true,
      renderSideBySide: window.innerWidth > 700,
      minimap: { enabled: false },
    });
    diffEditor.setModel({
      original: monaco.editor.createModel(conflict.text ?? '', 'json'),
      modified: monaco.editor.createModel(mine, 'json'),
    });
  }
  $<HTMLButtonElement>('#conflict-overwrite').focus();
}

function disposeDiff(): void {
  const model = diffEditor?.getModel();
  diffEditor?.dispose();
  model?.original.dispose();
  model?.modified.dispose();
  diffEditor = null;
}

export function hideConflict(): void {
  $<HTMLDivElement>('#conflict').hidden = true;
  disposeDiff();
  shown = null;
}
