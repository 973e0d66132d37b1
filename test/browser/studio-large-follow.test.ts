/**
 * Typing in a large file in the studio, in headless Chromium on `fieldcode studio` over a
 * temporary copy of examples/ plus an 82 KiB list: the preview worker is kept and gets only the
 * change (a stale preview is never shown), the profile bar and sample-data panel follow the
 * preview's answer without parsing the text on the main thread, completion reads one line, and the
 * unsaved marker compares versions (undo back to the saved text is clean). Timings are measured by
 * bench/studio-large.bench.mjs, not here.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
import { listText } from './list-response.fixture.js';
// @ts-expect-error -- plain ESM helper scripts without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';
import { startStudio } from '../../packages/cli/src/studio/server.js';

const root = join(import.meta.dirname, '..', '..');

const LIST = listText(500);

/**
 * Runs in the page before its scripts: records the workers started, the preview requests and
 * cancels sent (whole text or edits) and the preview worker's answers, and counts JSON.parse calls
 * on texts of 64 KiB or more (the main thread parsing a large file).
 */
function spy(): void {
  type Entry = Record<string, unknown>;
  const log: Entry[] = [];
  const w = window as unknown as { workerLog: Entry[]; largeParses: number };
  w.workerLog = log;
  w.largeParses = 0;
  const parse = JSON.parse;
  JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
    if (typeof text === 'string' && text.length >= 64 * 1024) w.largeParses++;
    return parse.call(JSON, text, reviver) as unknown;
  } as typeof JSON.parse;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      log.push({ event: 'start', name: options?.name ?? '' });
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: string; id?: number; dropped?: string };
        if (data?.type === 'preview-result') log.push({ event: 'answer', id: data.id, dropped: data.dropped ?? null });
      });
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
      const m = message as { type?: string; id?: number; sync?: { text?: string; edits?: unknown[] } };
      if (m?.type === 'preview') log.push({ event: 'preview', id: m.id, whole: m.sync?.text !== undefined, edits: m.sync?.edits ?? null });
      if (m?.type === 'preview-cancel') log.push({ event: 'cancel', id: m.id });
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let libraryDir: string;

type Studio = {
  editor: { value: string; monacoEditor: MonacoEditor };
  preview: { source: string; previewMessage: { body: string } | null; updateComplete: Promise<boolean> };
  sampleData: { value: { Contact?: { FirstName?: string } } };
  isDirty(): boolean;
};
type MonacoEditor = {
  getModel(): {
    getValue(): string;
    getPositionAt(offset: number): { lineNumber: number; column: number };
    getLineContent(line: number): string;
  };
  setPosition(position: { lineNumber: number; column: number }): void;
  focus(): void;
  trigger(source: string, handler: string, payload: unknown): void;
  executeEdits(source: string, edits: unknown[]): void;
};

