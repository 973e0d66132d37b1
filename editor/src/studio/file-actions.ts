/** The file bar's actions besides Save: New, Save as, Rename, Duplicate, Delete, Download, Upload, Fix all. */
import * as api from './api.js';
import { announce } from './banner.js';
import { ask, askName } from './dialogs.js';
import { editor, fileName, preview } from './dom.js';
import { dropDraft, loadDraft, saveDraft } from './drafts.js';
import { fragmentFor } from './fragment.js';
import { refreshLibrary } from './library-panel.js';
import { replaceText } from './model-edits.js';
import { confirmLeave, open, show } from './open-file.js';
import { updateDirty } from './saving.js';
import { kindOf, libraryKey, state } from './state.js';
import { studioTemplates } from './templates.js';

/** Uploads above this size are refused in the page (the server refuses them too). */
const maxUploadBytes = 5 * 1024 * 1024;

/** Client-side name check (the server checks again): relative, .json or .txt, no dot-segments. */
function nameProblem(name: string): string | null {
  if (!/\.(json|txt)$/u.test(name)) return 'The name must end in .json or .txt.';
  if (name.startsWith('/') || name.includes('\\')) return 'Use a path relative to the library, with / between folders.';
  if (name.split('/').some((part) => part === '' || part.startsWith('.')))
    return 'No empty, "." or ".." parts, and no names starting with a dot.';
  if (state.library.files.some((file) => file.path === name)) return `${name} already exists.`;
  return null;
}

function suggestName(base: string, extension: string): string {
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? '' : `-${i}`}.${extension}`;
    if (!state.library.files.some((file) => file.path === name)) return name;
  }
}

const copyName = (path: string): string => suggestName(path.replace(/\.(json|txt)$/u, '-copy'), kindOf(path) === 'text' ? 'txt' : 'json');
const validate = async (name: string): Promise<string | null> => nameProblem(name);
const refusal = (outcome: { conflict: api.Conflict } | { error: string }): string =>
  'error' in outcome ? outcome.error : outcome.conflict.message;

export async function newFile(): Promise<void> {
  if (!(await confirmLeave())) return;
  const chosen = await askName('New standard response', suggestName('new-response', 'json'), { templates: true, validate });
  if (!chosen) return;
  const template = studioTemplates.find((t) => t.id === chosen.template) ?? studioTemplates[0]!;
  const outcome = await api.writeFile(chosen.name, template.text, null);
  if (!outcome.ok) return announce(`Could not create ${chosen.name}: ${refusal(outcome)}`, 'error');
  await refreshLibrary();
  await open(chosen.name, { guard: false });
  announce(`Created ${chosen.name} from the ${template.label} template.`);
}

export async function saveAs(): Promise<void> {
  const from = state.current;
  if (!from) return;
  const chosen = await askName('Save as', copyName(from.path), { validate });
  if (!chosen) return;
  const text = editor.value;
  const outcome = await api.writeFile(chosen.name, text, null);
  if (!outcome.ok) return announce(`Could not save ${chosen.name}: ${refusal(outcome)}`, 'error');
  // The edits went to the new file: the original stays as it is on disk, without a draft.
  dropDraft(libraryKey(), from.path);
  await refreshLibrary();
  await show({ path: chosen.name, savedText: text, etag: outcome.etag, kind: kindOf(chosen.name) }, text);
  announce(`Saved as ${chosen.name}.`);
}

export async function rename(): Promise<void> {
  const from = state.current;
  if (!from) return;
  const chosen = await askName('Rename', from.path, {
    validate: async (name) => (name === from.path ? 'Choose a different name.' : nameProblem(name)),
  });
  if (!chosen) return;
  const outcome = await api.renameFile(from.path, chosen.name);
  if (!outcome.ok) return announce(`Could not rename ${from.path}: ${outcome.error}`, 'error');
  const draft = loadDraft(libraryKey(), from.path);
  dropDraft(libraryKey(), from.path);
  if (draft) saveDraft(libraryKey(), chosen.name, draft);
  from.path = chosen.name;
  fileName.textContent = chosen.name;
  history.replaceState(null, '', fragmentFor(chosen.name));
  await refreshLibrary();
  updateDirty();
  announce(`Renamed to ${chosen.name}.`);
}

export async function duplicate(): Promise<void> {
  const from = state.current;
  if (!from) return;
  const chosen = await askName('Duplicate', copyName(from.path), { validate });
  if (!chosen) return;
  const outcome = await api.writeFile(chosen.name, from.savedText, null);
  if (!outcome.ok) return announce(`Could not duplicate ${from.path}: ${refusal(outcome)}`, 'error');
  await refreshLibrary();
  announce(`Duplicated the saved version of ${from.path} as ${chosen.name}.`);
}

export async function remove(): Promise<void> {
  const file = state.current;
  if (!file) return;
  const choice = await ask('Delete file', `Delete ${file.path} from the library folder? This cannot be undone here.`, [
    { value: 'delete', label: `Delete ${file.path}`, tone: 'danger' },
    { value: 'cancel', label: 'Cancel' },
  ]);
  if (choice !== 'delete') return;
  if (file.etag === null) return announce(`${file.path} does not exist on disk.`, 'error');
  const outcome = await api.deleteFile(file.path, file.etag);
  if (!outcome.ok) {
    announce(
      outcome.conflict
        ? `${file.path} changed on disk since you opened it; reopen it before deleting.`
        : `Could not delete ${file.path}: ${outcome.error}`,
      'error',
    );
    return;
  }
  dropDraft(libraryKey(), file.path);
  state.current = null;
  await refreshLibrary();
  const next = state.library.files[0]?.path;
  if (next) await open(next, { guard: false });
  else {
    editor.value = '';
    preview.source = '';
    updateDirty();
  }
  announce(`Deleted ${file.path}.`);
}

/** Downloads the text shown, unsaved edits included. */
export function download(): void {
  const { current } = state;
  if (!current) return;
  const blob = new Blob([editor.value], { type: current.kind === 'text' ? 'text/plain' : 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = current.path.split('/').pop()!;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function upload(file: File): Promise<void> {
  if (file.size > maxUploadBytes) return announce(`${file.name} is larger than 5 MB.`, 'error');
  if (!(await confirmLeave())) return;
  const text = await file.text();
  let name = file.name;
  const problem = nameProblem(name);
  if (problem) {
    const initial = problem.endsWith('already exists.')
      ? suggestName(name.replace(/\.(json|txt)$/u, ''), kindOf(name) === 'text' ? 'txt' : 'json')
      : name;
    const chosen = await askName(`Upload ${file.name}`, initial, { validate });
    if (!chosen) return;
    name = chosen.name;
  }
  const outcome = await api.writeFile(name, text, null);
  if (!outcome.ok) return announce(`Could not upload ${name}: ${refusal(outcome)}`, 'error');
  await refreshLibrary();
  await open(name, { guard: false });
  announce(`Uploaded ${name}.`);
}

/** Every safe fix, by the server with the `--fix` core; an undoable edit, not saved. */
export async function fixAll(): Promise<void> {
  const { current } = state;
  if (!current) return;
  try {
    const result = await api.fixAll(current.path, editor.value);
    if (result.fixed > 0) replaceText(result.text);
    announce(
      result.fixed > 0
        ? `Fixed ${result.fixed} ${result.fixed === 1 ? 'problem' : 'problems'} (not saved yet).`
        : result.refused
          ? 'Nothing fixed: the fixed text would not parse.'
          : 'Nothing to fix.',
    );
  } catch (error) {
    announce(`Fix all failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}
