/**
 * The studio page (served by `fieldcode studio DIR`): the library folder's responses in a tree
 * with their lint status, and one open file in the editor, its preview, sample data, variables
 * and problems. The file is the one source of truth: the profile switcher and the sample-data
 * panel edit its `profile` and `sampleData`; nothing is kept beside it except unsaved drafts.
 */
import { getProfile, profileNames, isStructuredBody } from '@fieldcode/content';
import type { Diagnostic, RenderData } from '@fieldcode/language';
import { monaco, DARK_THEME, THEME } from '../monaco/setup.js';
import type { FieldcodeEditor } from '../elements/fieldcode-editor.js';
import type { FieldcodePreview } from '../elements/fieldcode-preview.js';
import type { FieldcodeSampleData } from '../elements/fieldcode-sample-data.js';
import * as api from './api.js';
import { dropDraft, draftPaths, loadDraft, saveDraft } from './drafts.js';
import { propertyEdits } from './json-edit.js';
import { studioTemplates } from './templates.js';
import { variableTable } from './variables.js';
import { fragmentFileName, fragmentFor } from './fragment.js';

const $ = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`studio page is missing ${selector}`);
  return element;
};

const editor = $<FieldcodeEditor>('#editor');
const preview = $<FieldcodePreview>('#preview');
const sampleData = $<FieldcodeSampleData>('#sample-data');
const filesBox = $<HTMLDivElement>('#files');
const fileName = $<HTMLSpanElement>('#file-name');
const dirtyMarker = $<HTMLSpanElement>('#dirty-marker');
const lintStatus = $<HTMLParagraphElement>('#lint-status');
const banner = $<HTMLDivElement>('#banner');
const profileSelect = $<HTMLSelectElement>('#profile');
const profileSource = $<HTMLSpanElement>('#profile-source');
const previewHeading = $<HTMLHeadingElement>('#preview-heading');
const dataSource = $<HTMLParagraphElement>('#data-source');
const searchInput = $<HTMLInputElement>('#search');
const filterType = $<HTMLSelectElement>('#filter-type');
const filterProblems = $<HTMLSelectElement>('#filter-problems');
const libraryError = $<HTMLParagraphElement>('#library-error');
const librarySummary = $<HTMLParagraphElement>('#library-summary');

/** The open file: its path, the text and ETag of the version on disk, and how it is edited. */
interface OpenFile {
  path: string;
  savedText: string;
  /** ETag of the version on disk; null when the file does not exist on disk (deleted meanwhile). */
  etag: string | null;
  kind: 'json' | 'text';
}

let library: api.Library = { config: { warnings: [] }, files: [], dataFiles: [] };
let current: OpenFile | null = null;
let textMatches: Set<string> | null = null;
let diagnostics: readonly Diagnostic[] = [];
/** The sample data last read from or written to the file, to tell the author's edits from our own. */
let panelData: RenderData = {};

const libraryKey = (): string => library.root ?? location.host;
const kindOf = (path: string): 'json' | 'text' => (path.endsWith('.txt') ? 'text' : 'json');
const isDirty = (): boolean => current !== null && editor.value !== current.savedText;

// ---------------------------------------------------------------------------------------------
// Status line and banners

function announce(message: string, tone: 'info' | 'error' = 'info'): void {
  banner.hidden = false;
  banner.textContent = message;
  banner.classList.toggle('error', tone === 'error');
}

function clearBanner(): void {
  banner.hidden = true;
  banner.textContent = '';
}

function updateDirty(): void {
  const dirty = isDirty();
  dirtyMarker.hidden = !dirty;
  document.title = current ? `${dirty ? '● ' : ''}${current.path} — fieldcode studio` : 'fieldcode studio';
  const button = filesBox.querySelector<HTMLButtonElement>(`button[data-file="${CSS.escape(current?.path ?? '')}"]`);
  button?.classList.toggle('has-draft', dirty);
}

// ---------------------------------------------------------------------------------------------
// The document: parsed view of the editor text (profile, sample data, envelope or bare body)

interface DocumentView {
  value: unknown;
  /** True for an envelope (it can hold `profile` and `sampleData`). */
  envelope: boolean;
  profile?: string;
  sampleData?: RenderData;
}

