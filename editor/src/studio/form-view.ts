/**
 * The form view: the structured response as a form (its items, their texts, parameters, buttons,
 * sections, rows and cards), an alternative to the JSON editor over the same text. Every input
 * writes its value into the JSON as one undoable edit (jsonc-parser's `modify`: the rest of the
 * formatting stays, and quotes or backslashes inside field codes are escaped by the JSON encoder),
 * so the editor, the lint, the preview and Save see exactly what the form wrote. Editing the JSON
 * re-draws the form. Each input shows the diagnostics whose range starts in its string.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Diagnostic } from '@fieldcode/language';
import { editor } from './dom.js';
import { propertyEdits } from './json-edit.js';
import { applyModelEdits } from './model-edits.js';

type Path = Array<string | number>;

/** Items drawn at first in one list; more come with "Show more" (a 500-row list stays light). */
export const FORM_PAGE = 50;

/** Keys drawn as a fieldset legend or left to the JSON (enumerations and envelope metadata). */
const readOnlyKeys = new Set(['type', 'contentType', '$schema']);
/** Envelope keys the form leaves to their own panels or to the JSON. */
const envelopeSkipped = new Set(['structured', 'sampleData', 'profile', '$schema', 'attachments']);

/** A new, empty item shaped like `like` (strings emptied, arrays emptied, `type` kept). */
export function blankLike(like: unknown): unknown {
  if (typeof like === 'string') return '';
  if (typeof like === 'number') return like;
  if (Array.isArray(like)) return [];
  if (typeof like === 'object' && like !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(like)) out[key] = key === 'type' || key === 'mime' ? value : blankLike(value);
    return out;
  }
  return like;
}

const pathKey = (path: Path): string => JSON.stringify(path);

export class FormView {
  /** True while the form's own edit is going into the editor (the change must not re-draw the form). */
  private writing = false;
  private shown: Map<string, number> = new Map();
  private diagnostics: readonly Diagnostic[] = [];
  private tree: JsonNode | undefined;

  constructor(private readonly host: HTMLElement) {
    host.addEventListener('input', (event) => this.onInput(event));
  }

  /** True when the form wrote the change being reported. */
  get isWriting(): boolean {
    return this.writing;
  }