const body = () =>
  page.evaluate(() => (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.preview.previewMessage?.body ?? null);
const workerLog = () => page.evaluate(() => (window as never as { workerLog: Array<Record<string, unknown>> }).workerLog);
const clearLog = () => page.evaluate(() => void ((window as never as { workerLog: unknown[] }).workerLog.length = 0));
const isDirty = () => page.evaluate(() => (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.isDirty());
const dirtyMarkerShown = () => page.evaluate(() => !document.querySelector<HTMLElement>('#dirty-marker')!.hidden);

/** Puts the cursor after the first `needle` of the editor's text (or its `nth` one) and focuses the editor. */
async function placeCursorAfter(needle: string): Promise<number> {
  const offset = await page.evaluate((needle) => {
    const editor = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.monacoEditor;
    const model = editor.getModel();
    const at = model.getValue().indexOf(needle);
    if (at === -1) return -1;
    editor.setPosition(model.getPositionAt(at + needle.length));
    editor.focus();
    return at + needle.length;
  }, needle);
  expect(offset).toBeGreaterThan(-1);
  return offset;
}

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  libraryDir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-follow-'));
  cpSync(join(root, 'examples'), libraryDir, { recursive: true });
  writeFileSync(join(libraryDir, 'big-list.json'), LIST);
  server = await startStudio({ dir: libraryDir, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(spy);
  await waitForStudio(page, `${server.url}#big-list.json`);
  await page.waitForFunction(
    () => (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.preview.previewMessage?.body === 'Which store, Ann?',
    undefined,
    { timeout: 60_000 },
  );
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (libraryDir) rmSync(libraryDir, { recursive: true, force: true });
});

describe('typing in a large file in the studio', { timeout: 120_000 }, () => {
  it('keeps the preview worker and sends it only the change after each pause in typing', async () => {
    expect(LIST.length).toBeGreaterThan(64 * 1024);
    await clearLog();
    const at = await placeCursorAfter('Which store');
    await page.keyboard.type('x');
    await expect.poll(body, { timeout: 60_000 }).toBe('Which storex, Ann?');
    await page.keyboard.type('y');
    await expect.poll(body, { timeout: 60_000 }).toBe('Which storexy, Ann?');
    const log = await workerLog();
    expect(log.filter((e) => e.event === 'start' && e.name === 'fieldcode-preview')).toEqual([]);
    expect(log.filter((e) => e.event === 'preview').map(({ whole, edits }) => ({ whole, edits }))).toEqual([
      { whole: false, edits: [{ offset: at, length: 0, text: 'x' }] },
      { whole: false, edits: [{ offset: at + 1, length: 0, text: 'y' }] },
    ]);
  });

  it('never shows a stale preview: a request replacing one the worker still computes does not wait for it', async () => {
    const { shown, expected } = await page.evaluate(async () => {
      const { preview, editor } = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio;
      const bodies: string[] = [];
      const element = document.querySelector('fieldcode-preview')!;
      element.addEventListener('fieldcode-rendered', () => bodies.push(preview.previewMessage?.body ?? ''));
      (window as never as { renderedBodies: string[] }).renderedBodies = bodies;
      const text = editor.value;
      const current = preview.previewMessage!.body;
      preview.source = text.replace('Which store', 'Which shop');
      await preview.updateComplete; // its request is sent; no answer can arrive within this task
      preview.source = text.replace('Which store', 'Which mall');
      return { shown: bodies.length, expected: current.replace('Which store', 'Which mall') };
    });
    expect(shown).toBe(0);
    expect(expected).toMatch(/^Which mall.*, Ann\?$/u);
    await expect.poll(body, { timeout: 60_000 }).toBe(expected);
    expect(await page.evaluate(() => (window as never as { renderedBodies: string[] }).renderedBodies)).toEqual([expected]);
    // The worker computing the stale one was ended; the new one got the whole text.
    const log = (await workerLog())
      .filter((e) => e.event !== 'answer' && (e.event !== 'start' || e.name === 'fieldcode-preview'))
      .slice(-4);
    expect(log.map((e) => e.event)).toEqual(['preview', 'cancel', 'start', 'preview']);
    expect(log[0]).toMatchObject({ whole: false });
    expect(log[1]).toEqual({ event: 'cancel', id: log[0]!.id });
    expect(log[2]).toEqual({ event: 'start', name: 'fieldcode-preview' });
    expect(log[3]).toMatchObject({ whole: true, edits: null });
    // Back to the editor's text for the next tests.
    await page.evaluate(() => {
      const { preview, editor } = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio;
      preview.source = editor.value;
    });
    await expect.poll(body, { timeout: 60_000 }).toBe(expected.replace('Which mall', 'Which store'));
  });

  it("follows the file's sample data and profile from the preview's answer, without parsing the text on the main thread", async () => {
    await page.evaluate(() => void ((window as never as { largeParses: number }).largeParses = 0));
    await placeCursorAfter('"FirstName": "Ann');
    await page.keyboard.type('ie');
    await expect.poll(body, { timeout: 60_000 }).toBe('Which storexy, Annie?');
    await expect
      .poll(() => page.evaluate(() => (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.sampleData.value.Contact?.FirstName))
      .toBe('Annie');
    await page.evaluate(() => {
      const editor = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.monacoEditor;
      const model = editor.getModel();
      const at = model.getValue().indexOf('"whatsapp"');
      const start = model.getPositionAt(at + 1);
      const end = model.getPositionAt(at + 1 + 'whatsapp'.length);
      editor.executeEdits('test', [
        {
          range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
          text: 'apple-messages',
        },
      ]);
    });
    await expect
      .poll(() => page.textContent('#profile-source'), { timeout: 60_000 })
      .toBe('Set in this file ("profile": "apple-messages").');
    expect(await page.textContent('#preview-heading')).toBe('Apple Messages preview');
    expect(await page.evaluate(() => (window as never as { largeParses: number }).largeParses)).toBe(0);
  });

  it('completes a field code in a large file from its line alone', async () => {
    await page.evaluate(() => {
      const editor = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.monacoEditor;
      const model = editor.getModel();
      const needle = 'Open until 5 pm, <$ Contact.FirstName $>';
      const at = model.getValue().indexOf(needle, model.getValue().indexOf('"row-304"'));
      const start = model.getPositionAt(at);
      const end = model.getPositionAt(at + needle.length);
      editor.executeEdits('test', [
        {
          range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
          text: 'Hi <$ Contact.La',
        },
      ]);
      editor.setPosition(model.getPositionAt(at + 'Hi <$ Contact.La'.length));
      editor.focus();
    });
    // From here on, reading the whole text would show in this count.
    await page.evaluate(() => {
      const model = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.monacoEditor.getModel();
      const w = window as never as { wholeReads: number };
      w.wholeReads = 0;
      const getValue = model.getValue.bind(model);
      model.getValue = () => {
        w.wholeReads++;
        return getValue();
      };
    });
    await page.evaluate(() =>
      (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.monacoEditor.trigger(
        'test',
        'editor.action.triggerSuggest',
        {},
      ),
    );
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 30_000 });
    const labels = await page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (rows) => rows.map((r) => r.textContent));
    expect(labels).toEqual(['LastName']);
    expect(await page.evaluate(() => (window as never as { wholeReads: number }).wholeReads)).toBe(0);
    await page.keyboard.press('Enter');
    const line = await page.evaluate(() => {
      const editor = (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.monacoEditor;
      const model = editor.getModel();
      const value = model.getValue();
      return model.getLineContent(model.getPositionAt(value.indexOf('Hi <$')).lineNumber);
    });
    expect(line).toBe('            "description": "Hi <$ Contact.LastName"');
  });

  it('tells unsaved changes by version: undo back to the saved text is clean, typing and deleting is a change', async () => {
    // Another file (the edits above are left unsaved).
    await page.evaluate(() =>
      (window as never as { fieldcodeStudio: { open(path: string, options: { guard: boolean }): Promise<boolean> } }).fieldcodeStudio.open(
        'bill-reminder.json',
        { guard: false },
      ),
    );
    await expect.poll(() => page.textContent('#file-name')).toBe('bill-reminder.json');
    const onDisk = () => readFileSync(join(libraryDir, 'bill-reminder.json'), 'utf8');
    const saved = onDisk();
    expect(await isDirty()).toBe(false);
    await placeCursorAfter('"name": "');
    await page.keyboard.type('x');
    expect(await isDirty()).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await isDirty()).toBe(false);
    expect(await dirtyMarkerShown()).toBe(false);
    await page.keyboard.press('Control+y');
    expect(await isDirty()).toBe(true);
    await page.keyboard.press('Backspace');
    // The text is the saved one again, but by an edit: a change to save, as in VS Code.
    expect(await page.evaluate(() => (window as never as { fieldcodeStudio: Studio }).fieldcodeStudio.editor.value)).toBe(saved);
    expect(await isDirty()).toBe(true);
    expect(await dirtyMarkerShown()).toBe(true);
    await page.keyboard.press('Control+s');
    await expect.poll(isDirty).toBe(false);
    expect(onDisk()).toBe(saved);
    await page.keyboard.press('Control+z');
    expect(await isDirty()).toBe(true);
    await page.keyboard.press('Control+y');
    expect(await isDirty()).toBe(false);
    expect(await dirtyMarkerShown()).toBe(false);
  });
});