function viewOf(text: string, kind: 'json' | 'text'): DocumentView | undefined {
  if (kind === 'text') return { value: text, envelope: false };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const envelope = typeof value === 'object' && value !== null && !Array.isArray(value) && !isStructuredBody(value);
  const view: DocumentView = { value, envelope };
  if (envelope) {
    const { profile, sampleData: data } = value as { profile?: unknown; sampleData?: unknown };
    if (typeof profile === 'string') view.profile = profile;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) view.sampleData = data as RenderData;
  }
  return view;
}

/** Applies JSON text edits to the editor's model as one undoable step. */
function applyModelEdits(edits: ReturnType<typeof propertyEdits>): void {
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
function replaceText(text: string): void {
  const model = editor.monacoEditor?.getModel();
  if (!model) return;
  applyModelEdits([{ offset: 0, length: model.getValueLength(), content: text }]);
}

// ---------------------------------------------------------------------------------------------
// Profile: the file's own, else the config's (and where it comes from)

const configProfile = (): string => library.config.profile ?? 'whatsapp';

function channelName(profile: string, kind: 'json' | 'text'): string {
  if (kind === 'text') return 'Plain text';
  if (profile.startsWith('apple')) return 'Apple Messages';
  if (profile.startsWith('whatsapp')) return 'WhatsApp';
  return getProfile(profile)?.description ?? profile;
}

function renderProfileBar(view: DocumentView | undefined): void {
  const own = view?.profile;
  const inherited = configProfile();
  const source = library.config.path ? `from ${library.config.path}` : 'default';
  profileSelect.replaceChildren(new Option(`${inherited} (${source})`, ''), ...profileNames.map((name) => new Option(name, name)));
  if (own !== undefined && !profileNames.includes(own)) profileSelect.append(new Option(`${own} (unknown)`, own));
  profileSelect.value = own ?? '';
  const editable = current?.kind === 'json' && view?.envelope === true;
  profileSelect.disabled = !editable;
  profileSource.textContent = !current
    ? ''
    : own !== undefined
      ? `Set in this file ("profile": "${own}").`
      : editable
        ? `Not set in this file: the ${inherited} profile comes ${library.config.path ? `from ${library.config.path}` : 'from the default'}.`
        : `${current.kind === 'text' ? 'A .txt file' : 'A bare structured body'} cannot hold a profile: ${inherited} comes ${library.config.path ? `from ${library.config.path}` : 'from the default'}.`;
  const effective = own ?? inherited;
  preview.profile = effective;
  previewHeading.textContent = `${channelName(effective, current?.kind ?? 'json')} preview`;
}

profileSelect.addEventListener('change', () => {
  if (!current) return;
  const value = profileSelect.value === '' ? undefined : profileSelect.value;
  applyModelEdits(propertyEdits(editor.value, ['profile'], value));
});

// ---------------------------------------------------------------------------------------------
// Sample data: the file's `sampleData` (envelopes); otherwise a data file beside the library

/** The data file of a bare body or text file: `data/<name>.data.json` (a `seed-` prefix and `.body` suffix do not count). */
async function companionData(path: string): Promise<{ data: RenderData; file: string } | undefined> {
  const slash = path.lastIndexOf('/');
  const folder = slash === -1 ? '' : path.slice(0, slash + 1);
  const base = path.slice(slash + 1).replace(/\.(json|txt)$/u, '');
  for (const name of new Set([base, base.replace(/^seed-/u, '').replace(/\.body$/u, '')])) {
    const file = `${folder}data/${name}.data.json`;
    if (!library.dataFiles.includes(file)) continue;
    try {
      const { text } = await api.readFile(file);
      const data = JSON.parse(text) as unknown;
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { data: data as RenderData, file };
    } catch {
      // no such data file
    }
  }
  return undefined;
}

function setData(data: RenderData): void {
  panelData = data;
  editor.sampleData = data;
  preview.sampleData = data;
  sampleData.value = data;
  renderVariables();
}

sampleData.addEventListener('fieldcode-sample-data-change', (event) => {
  const data: RenderData = event.detail.value;
  panelData = data;
  editor.sampleData = data;
  preview.sampleData = data;
  const view = current ? viewOf(editor.value, current.kind) : undefined;
  if (view?.envelope) applyModelEdits(propertyEdits(editor.value, ['sampleData'], data));
  renderVariables();
});

// ---------------------------------------------------------------------------------------------
// Variables table and problems list

function renderVariables(): void {
  const body = $<HTMLTableSectionElement>('#variables tbody');
  const summary = $<HTMLParagraphElement>('#variables-summary');
  const tab = $<HTMLButtonElement>('#tab-variables');
  if (!current) {
    body.replaceChildren();
    return;
  }
  const view = viewOf(editor.value, current.kind);
  if (!view) return; // keep the last table while the JSON does not parse
  const profile = getProfile(preview.profile);
  const unit = profile?.lengthUnit ?? 'code-points';
  const rows = variableTable(view.value, panelData, {
    unit,
    ...(library.config.dataDictionary ? { dictionary: library.config.dataDictionary } : {}),
  });
  const empty = rows.filter((row) => row.empty).length;
  const unitName =
    unit === 'utf16' ? 'UTF-16 units' : unit === 'utf8-bytes' ? 'bytes' : unit === 'graphemes' ? 'characters' : 'code points';
  summary.textContent =
    rows.length === 0
      ? 'No variables or field codes.'
      : `${rows.length} ${rows.length === 1 ? 'value' : 'values'}, ${empty} empty with this sample data; lengths in ${unitName}.`;
  tab.textContent = empty > 0 ? `Variables (${empty} empty)` : 'Variables';
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.className = row.empty ? 'empty' : row.over ? 'over' : '';
      const cells = [
        row.label,
        row.kind === 'parameter' ? row.source : '',
        row.empty ? '(empty)' : row.value,
        `${row.length}${row.limit !== undefined ? `/${row.limit}` : ''} ${unitName}`,
      ];
      for (const text of cells) {
        const td = document.createElement('td');
        td.textContent = text;
        td.dir = 'auto';
        tr.append(td);
      }
      return tr;
    }),
  );
}

