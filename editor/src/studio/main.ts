/**
 * The studio page (served by `fieldcode studio DIR`): the library folder's responses in a tree
 * with their lint status, and one open file in the editor, its preview, sample data, variables
 * and problems. The file is the one source of truth: the profile switcher and the sample-data
 * panel edit its `profile` and `sampleData`; nothing is kept beside it except unsaved drafts.
 * This module only wires the parts together (each part is a module of this folder).
 */
import { cancelPreview } from '../worker/preview-client.js';
import type { DocumentFacts } from '../preview/preview-data.js';
import { LARGE_TEXT } from './document-view.js';
import { DARK_THEME, THEME } from '../monaco/setup.js';
import { announce } from './banner.js';
import { hideConflict, shownConflict } from './conflict.js';
import { $, editor, preview, profileSelect, sampleData } from './dom.js';
import { viewOf } from './document-view.js';
import { dropDraft, saveDraft } from './drafts.js';
import { download, duplicate, fixAll, newFile, remove, rename, saveAs, upload } from './file-actions.js';
import { fragmentFileName } from './fragment.js';
import { propertyEdits } from './json-edit.js';
import { refreshLibrary, showLiveCounts, wireLibraryPanel } from './library-panel.js';
import { applyModelEdits } from './model-edits.js';
import { onFileShown, open, show } from './open-file.js';
import { markChecking, wireProblemsPanel } from './problems-panel.js';
import { renderProfileBar } from './profile-bar.js';
import { followDocument, wireSampleDataPanel } from './sample-data-panel.js';
import { FormView } from './form-view.js';
import { save, updateDirty } from './saving.js';
import { isDirty, libraryKey, state } from './state.js';
import { wireTabs } from './tabs.js';
import { renderVariables, wireVariablesTab } from './variables-panel.js';

// The form view: drawn while its tab is shown, from the editor's text; it writes through the editor.
const form = new FormView($<HTMLDivElement>('#form-view'));
let formShown = false;
const drawForm = (): void => {
  if (!formShown) return;
  if (state.current?.kind === 'text')
    $<HTMLDivElement>('#form-view').textContent = 'A .txt file is plain field-code text: edit it in the JSON tab.';
  else form.render(editor.value);
};
$<HTMLElement>('.view-tabs').addEventListener('fieldcode-tab-select', (event) => {
  formShown = (event as CustomEvent<{ tab: string }>).detail.tab === 'tab-form';
  drawForm();
});
onFileShown(drawForm);
editor.addEventListener('fieldcode-diagnostics', (event) => {
  if (formShown && event.detail.text === editor.value) form.showDiagnostics(event.detail.diagnostics);
});

// Editing: every change updates the preview, the panels that read the text, and the draft.
let draftTimer: ReturnType<typeof setTimeout> | undefined;
// Texts from LARGE_TEXT on (a 500-row list, a 2 MB response): the panels that re-read the whole
// text (preview, variables, profile bar, form) follow once typing pauses, so each keystroke leaves
// the main thread free and the lint's markers arrive without waiting for them.
/** Pause after the last keystroke before the panels of a large text follow. */
const LARGE_TEXT_PAUSE_MS = 300;

/**
 * Pause after the last keystroke before the draft is written to local storage: 300 ms, or 2 s for
 * a large text (writing 2 MB to local storage takes tens of milliseconds of the main thread).
 */
const draftPause = (value: string): number => (value.length < LARGE_TEXT ? 300 : 2000);

/**
 * Re-reads the text into the preview and the panels that depend on it. A large JSON text is not
 * parsed here: the preview worker parses it anyway, and the profile bar and sample-data panel
 * follow what its answer says of the document (`documentFacts`, see below).
 */
function followText(value: string): void {
  const opened = state.current;
  preview.source = value;
  if (!opened) return;
  if (!form.isWriting) drawForm();
  if (opened.kind === 'json' && value.length >= LARGE_TEXT) return;
  const view = viewOf(value, opened.kind);
  if (view) followFacts(view);
}

/** The profile bar and the sample-data panel (or the Variables table) follow the document. */
function followFacts(facts: DocumentFacts): void {
  renderProfileBar(facts);
  if (!followDocument(facts)) renderVariables();
}

// A large JSON text's preview (computed off the main thread) says what the document holds.
preview.addEventListener('fieldcode-rendered', () => {
  const facts = preview.documentFacts;
  if (state.current?.kind !== 'json' || preview.source.length < LARGE_TEXT || !facts || state.opening) return;
  followFacts(facts);
});

