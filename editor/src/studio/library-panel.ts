/** The library column: the folder's tree with lint counts per file, search and filters. */
import type { StudioLibraryEntry } from '@fieldcode/content';
import * as api from './api.js';
import { $, editor, filesBox, filterProblems, filterType, libraryError, librarySummary, searchInput } from './dom.js';
import { draftPaths } from './drafts.js';
import { countsText, type LintCounts } from './problems-panel.js';
import { applyLintSettings } from './server-lint.js';
import { isDirty, libraryKey, state } from './state.js';

/** Lint counts of the open file's text as the editor found them (shown instead of the saved file's). */
let live: { path: string; counts: LintCounts } | null = null;

/** The counts shown for a file: the listing's (its saved version), or the editor's for the open file. */
function countsFor(file: StudioLibraryEntry): LintCounts {
  return live?.path === file.path ? live.counts : file;
}

/** `2 errors, 1 info`: the non-zero counts, or `no problems`. */
function statusText(counts: LintCounts): string {
  const parts = countsText(counts)
    .split(', ')
    .filter((part) => !part.startsWith('0 '));
  return parts.length ? parts.join(', ') : 'no problems';
}

function matches(file: StudioLibraryEntry): boolean {
  const query = searchInput.value.trim().toLowerCase();
  if (query) {
    const own = [file.path, file.name ?? '', ...file.ids].some((text) => text.toLowerCase().includes(query));
    if (!own && !state.textMatches?.has(file.path)) return false;
  }
  if (filterType.value && file.contentType !== filterType.value) return false;
  const counts = countsFor(file);
  switch (filterProblems.value) {
    case 'errors':
      return counts.errors > 0;
    case 'warnings':
      return counts.warnings > 0;
    case 'clean':
      return counts.errors === 0 && counts.warnings === 0;
    default:
      return true;
  }
}

function fileButton(file: StudioLibraryEntry, drafts: ReadonlySet<string>): HTMLButtonElement {
  const counts = countsFor(file);
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.file = file.path;
  button.className = `file ${counts.errors ? 'status-error' : counts.warnings ? 'status-warning' : 'status-clean'}`;
  if (drafts.has(file.path) || (state.current?.path === file.path && isDirty())) button.classList.add('has-draft');
  if (state.current?.path === file.path) button.setAttribute('aria-current', 'page');
  const name = document.createElement('span');
  name.className = 'file-name';
  name.textContent = file.path.split('/').pop()!;
  const status = document.createElement('span');
  status.className = 'file-status';
  status.textContent = statusText(counts);
  button.append(name, status);
  if (file.name) button.title = file.name;
  return button;
}

export function renderLibrary(): void {
  const { library } = state;
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
    const parent = folderList(folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '');
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
    item.append(fileButton(file, drafts));
    folderList(folder).append(item);
  }
  filesBox.replaceChildren(root);
}

/** The editor linted the open file's text: its row shows those counts (same lint core, same job). */
export function showLiveCounts(path: string, counts: LintCounts): void {
  const before = live;
  live = { path, counts };
  if (before?.path === path && countsText(before.counts) === countsText(counts)) return;
  const button = filesBox.querySelector<HTMLButtonElement>(`button[data-file="${CSS.escape(path)}"]`);
  const file = state.library.files.find((entry) => entry.path === path);
  if (button && file) button.replaceWith(fileButton(file, draftPaths(libraryKey())));
}

/** Marks the open file in the tree. */
export function markCurrent(path: string): void {
  if (live?.path !== path) live = null;
  for (const button of filesBox.querySelectorAll<HTMLButtonElement>('button[data-file]')) {
    if (button.dataset.file === path) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
}

/** Re-reads the listing and the config (after every save: a config change applies at once). */
export async function refreshLibrary(): Promise<void> {
  try {
    state.library = await api.fetchLibrary();
    libraryError.hidden = true;
  } catch (error) {
    libraryError.hidden = false;
    libraryError.textContent = `The library could not be listed: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  const config = state.library.config;
  $<HTMLSpanElement>('#library-root').textContent = state.library.root ?? '';
  $<HTMLSpanElement>('#config-status').textContent = config.errors
    ? `${config.path ?? 'fieldcode.config.json'} is invalid: ${config.errors.join('; ')}`
    : config.path
      ? `config: ${config.path}`
      : 'no fieldcode.config.json';
  // The open file's settings (the config's overrides and presets applied), from the server.
  await applyLintSettings();
  editor.dataDictionary = config.dataDictionary;
  renderLibrary();
}

/** Search (path, name, ids at once; the files' text on the server from 2 characters) and filters. */
export function wireLibraryPanel(open: (path: string) => void): void {
  filesBox.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-file]');
    if (button?.dataset.file) open(button.dataset.file);
  });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  searchInput.addEventListener('input', () => {
    renderLibrary();
    clearTimeout(searchTimer);
    const query = searchInput.value.trim();
    if (query.length < 2) {
      state.textMatches = null;
      return;
    }
    searchTimer = setTimeout(() => {
      void api.searchText(query).then((found) => {
        if (searchInput.value.trim() !== query) return;
        state.textMatches = new Set(found);
        renderLibrary();
      });
    }, 200);
  });
  filterType.addEventListener('change', renderLibrary);
  filterProblems.addEventListener('change', renderLibrary);
}