function renderProblems(): void {
  const list = $<HTMLUListElement>('#problems');
  list.replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `problem ${diagnostic.severity}`;
      button.textContent = `${diagnostic.range.start.line}:${diagnostic.range.start.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.code})`;
      button.addEventListener('click', () => {
        const monacoEditor = editor.monacoEditor;
        if (!monacoEditor) return;
        monacoEditor.revealLineInCenter(diagnostic.range.start.line);
        monacoEditor.setPosition({ lineNumber: diagnostic.range.start.line, column: diagnostic.range.start.column });
        monacoEditor.focus();
      });
      item.append(button);
      return item;
    }),
  );
}

editor.addEventListener('fieldcode-diagnostics', (event) => {
  diagnostics = event.detail.diagnostics;
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const missing = diagnostics.filter((d) => d.code === 'missing-value').length;
  lintStatus.textContent = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} ${infos === 1 ? 'info' : 'infos'}${missing ? ` (${missing} missing ${missing === 1 ? 'value' : 'values'})` : ''}`;
  lintStatus.classList.toggle('has-errors', errors > 0);
  $<HTMLButtonElement>('#tab-problems').textContent = `Problems (${diagnostics.length})`;
  renderProblems();
});

// ---------------------------------------------------------------------------------------------
// Editing

let draftTimer: ReturnType<typeof setTimeout> | undefined;

editor.addEventListener('fieldcode-change', (event) => {
  const value = event.detail.value;
  preview.source = value;
  if (!current) return;
  updateDirty();
  const view = viewOf(value, current.kind);
  if (view) {
    renderProfileBar(view);
    // The author edited `sampleData` in the JSON: the panel follows.
    if (view.envelope && JSON.stringify(view.sampleData ?? {}) !== JSON.stringify(panelData)) setData(view.sampleData ?? {});
    else renderVariables();
  }
  clearTimeout(draftTimer);
  const opened = current;
  draftTimer = setTimeout(() => {
    if (current !== opened) return;
    if (isDirty()) saveDraft(libraryKey(), opened.path, { text: editor.value, baseEtag: opened.etag ?? '', savedAt: Date.now() });
    else dropDraft(libraryKey(), opened.path);
  }, 300);
});

/** Shows a file's text in the editor and preview (no dirty check). */
async function show(file: OpenFile, text: string): Promise<void> {
  current = file;
  fileName.textContent = file.path;
  editor.language = file.kind;
  editor.value = text;
  preview.format = file.kind;
  preview.source = text;
  const view = viewOf(text, file.kind);
  renderProfileBar(view);
  if (view?.envelope) {
    dataSource.textContent = 'The file\'s "sampleData": edits here are written into the file.';
    setData(view.sampleData ?? {});
  } else {
    const companion = await companionData(file.path);
    dataSource.textContent = companion
      ? `From ${companion.file} (a ${file.kind === 'text' ? '.txt file' : 'bare body'} has no "sampleData"; edits here are not saved).`
      : `A ${file.kind === 'text' ? '.txt file' : 'bare body'} has no "sampleData": edits here are not saved.`;
    setData(companion?.data ?? {});
  }
  for (const button of filesBox.querySelectorAll<HTMLButtonElement>('button[data-file]')) {
    if (button.dataset.file === file.path) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
  if (location.hash !== fragmentFor(file.path)) history.replaceState(null, '', fragmentFor(file.path));
  updateDirty();
}

/** Opens a library file, restoring its draft when one is kept. */
async function open(path: string, { guard = true } = {}): Promise<boolean> {
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

function addBannerButton(label: string, action: () => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', action);
  banner.append(' ', button);
}

// ---------------------------------------------------------------------------------------------
// Dialogs

/** Asks a question in a modal dialog; resolves to the value of the button chosen (Escape: 'cancel'). */
function ask(title: string, text: string, choices: Array<{ value: string; label: string; tone?: 'primary' | 'danger' }>): Promise<string> {
  const dialog = $<HTMLDialogElement>('#confirm-dialog');
  $<HTMLHeadingElement>('#confirm-title').textContent = title;
  $<HTMLParagraphElement>('#confirm-text').textContent = text;
  const actions = $<HTMLDivElement>('#confirm-actions');
  return new Promise((resolve) => {
    actions.replaceChildren(
      ...choices.map((choice) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.dataset.value = choice.value;
        if (choice.tone) button.className = choice.tone;
        button.addEventListener('click', () => dialog.close(choice.value));
        return button;
      }),
    );
    dialog.addEventListener('close', () => resolve(dialog.returnValue || 'cancel'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    actions.querySelector<HTMLButtonElement>('button')?.focus();
  });
}

/** Asks for a file name (and, for New, a template); resolves to null when cancelled. */
function askName(
  title: string,
  initial: string,
  options: { templates?: boolean; validate: (name: string, template?: string) => Promise<string | null> },
): Promise<{ name: string; template?: string } | null> {
  const dialog = $<HTMLDialogElement>('#name-dialog');
  const input = $<HTMLInputElement>('#name-input');
  const error = $<HTMLParagraphElement>('#name-error');
  const templateField = $<HTMLLabelElement>('#template-field');
  const templateSelect = $<HTMLSelectElement>('#template-select');
  $<HTMLHeadingElement>('#name-title').textContent = title;
  templateField.hidden = !options.templates;
  if (options.templates && templateSelect.options.length === 0) {
    for (const template of studioTemplates) templateSelect.append(new Option(template.label, template.id));
  }
  input.value = initial;
  error.textContent = '';
  return new Promise((resolve) => {
    const ok = $<HTMLButtonElement>('#name-ok');
    const cancel = $<HTMLButtonElement>('#name-cancel');
    let settled = false;
    const finish = (result: { name: string; template?: string } | null): void => {
      if (settled) return;
      settled = true;
      ok.removeEventListener('click', onOk);
      input.removeEventListener('keydown', onKey);
      cancel.removeEventListener('click', onCancel);
      templateSelect.removeEventListener('change', onTemplate);
      if (dialog.open) dialog.close();
      resolve(result);
    };
    const submit = async (): Promise<void> => {
      const name = input.value.trim();
      const template = options.templates ? templateSelect.value : undefined;
      const problem = name === '' ? 'Enter a file name.' : await options.validate(name, template);
      if (problem) {
        error.textContent = problem;
        input.focus();
        return;
      }
      finish(template === undefined ? { name } : { name, template });
    };
    const onOk = (): void => void submit();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Enter') onOk();
    };
    const onCancel = (): void => finish(null);
    const onTemplate = (): void => {
      const template = studioTemplates.find((t) => t.id === templateSelect.value);
      if (template) input.value = input.value.replace(/\.(json|txt)$/u, `.${template.extension}`);
    };
    ok.addEventListener('click', onOk);
    input.addEventListener('keydown', onKey);
    cancel.addEventListener('click', onCancel);
    templateSelect.addEventListener('change', onTemplate);
    dialog.addEventListener('close', () => finish(null), { once: true });
    dialog.showModal();
    input.focus();
    input.select();
  });
}

/** Before leaving a file with unsaved changes: save, keep as draft, discard, or stay. */
async function confirmLeave(): Promise<boolean> {
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
    return true;
  }
  return false;
}

window.addEventListener('beforeunload', (event) => {
  if (!isDirty()) return;
  // The draft is in local storage already; the browser still asks, as for any unsaved form.
  if (current) saveDraft(libraryKey(), current.path, { text: editor.value, baseEtag: current.etag ?? '', savedAt: Date.now() });
  event.preventDefault();
  event.returnValue = '';
});

// ---------------------------------------------------------------------------------------------
// File actions

/** Client-side name check (the server checks again): relative, .json or .txt, no dot-segments. */
function nameProblem(name: string): string | null {
  if (!/\.(json|txt)$/u.test(name)) return 'The name must end in .json or .txt.';
  if (name.startsWith('/') || name.includes('\\')) return 'Use a path relative to the library, with / between folders.';
  if (name.split('/').some((part) => part === '' || part.startsWith('.')))
    return 'No empty, "." or ".." parts, and no names starting with a dot.';
  if (library.files.some((file) => file.path === name)) return `${name} already exists.`;
  return null;
}

function suggestName(base: string, extension: string): string {
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? '' : `-${i}`}.${extension}`;
    if (!library.files.some((file) => file.path === name)) return name;
  }
}

