/**
 * The sample-data panel: an envelope's `sampleData`, written back into the file on every change;
 * for a bare body or a `.txt` file, the library's `data/<name>.data.json` (read only).
 */
import type { RenderData } from '@fieldcode/language';
import * as api from './api.js';
import { dataSource, editor, preview, sampleData } from './dom.js';
import type { DocumentFacts } from '../preview/preview-data.js';
import { viewOf } from './document-view.js';
import { propertyEdits } from './json-edit.js';
import { applyModelEdits } from './model-edits.js';
import { state, type OpenFile } from './state.js';
import { renderVariables } from './variables-panel.js';

/** The data file of a bare body or text file: `data/<name>.data.json` (a `seed-` prefix and `.body` suffix do not count). */
async function companionData(path: string): Promise<{ data: RenderData; file: string } | undefined> {
  const slash = path.lastIndexOf('/');
  const folder = slash === -1 ? '' : path.slice(0, slash + 1);
  const base = path.slice(slash + 1).replace(/\.(json|txt)$/u, '');
  for (const name of new Set([base, base.replace(/^seed-/u, '').replace(/\.body$/u, '')])) {
    const file = `${folder}data/${name}.data.json`;
    if (!state.library.dataFiles.includes(file)) continue;
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

/** Shows `data` in the panel and gives it to the editor (hovers) and the preview. */
export function setData(data: RenderData): void {
  state.panelData = data;
  editor.sampleData = data;
  preview.sampleData = data;
  sampleData.value = data;
  renderVariables();
}

/** Loads the sample data of a file just opened. */
export async function loadDataFor(file: OpenFile, view: DocumentFacts | undefined): Promise<void> {
  if (view?.envelope) {
    dataSource.textContent = 'The file\'s "sampleData": edits here are written into the file.';
    setData(view.sampleData ?? {});
    return;
  }
  const companion = await companionData(file.path);
  const what = file.kind === 'text' ? '.txt file' : 'bare body';
  dataSource.textContent = companion
    ? `From ${companion.file} (a ${what} has no "sampleData"; edits here are not saved).`
    : `A ${what} has no "sampleData": edits here are not saved.`;
  setData(companion?.data ?? {});
}

/** The author edited `sampleData` in the JSON: the panel follows (true when it changed). */
export function followDocument(view: DocumentFacts): boolean {
  if (!view.envelope || JSON.stringify(view.sampleData ?? {}) === JSON.stringify(state.panelData)) return false;
  setData(view.sampleData ?? {});
  return true;
}

/** Wires the panel: its edits go into the file's `sampleData` (an envelope) as one undoable edit. */
export function wireSampleDataPanel(): void {
  sampleData.addEventListener('fieldcode-sample-data-change', (event) => {
    const data: RenderData = event.detail.value;
    state.panelData = data;
    editor.sampleData = data;
    preview.sampleData = data;
    const view = state.current ? viewOf(editor.value, state.current.kind) : undefined;
    if (view?.envelope) applyModelEdits(propertyEdits(editor.value, ['sampleData'], data));
    renderVariables();
  });
}
