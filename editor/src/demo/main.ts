/**
 * The demo page: lists the repository's `examples/` library (served by the demo server under
 * `/examples/`) and opens each file in the editor, with its preview and sample data (the
 * envelope's `sampleData`, else `examples/data/<name>.data.json`).
 */
import { buildDataDictionary } from '@fieldcode/content';
import type { DataDictionary, Diagnostic, RenderData } from '@fieldcode/language';
import type { FieldcodeEditor } from '../elements/fieldcode-editor.js';
import type { FieldcodePreview } from '../elements/fieldcode-preview.js';
import type { FieldcodeSampleData } from '../elements/fieldcode-sample-data.js';
import { fragmentFileName, fragmentFor } from './fragment.js';

interface Listing {
  files: string[];
  /** Data files, as `data/<name>.data.json`. */
  data: string[];
}

let dataFiles: string[] = [];

const $ = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`demo page is missing ${selector}`);
  return element;
};

const editor = $<FieldcodeEditor>('#editor');
const preview = $<FieldcodePreview>('#preview');
const sampleData = $<FieldcodeSampleData>('#sample-data');
const list = $<HTMLUListElement>('#examples');
const fileName = $<HTMLSpanElement>('#file-name');
const lintStatus = $<HTMLSpanElement>('#lint-status');
const libraryError = $<HTMLParagraphElement>('#library-error');

/** The data file of an example: `data/<name>.data.json`, where a `seed-` prefix and a `.body` suffix do not count. */
function dataFileFor(file: string): string | undefined {
  const base = file.replace(/\.(json|txt)$/u, '');
  const candidates = [base, base.replace(/^seed-/u, '').replace(/\.body$/u, '')].map((name) => `data/${name}.data.json`);
  return candidates.find((candidate) => dataFiles.includes(candidate));
}

async function fetchJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  return (await response.json()) as T;
}

function setData(data: RenderData): void {
  editor.sampleData = data;
  preview.sampleData = data;
  sampleData.value = data;
}

/** Opens one example of the library. */
async function open(file: string): Promise<void> {
  const response = await fetch(`./examples/${encodeURIComponent(file)}`);
  if (!response.ok) {
    libraryError.hidden = false;
    libraryError.textContent = `Could not load ${file} (HTTP ${response.status})`;
    return;
  }
  const text = await response.text();
  const isText = file.endsWith('.txt');
  let data: RenderData | undefined;
  let profile = 'whatsapp';
  if (!isText) {
    try {
      const parsed = JSON.parse(text) as { sampleData?: RenderData; profile?: unknown };
      data = parsed.sampleData;
      if (typeof parsed.profile === 'string') profile = parsed.profile;
    } catch {
      // A broken example still opens; the lint shows where it is broken.
    }
  }
  const dataFile = data ? undefined : dataFileFor(file);
  if (dataFile) data = await fetchJson<RenderData>(`./examples/${dataFile.split('/').map(encodeURIComponent).join('/')}`);
  data ??= {};
  fileName.textContent = file;
  editor.language = isText ? 'text' : 'json';
  editor.profile = profile;
  editor.value = text;
  preview.format = isText ? 'text' : 'json';
  preview.profile = profile;
  preview.source = text;
  setData(data);
  for (const button of list.querySelectorAll('button')) button.setAttribute('aria-current', String(button.dataset.file === file));
  if (location.hash !== fragmentFor(file)) history.replaceState(null, '', fragmentFor(file));
}

editor.addEventListener('fieldcode-change', (event) => {
  preview.source = event.detail.value;
});
editor.addEventListener('fieldcode-diagnostics', (event) => {
  const diagnostics: Diagnostic[] = event.detail.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  lintStatus.textContent = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  lintStatus.classList.toggle('has-errors', errors > 0);
});
sampleData.addEventListener('fieldcode-sample-data-change', (event) => {
  const data: RenderData = event.detail.value;
  editor.sampleData = data;
  preview.sampleData = data;
});
preview.addEventListener('profile-change', (event) => {
  editor.profile = (event as CustomEvent<{ profile: string }>).detail.profile;
});

/** The library's data dictionary: `dataSchema` of examples/fieldcode.config.json, when there is one. */
async function loadDataDictionary(): Promise<DataDictionary | undefined> {
  const config = await fetchJson<{ dataSchema?: unknown }>('./examples/fieldcode.config.json').catch(() => undefined);
  if (typeof config?.dataSchema !== 'string') return undefined;
  const schema = await fetchJson<unknown>(`./examples/${config.dataSchema.split('/').map(encodeURIComponent).join('/')}`).catch(() => undefined);
  return schema === undefined ? undefined : buildDataDictionary(schema);
}

async function start(): Promise<void> {
  await Promise.all(['fieldcode-editor', 'fieldcode-preview', 'fieldcode-sample-data'].map((name) => customElements.whenDefined(name)));
  const listing = await fetchJson<Listing>('./examples/');
  const dictionary = await loadDataDictionary();
  if (dictionary) editor.dataDictionary = dictionary;
  const files = listing?.files ?? [];
  dataFiles = listing?.data ?? [];
  if (files.length === 0) {
    libraryError.hidden = false;
    libraryError.textContent = 'The examples library is empty or could not be listed.';
  }
  for (const file of files) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.file = file;
    button.textContent = file;
    button.addEventListener('click', () => void open(file));
    item.append(button);
    list.append(item);
  }
  const wanted = fragmentFileName(location.hash);
  const first = files.includes(wanted) ? wanted : (files.find((f) => f === 'bill-reminder.json') ?? files[0]);
  if (first) await open(first);
  document.documentElement.dataset.demoReady = 'true';
}

/** Handles for tests and benchmarks. */
(window as unknown as { fieldcodeDemo: unknown }).fieldcodeDemo = { editor, preview, sampleData, open };
void start();
