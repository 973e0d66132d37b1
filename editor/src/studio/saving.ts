/** Save: the editor's text over the version opened (If-Match); a change on disk shows the conflict box instead. */
import * as api from './api.js';
import { editor, fileName, dirtyMarker, filesBox } from './dom.js';
import { announce } from './banner.js';
import { hideConflict, showConflict } from './conflict.js';
import { dropDraft } from './drafts.js';
import { refreshLibrary } from './library-panel.js';
import { isDirty, libraryKey, state } from './state.js';

/** Shows the unsaved marker, the tab title and the tree's draft mark for the open file. */
export function updateDirty(): void {
  const { current } = state;
  const dirty = isDirty();
  // Called on every keystroke: the page is touched only where something changed (no style work otherwise).
  if (dirtyMarker.hidden !== !dirty) dirtyMarker.hidden = !dirty;
  const title = current ? `${dirty ? '● ' : ''}${current.path} — fieldcode studio` : 'fieldcode studio';
  if (document.title !== title) document.title = title;
  if (!current) fileName.textContent = 'No file open';
  const button = filesBox.querySelector<HTMLButtonElement>(`button[data-file="${CSS.escape(current?.path ?? '')}"]`);
  if (button && button.classList.contains('has-draft') !== dirty) button.classList.toggle('has-draft', dirty);
}

/** Saves the open file; resolves to true when it was written. */
export async function save(): Promise<boolean> {
  const file = state.current;
  if (!file) return false;
  const text = editor.value;
  const version = editor.contentVersion;
  const outcome = await api.writeFile(file.path, text, file.etag);
  if (outcome.ok) {
    file.savedText = text;
    file.savedVersion = version; // typing during the save leaves the file changed
    file.etag = outcome.etag;
    dropDraft(libraryKey(), file.path);
    hideConflict();
    announce(`Saved ${file.path}.`);
    updateDirty();
    await refreshLibrary();
    return true;
  }
  if ('conflict' in outcome) {
    showConflict(outcome.conflict, text);
    return false;
  }
  announce(`Could not save ${file.path}: ${outcome.error}`, 'error');
  return false;
}