async function save(): Promise<boolean> {
  if (!current) return false;
  const text = editor.value;
  const file = current;
  const outcome = await api.writeFile(file.path, text, file.etag);
  if (outcome.ok) {
    file.savedText = text;
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

let diffEditor: ReturnType<typeof monaco.editor.createDiffEditor> | null = null;
let conflictDisk: api.Conflict | null = null;

function showConflict(conflict: api.Conflict, mine: string): void {
  conflictDisk = conflict;
  const box = $<HTMLDivElement>('#conflict');
  box.hidden = false;
  $<HTMLHeadingElement>('#conflict-title').textContent =
    conflict.kind === 'deleted' ? 'The file was deleted on disk' : 'The file changed on disk';
  $<HTMLParagraphElement>('#conflict-text').textContent =
    conflict.kind === 'deleted'
      ? `${current?.path} no longer exists on disk. Save it again, or close it.`
      : `${current?.path} was changed by someone or something else since you opened it. Nothing was overwritten.`;
  $<HTMLButtonElement>('#conflict-take').hidden = conflict.kind === 'deleted';
  const host = $<HTMLDivElement>('#conflict-diff');
  host.hidden = conflict.kind === 'deleted';
  if (conflict.kind !== 'deleted') {
    diffEditor?.dispose();
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

function hideConflict(): void {
  $<HTMLDivElement>('#conflict').hidden = true;
  const model = diffEditor?.getModel();
  diffEditor?.dispose();
  model?.original.dispose();
  model?.modified.dispose();
  diffEditor = null;
  conflictDisk = null;
}

$<HTMLButtonElement>('#conflict-overwrite').addEventListener('click', () => {
  if (!current || !conflictDisk) return;
  current.etag = conflictDisk.kind === 'deleted' ? null : (conflictDisk.etag ?? null);
  void save();
});
$<HTMLButtonElement>('#conflict-take').addEventListener('click', () => {
  if (!current || !conflictDisk || conflictDisk.text === undefined) return;
  const file: OpenFile = { ...current, savedText: conflictDisk.text, etag: conflictDisk.etag ?? null };
  dropDraft(libraryKey(), file.path);
  hideConflict();
  void show(file, file.savedText).then(() => announce(`Loaded the version of ${file.path} on disk.`));
});
$<HTMLButtonElement>('#conflict-cancel').addEventListener('click', () => hideConflict());

async function newFile(): Promise<void> {
  if (!(await confirmLeave())) return;
  const chosen = await askName('New standard response', suggestName('new-response', 'json'), {
    templates: true,
    validate: async (name) => nameProblem(name),
  });
  if (!chosen) return;
  const template = studioTemplates.find((t) => t.id === chosen.template) ?? studioTemplates[0]!;
  const outcome = await api.writeFile(chosen.name, template.text, null);
  if (!outcome.ok)
    return announce(`Could not create ${chosen.name}: ${'error' in outcome ? outcome.error : outcome.conflict.message}`, 'error');
  await refreshLibrary();
  await open(chosen.name, { guard: false });
  announce(`Created ${chosen.name} from the ${template.label} template.`);
}

async function saveAs(): Promise<void> {
  if (!current) return;
  const from = current;
  const chosen = await askName(
    'Save as',
    suggestName(from.path.replace(/\.(json|txt)$/u, '-copy'), from.kind === 'text' ? 'txt' : 'json'),
    { validate: async (name) => nameProblem(name) },
  );
  if (!chosen) return;
  const text = editor.value;
  const outcome = await api.writeFile(chosen.name, text, null);
  if (!outcome.ok)
    return announce(`Could not save ${chosen.name}: ${'error' in outcome ? outcome.error : outcome.conflict.message}`, 'error');
  // The edits went to the new file: the original stays as it is on disk, without a draft.
  dropDraft(libraryKey(), from.path);
  await refreshLibrary();
  await show({ path: chosen.name, savedText: text, etag: outcome.etag, kind: kindOf(chosen.name) }, text);
  announce(`Saved as ${chosen.name}.`);
}

async function rename(): Promise<void> {
  if (!current) return;
  const from = current;
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

async function duplicate(): Promise<void> {
  if (!current) return;
  const from = current;
  const chosen = await askName(
    'Duplicate',
    suggestName(from.path.replace(/\.(json|txt)$/u, '-copy'), from.kind === 'text' ? 'txt' : 'json'),
    { validate: async (name) => nameProblem(name) },
  );
  if (!chosen) return;
  const outcome = await api.writeFile(chosen.name, from.savedText, null);
  if (!outcome.ok)
    return announce(`Could not duplicate ${from.path}: ${'error' in outcome ? outcome.error : outcome.conflict.message}`, 'error');
  await refreshLibrary();
  announce(`Duplicated the saved version of ${from.path} as ${chosen.name}.`);
}

async function remove(): Promise<void> {
  if (!current) return;
  const file = current;
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
  current = null;
  await refreshLibrary();
  const next = library.files[0]?.path;
  if (next) await open(next, { guard: false });
  else {
    editor.value = '';
    preview.source = '';
    fileName.textContent = 'No file open';
    updateDirty();
  }
  announce(`Deleted ${file.path}.`);
}

function download(): void {
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

const maxUploadBytes = 5 * 1024 * 1024;

async function upload(file: File): Promise<void> {
  if (file.size > maxUploadBytes) return announce(`${file.name} is larger than 5 MB.`, 'error');
  if (!(await confirmLeave())) return;
  const text = await file.text();
  let name = file.name;
  const problem = nameProblem(name);
  if (problem) {
    const chosen = await askName(
      `Upload ${file.name}`,
      problem.endsWith('already exists.') ? suggestName(name.replace(/\.(json|txt)$/u, ''), name.endsWith('.txt') ? 'txt' : 'json') : name,
      { validate: async (n) => nameProblem(n) },
    );
    if (!chosen) return;
    name = chosen.name;
  }
  const outcome = await api.writeFile(name, text, null);
  if (!outcome.ok) return announce(`Could not upload ${name}: ${'error' in outcome ? outcome.error : outcome.conflict.message}`, 'error');
  await refreshLibrary();
  await open(name, { guard: false });
  announce(`Uploaded ${name}.`);
}

async function fixAll(): Promise<void> {
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

// ---------------------------------------------------------------------------------------------
// Tabs (arrow keys move between them, as WAI-ARIA tabs)

const tabs = [...document.querySelectorAll<HTMLButtonElement>('.tabs [role="tab"]')];
function selectTab(tab: HTMLButtonElement, focus: boolean): void {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $<HTMLElement>(`#${other.getAttribute('aria-controls')}`).hidden = !selected;
  }
  if (focus) tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab, false));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (next) {
      event.preventDefault();
      selectTab(next, true);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Library tree, search and filters

function counts(file: api.LibraryEntry): string {
  const parts: string[] = [];
  if (file.errors) parts.push(`${file.errors} ${file.errors === 1 ? 'error' : 'errors'}`);
  if (file.warnings) parts.push(`${file.warnings} ${file.warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.length ? parts.join(', ') : 'no problems';
}

function matches(file: api.LibraryEntry): boolean {
  const query = searchInput.value.trim().toLowerCase();
  if (query) {
    const own = [file.path, file.name ?? '', ...file.ids].some((text) => text.toLowerCase().includes(query));
    if (!own && !textMatches?.has(file.path)) return false;
  }
  if (filterType.value && file.contentType !== filterType.value) return false;
  switch (filterProblems.value) {
    case 'errors':
      return file.errors > 0;
    case 'warnings':
      return file.warnings > 0;
    case 'clean':
      return file.errors === 0 && file.warnings === 0;
    default:
      return true;
  }
}

function renderLibrary(): void {
  const drafts = draftPaths(libraryKey());
  const shown = library.files.filter(matches);
  librarySummary.textContent = `${shown.length} of ${library.files.length} ${library.files.length === 1 ? 'file' : 'files'}`;
  // Folders first as groups, in path order; each file is a button with its lint counts.
  const root = document.createElement('ul');
  root.className = 'tree';
  const folders = new Map<string, HTMLUListElement>([['', root]]);
  const folderList = (folder: string): HTMLUListElement => {
    const existing = folders.get(folder);
    if (existing) return existing;
    const parentPath = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
    const parent = folderList(parentPath);
    const item = document.createElement('li');
    item.className = 'folder';
    const label = document.createElement('span');
    label.className = 'folder-name';
    label.textContent = `${folder.split('/').pop()}/`;
    const list = document.createElement('ul');
    item.append(label, list);
    parent.append(item);
    folders.set(folder, list);
    return list;
  };
  for (const file of shown) {
    const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.file = file.path;
    button.className = `file ${file.errors ? 'status-error' : file.warnings ? 'status-warning' : 'status-clean'}`;
    if (drafts.has(file.path) || (current?.path === file.path && isDirty())) button.classList.add('has-draft');
    if (current?.path === file.path) button.setAttribute('aria-current', 'page');
    const name = document.createElement('span');
    name.className = 'file-name';
    name.textContent = file.path.split('/').pop()!;
    const status = document.createElement('span');
    status.className = 'file-status';
    status.textContent = counts(file);
    button.append(name, status);
    if (file.name) button.title = file.name;
    button.addEventListener('click', () => void open(file.path));
    item.append(button);
    folderList(folder).append(item);
  }
  filesBox.replaceChildren(root);
}

async function refreshLibrary(): Promise<void> {
  try {
    library = await api.fetchLibrary();
    libraryError.hidden = true;
  } catch (error) {
    libraryError.hidden = false;
    libraryError.textContent = `The library could not be listed: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  const config = library.config;
  $<HTMLSpanElement>('#library-root').textContent = library.root ?? '';
  $<HTMLSpanElement>('#config-status').textContent = config.errors
    ? `${config.path ?? 'fieldcode.config.json'} is invalid: ${config.errors.join('; ')}`
    : config.path
      ? `config: ${config.path}`
      : 'no fieldcode.config.json';
  editor.profile = configProfile();
  editor.rules = config.rules;
  editor.dataDictionary = config.dataDictionary;
  renderLibrary();
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
searchInput.addEventListener('input', () => {
  renderLibrary();
  clearTimeout(searchTimer);
  const query = searchInput.value.trim();
  if (query.length < 2) {
    textMatches = null;
    return;
  }
  searchTimer = setTimeout(() => {
    void api.searchText(query).then((found) => {
      if (searchInput.value.trim() !== query) return;
      textMatches = new Set(found);
      renderLibrary();
    });
  }, 200);
});
filterType.addEventListener('change', renderLibrary);
filterProblems.addEventListener('change', renderLibrary);

// ---------------------------------------------------------------------------------------------
// Colour scheme: the page follows prefers-color-scheme, and so does monaco's theme

const dark = window.matchMedia('(prefers-color-scheme: dark)');
function applyScheme(): void {
  editor.theme = dark.matches ? DARK_THEME : THEME;
}
dark.addEventListener('change', applyScheme);

// ---------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  await Promise.all(['fieldcode-editor', 'fieldcode-preview', 'fieldcode-sample-data'].map((name) => customElements.whenDefined(name)));
  applyScheme();
  await refreshLibrary();
  const wanted = fragmentFileName(location.hash);
  const paths = library.files.map((file) => file.path);
  const first = paths.includes(wanted) ? wanted : (paths.find((path) => path === 'bill-reminder.json') ?? paths[0]);
  if (first) await open(first, { guard: false });
  document.documentElement.dataset.studioReady = 'true';
}

/** Handles for tests and benchmarks. */
(window as unknown as { fieldcodeStudio: unknown }).fieldcodeStudio = { editor, preview, sampleData, open, save, isDirty, refreshLibrary };
void start();