  /** Re-draws the form from the text (keeps the focused input's place and caret when it still exists). */
  render(text: string): void {
    const focused = this.host.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const focusPath = focused?.dataset.path;
    const caret = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? focused.selectionStart : null;
    this.tree = parseTree(text);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.host.replaceChildren(note('The JSON does not parse: fix it in the JSON view; the form shows the last good version meanwhile.'));
      return;
    }
    this.host.replaceChildren(...this.build(value));
    this.showDiagnostics(this.diagnostics);
    if (focusPath) {
      const again = this.host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${CSS.escape(focusPath)}"]`);
      if (again) {
        again.focus();
        if (caret !== null) again.setSelectionRange(caret, caret);
      }
    }
  }

  /** Shows each diagnostic under the input whose string holds its start. */
  showDiagnostics(diagnostics: readonly Diagnostic[]): void {
    this.diagnostics = diagnostics;
    for (const box of this.host.querySelectorAll('.form-problems')) box.replaceChildren();
    if (!this.tree) return;
    for (const input of this.host.querySelectorAll<HTMLElement>('[data-path]')) {
      const node = findNodeAtLocation(this.tree, JSON.parse(input.dataset.path!) as Path);
      if (!node) continue;
      const inside = diagnostics.filter((d) => d.range.start.offset >= node.offset && d.range.start.offset < node.offset + node.length);
      const box = input.parentElement?.querySelector('.form-problems');
      if (!box) continue;
      box.replaceChildren(
        ...inside.map((d) => {
          const item = document.createElement('li');
          item.className = `problem ${d.severity}`;
          item.textContent = `${d.severity}: ${d.message} (${d.code})`;
          return item;
        }),
      );
      input.setAttribute('aria-invalid', String(inside.some((d) => d.severity === 'error')));
    }
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const path = input.dataset.path;
    if (!path) return;
    const value = input.dataset.kind === 'number' ? Number(input.value) : input.value;
    if (input.dataset.kind === 'number' && (input.value.trim() === '' || !Number.isFinite(value))) return;
    this.write(JSON.parse(path) as Path, value);
  }

  private write(path: Path, value: unknown): void {
    this.writing = true;
    try {
      applyModelEdits(propertyEdits(editor.value, path, value));
    } finally {
      this.writing = false;
    }
    this.tree = parseTree(editor.value);
  }

  /** Adds an item to the array at `path`, shaped like its last item (or `like`). */
  private add(path: Path, items: readonly unknown[], like: unknown): void {
    this.write([...path, items.length], blankLike(items[items.length - 1] ?? like));
    this.render(editor.value);
  }

  private remove(path: Path): void {
    this.write(path, undefined);
    this.render(editor.value);
  }

  private build(document: unknown): HTMLElement[] {
    if (typeof document !== 'object' || document === null || Array.isArray(document))
      return [note('The form edits a standard response (an envelope or a structured body).')];
    const record = document as Record<string, unknown>;
    const structured = 'structured' in record ? record.structured : record;
    const base: Path = 'structured' in record ? ['structured'] : [];
    const parts: HTMLElement[] = [];
    if (base.length > 0) {
      const envelope = fieldset('Response');
      for (const [key, value] of Object.entries(record)) {
        if (envelopeSkipped.has(key)) continue;
        if (typeof value === 'string') envelope.append(this.input([key], key, value, key === 'plainText' || key === 'description'));
      }
      parts.push(envelope);
    }
    if (typeof structured !== 'object' || structured === null || Array.isArray(structured)) {
      parts.push(note('No structured body: edit the plain text above.'));
      return parts;
    }
    const body = structured as Record<string, unknown>;
    const type = typeof body.contentType === 'string' ? body.contentType : 'unknown';
    const box = fieldset(`Structured body (${type})`);
    for (const [key, value] of Object.entries(body)) {
      if (readOnlyKeys.has(key)) continue;
      const path = [...base, key];
      if (typeof value === 'string') box.append(this.input(path, key, value, key === 'text'));
      else if (Array.isArray(value))
        box.append(this.list(path, key === 'content' ? `Content (${type})` : key, value, { type: 'text', text: '' }));
      else if (typeof value === 'object' && value !== null) box.append(this.item(path, value, -1, key));
    }
    parts.push(box);
    return parts;
  }

  /** A list of items with Add, Remove and paging. */
  private list(path: Path, title: string, items: readonly unknown[], like: unknown): HTMLElement {
    const box = fieldset(`${title}: ${items.length} ${items.length === 1 ? 'item' : 'items'}`);
    box.classList.add('form-list');
    const key = pathKey(path);
    const limit = this.shown.get(key) ?? FORM_PAGE;
    items.slice(0, limit).forEach((item, i) => box.append(this.item([...path, i], item, i)));
    if (items.length > limit) {
      const more = button(`Show ${Math.min(FORM_PAGE, items.length - limit)} more (${items.length - limit} not shown)`, () => {
        this.shown.set(key, limit + FORM_PAGE);
        this.render(editor.value);
      });
      box.append(more);
    }
    box.append(button(`Add ${singular(title)}`, () => this.add(path, items, like)));
    return box;
  }

  /** One item of a list (`position` ≥ 0) or a nested object (`position` -1, titled by its key). */
  private item(path: Path, item: unknown, position: number, key?: string): HTMLElement {
    const title = position < 0 ? (key ?? '') : `#${position + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      const box = fieldset(title);
      if (typeof item === 'string') box.append(this.input(path, 'text', item, false));
      return box;
    }
    const record = item as Record<string, unknown>;
    const type = typeof record.type === 'string' ? record.type : '';
    const box = fieldset(`${title}${type ? ` ${type}` : ''}`);
    box.classList.add('form-item');
    for (const [key, value] of Object.entries(record)) {
      if (readOnlyKeys.has(key)) continue;
      if (typeof value === 'string')
        box.append(this.input([...path, key], key, value, key === 'text' || key === 'value' || key === 'subtitle'));
      else if (typeof value === 'number' && key === 'index') box.append(this.input([...path, key], key, value, false));
      else if (Array.isArray(value)) box.append(this.list([...path, key], key, value, { text: '' }));
      else if (typeof value === 'object' && value !== null) box.append(this.item([...path, key], value, -1, key));
    }
    if (position >= 0) box.append(button(`Remove ${title}${type ? ` ${type}` : ''}`, () => this.remove(path), 'danger'));
    return box;
  }

  private input(path: Path, name: string, value: string | number, multiline: boolean): HTMLElement {
    const label = document.createElement('label');
    label.className = 'form-field';
    const caption = document.createElement('span');
    caption.textContent = name;
    const control = multiline ? document.createElement('textarea') : document.createElement('input');
    if (control instanceof HTMLInputElement) control.type = typeof value === 'number' ? 'number' : 'text';
    else control.rows = Math.min(6, Math.max(2, String(value).split('\n').length));
    control.value = String(value);
    control.dir = 'auto';
    control.spellcheck = false;
    control.dataset.path = pathKey(path);
    if (typeof value === 'number') control.dataset.kind = 'number';
    const problems = document.createElement('ul');
    problems.className = 'form-problems';
    label.append(caption, control, problems);
    return label;
  }
}

function fieldset(legend: string): HTMLFieldSetElement {
  const box = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = legend;
  box.append(title);
  return box;
}

function button(label: string, action: () => void, tone?: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (tone) element.className = tone;
  element.addEventListener('click', action);
  return element;
}

function note(text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = 'hint';
  element.textContent = text;
  return element;
}

/** `rows` → `row`, `Content (list)` → `item`: the name of one entry, for "Add …". */
function singular(title: string): string {
  if (title.startsWith('Content')) return 'item';
  const known: Record<string, string> = {
    parameters: 'parameter',
    rows: 'row',
    sections: 'section',
    cards: 'card',
    buttons: 'button',
    content: 'item',
    actions: 'action',
  };
  return known[title] ?? 'item';
}
