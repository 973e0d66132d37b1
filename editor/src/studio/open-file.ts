/** Opening a file: the unsaved-changes guard, drafts restored, and the panels loaded from the text. */
import * as api from './api.js';
import { addBannerButton, announce, clearBanner } from './banner.js';
import { hideConflict } from './conflict.js';
import { ask } from './dialogs.js';
import { editor, fileName, preview } from './dom.js';
import { viewOf } from './document-view.js';
import { dropDraft, loadDraft, saveDraft } from './drafts.js';
import { fragmentFor } from './fragment.js';
import { markCurrent } from './library-panel.js';
import { markChecking } from './problems-panel.js';
import { renderProfileBar } from './profile-bar.js';
import { loadDataFor } from './sample-data-panel.js';
import { save, updateDirty } from './saving.js';
import { lintSettingsFor, useLintSettings } from './server-lint.js';
import { isDirty, kindOf, libraryKey, state, type OpenFile } from './state.js';

/** Hooks run after a file is shown (the form view re-reads the text). */
const shownListeners: Array<() => void> = [];
export const onFileShown = (listener: () => void): void => void shownListeners.push(listener);

/** Counts show() calls: an earlier call whose settings arrive late gives way to the later one. */
let showTicket = 0;

/** Shows a file's text in the editor and preview (no dirty check). */
export async function show(file: OpenFile, text: string): Promise<void> {
  // The settings of this file's folder (the config's overrides) before its first lint; the file
  // is shown once they are known, and only when no later show() started meanwhile.
  const ticket = ++showTicket;
  state.opening = true;
  // The same text shown again (the open file re-opened, a draft discarded back to the same text)
  // starts no lint run: the status line already describes it and must not wait for one.
  if (editor.value !== text || editor.language !== file.kind) markChecking();
  const settings = await lintSettingsFor(file.path);
  if (ticket !== showTicket) return;
  state.opening = false;
  state.current = file;
  useLintSettings(settings);
  fileName.textContent = file.path;
  editor.language = file.kind;
  editor.value = text;
  preview.format = file.kind;
  preview.source = text;
  const view = viewOf(text, file.kind);
  renderProfileBar(view);
  // The version of the saved text, once the editor holds it (a draft shown is not the saved text).
  await editor.updateComplete;
  if (state.current === file) file.savedVersion = text === file.savedText ? editor.contentVersion : undefined;
  updateDirty();
  await loadDataFor(file, view);
  markCurrent(file.path);
  if (location.hash !== fragmentFor(file.path)) history.replaceState(null, '', fragmentFor(file.path));
  updateDirty();
  for (const listener of shownListeners) listener();
}

/** Opens a library file, restoring its draft when one is kept. */
export async function open(path: string, { guard = true } = {}): Promise<boolean> {
  if (guard && !(await confirmLeave())) return false;
  hideConflict();
  clearBanner();
  let opened: api.OpenedFile;
  try {
    opened = await api.readFile(path);
  } catch (error) {
    announce(`Could not open ${path}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return false;
  }
  const file: OpenFile = { path, savedText: opened.text, etag: opened.etag, kind: kindOf(path) };
  const draft = loadDraft(libraryKey(), path);
  if (draft && draft.text !== opened.text) {
    await show(file, draft.text);
    const changed = draft.baseEtag !== opened.etag;
    announce(
      `Restored your unsaved draft of ${new Date(draft.savedAt).toLocaleString()}.${changed ? ' The file has changed on disk since: saving will show both versions.' : ''}`,
    );
    if (changed) file.etag = draft.baseEtag; // saving then meets the change on disk and shows the diff
    addBannerButton('Discard draft', () => {
      dropDraft(libraryKey(), path);
      void show({ ...file, etag: opened.etag }, opened.text);
      clearBanner();
    });
  } else {
    if (draft) dropDraft(libraryKey(), path);
    await show(file, opened.text);
  }
  return true;
}

/** Before leaving a file with unsaved changes: save, keep as draft, discard, or stay. */
export async function confirmLeave(): Promise<boolean> {
  const { current } = state;
  if (!current || !isDirty()) return true;
  const choice = await ask('Unsaved changes', `${current.path} has unsaved changes.`, [
    { value: 'save', label: 'Save', tone: 'primary' },
    { value: 'keep', label: 'Keep as draft' },
    { value: 'discard', label: 'Discard changes', tone: 'danger' },
    { value: 'cancel', label: 'Cancel' },
  ]);
  if (choice === 'save') return save();
  if (choice === 'keep') {
    saveDraft(libraryKey(), current.path, { text: editor.value, baseEtag: current.etag ?? '', savedAt: Date.now() });
    return true;
  }
  if (choice === 'discard') {
    dropDraft(libraryKey(), current.path);
    editor.value = current.savedText;
    await editor.updateComplete;
    current.savedVersion = editor.contentVersion;
    return true;
  }
  return false;
}