let followTimer: ReturnType<typeof setTimeout> | undefined;
editor.addEventListener('fieldcode-change', (event) => {
  const value = event.detail.value;
  clearTimeout(followTimer);
  if (value.length < LARGE_TEXT || form.isWriting) followText(value);
  else {
    // The preview of the text before this keystroke is stale: stop computing it.
    cancelPreview();
    followTimer = setTimeout(() => followText(editor.value), LARGE_TEXT_PAUSE_MS);
  }
  const opened = state.current;
  if (!opened) return;
  markChecking();
  // Once monaco's undo or redo has given the text its version back (it does so after the change event).
  queueMicrotask(updateDirty);
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    if (state.current !== opened) return;
    if (isDirty()) saveDraft(libraryKey(), opened.path, { text: editor.value, baseEtag: opened.etag ?? '', savedAt: Date.now() });
    else dropDraft(libraryKey(), opened.path);
  }, draftPause(value));
});

wireProblemsPanel((counts) => {
  if (state.current) showLiveCounts(state.current.path, counts);
});
wireSampleDataPanel();
wireLibraryPanel((path) => void open(path));
wireTabs();
wireVariablesTab();

profileSelect.addEventListener('change', () => {
  if (!state.current) return;
  applyModelEdits(propertyEdits(editor.value, ['profile'], profileSelect.value === '' ? undefined : profileSelect.value));
});

// Conflict box: overwrite with the author's version, or take the disk's.
$<HTMLButtonElement>('#conflict-overwrite').addEventListener('click', () => {
  const conflict = shownConflict();
  if (!state.current || !conflict) return;
  state.current.etag = conflict.kind === 'deleted' ? null : (conflict.etag ?? null);
  void save();
});
$<HTMLButtonElement>('#conflict-take').addEventListener('click', () => {
  const conflict = shownConflict();
  if (!state.current || conflict?.text === undefined) return;
  const file = { ...state.current, savedText: conflict.text, etag: conflict.etag ?? null };
  dropDraft(libraryKey(), file.path);
  hideConflict();
  void show(file, file.savedText).then(() => announce(`Loaded the version of ${file.path} on disk.`));
});
$<HTMLButtonElement>('#conflict-cancel').addEventListener('click', () => hideConflict());

// File actions.
$<HTMLButtonElement>('#new-file').addEventListener('click', () => void newFile());
$<HTMLButtonElement>('#save').addEventListener('click', () => void save());
$<HTMLButtonElement>('#save-as').addEventListener('click', () => void saveAs());
$<HTMLButtonElement>('#rename').addEventListener('click', () => void rename());
$<HTMLButtonElement>('#duplicate').addEventListener('click', () => void duplicate());
$<HTMLButtonElement>('#delete').addEventListener('click', () => void remove());
$<HTMLButtonElement>('#download').addEventListener('click', () => download());
$<HTMLButtonElement>('#fix-all').addEventListener('click', () => void fixAll());
const uploadInput = $<HTMLInputElement>('#upload-input');
$<HTMLButtonElement>('#upload').addEventListener('click', () => uploadInput.click());
uploadInput.addEventListener('change', () => {
  const file = uploadInput.files?.[0];
  uploadInput.value = '';
  if (file) void upload(file);
});

// Ctrl+S / Cmd+S anywhere on the page (monaco would otherwise let the browser save the page).
window.addEventListener(
  'keydown',
  (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  },
  { capture: true },
);

window.addEventListener('beforeunload', (event) => {
  if (!isDirty() || !state.current) return;
  // The draft is in local storage already; the browser still asks, as for any unsaved form.
  saveDraft(libraryKey(), state.current.path, { text: editor.value, baseEtag: state.current.etag ?? '', savedAt: Date.now() });
  event.preventDefault();
  event.returnValue = '';
});

// Colour scheme: the page follows prefers-color-scheme, and so does monaco's theme.
const dark = window.matchMedia('(prefers-color-scheme: dark)');
const applyScheme = (): void => {
  editor.theme = dark.matches ? DARK_THEME : THEME;
};
dark.addEventListener('change', applyScheme);

async function start(): Promise<void> {
  await Promise.all(['fieldcode-editor', 'fieldcode-preview', 'fieldcode-sample-data'].map((name) => customElements.whenDefined(name)));
  applyScheme();
  await refreshLibrary();
  const wanted = fragmentFileName(location.hash);
  const paths = state.library.files.map((file) => file.path);
  const first = paths.includes(wanted) ? wanted : (paths.find((path) => path === 'bill-reminder.json') ?? paths[0]);
  if (first) await open(first, { guard: false });
  document.documentElement.dataset.studioReady = 'true';
}

/** Handles for tests and benchmarks. */
(window as unknown as { fieldcodeStudio: unknown }).fieldcodeStudio = { editor, preview, sampleData, open, save, isDirty, refreshLibrary };
void start();
