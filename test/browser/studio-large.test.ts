/**
 * Large files in the studio, in headless Chromium on `fieldcode studio` over a temporary copy of
 * examples/: virtual scrolling of a long list sheet and carousel (only what is in view is drawn),
 * and the incremental lint of a large file (an answer for the edited string, then the whole-file
 * lint with the same findings). Timings are not tested here: bench/studio-large.bench.mjs measures them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
import { loadText, previewTexts } from './studio-page.fixture.js';
import { listText } from './list-response.fixture.js';
// @ts-expect-error -- plain ESM helper scripts without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';
import { startStudio } from '../../packages/cli/src/studio/server.js';
import { lint } from '@fieldcode/content';
import { toMarker } from '../../editor/src/monaco/markers.js';

const root = join(import.meta.dirname, '..', '..');

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let libraryDir: string;

/** Scrolls a scroll container of the preview to `offset` (vertical or horizontal) and fires its scroll event. */
async function scrollPreview(selector: string, offset: number, axis: 'top' | 'left'): Promise<void> {
  await page.evaluate(
    ({ selector, offset, axis }) => {
      const box = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>(selector)!;
      if (axis === 'top') box.scrollTop = offset;
      else box.scrollLeft = offset;
      box.dispatchEvent(new Event('scroll'));
    },
    { selector, offset, axis },
  );
}

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  libraryDir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-large-'));
  cpSync(join(root, 'examples'), libraryDir, { recursive: true });
  server = await startStudio({ dir: libraryDir, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await waitForStudio(page, server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (libraryDir) rmSync(libraryDir, { recursive: true, force: true });
});

describe('studio with large files', { timeout: 120_000 }, () => {
  it('draws only the rows in view of a 500-row list sheet, and the last ones once scrolled to the end', async () => {
    // Computed in the preview worker (82 KiB); a second large text is computed there too.
    await loadText(page, listText(500).replace('Which store', 'Which shop'));
    await expect.poll(() => previewTexts(page, '.body'), { timeout: 60_000 }).toEqual(['Which shop, Ann?']);
    await loadText(page, listText(500));
    await expect.poll(() => previewTexts(page, '.body'), { timeout: 60_000 }).toEqual(['Which store, Ann?']);
    expect(await previewTexts(page, '.list-button')).toEqual(['☰ Choose']);
    await page.locator('fieldcode-preview .list-button').click();
    const rows = () => previewTexts(page, '.row .row-title');
    await expect.poll(rows, { timeout: 10_000 }).toContain('Store 0');
    await page.waitForFunction(
      () =>
        document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.rows-viewport')?.getAttribute('data-measured') === 'true',
      undefined,
      { timeout: 30_000 },
    );
    const first = await rows();
    // 420 px of viewport: 1 section title and the rows in view, plus 6 entries after them; never the 500 rows.
    expect(first).toEqual(Array.from({ length: first.length }, (_, i) => `Store ${i}`));
    expect(first.length).toBeGreaterThan(6);
    expect(first.length).toBeLessThan(20);
    // The scrolled height stands for every entry, each at its measured height: 10 section titles and 500 rows.
    const sizes = await page.evaluate(() => {
      const box = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>('.rows-viewport')!;
      return {
        section: box.querySelector('.section-title')!.getBoundingClientRect().height,
        row: box.querySelector('.row')!.getBoundingClientRect().height,
        height: box.scrollHeight,
      };
    });
    const height = sizes.height;
    expect(Math.abs(height - (10 * sizes.section + 500 * sizes.row))).toBeLessThanOrEqual(1);
    await scrollPreview('.rows-viewport', height, 'top');
    await expect.poll(async () => (await rows()).at(-1), { timeout: 10_000 }).toBe('Store 499');
    const last = await rows();
    expect(last.length).toBeLessThan(20);
    expect(last).not.toContain('Store 0');
    // Area 10 starts 50 rows above the end: its title is not drawn any more.
    expect(await previewTexts(page, '.section-title')).toEqual([]);
  });

  it('draws only the cards in view of a 60-card carousel', async () => {
    const card = (n: number) => ({
      type: 'card',
      title: `Plan ${n}`,
      subtitle: 'Calls included',
      buttons: [{ type: 'quick-reply', text: `Choose ${n}`, payload: `plan-${n}` }],
    });
    const carousel = {
      contentType: 'generic',
      text: 'Our offers',
      content: Array.from({ length: 60 }, (_, n) => card(n)),
    };
    await loadText(page, JSON.stringify(carousel, null, 2));
    const titles = () => previewTexts(page, '.card .card-title');
    await expect.poll(async () => (await titles())[0], { timeout: 30_000 }).toBe('Plan 0');
    const first = await titles();
    expect(first.length).toBeLessThan(20);
    const width = await page.evaluate(
      () => document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>('.cards')!.scrollWidth,
    );
    // 60 slots of 228 px (a 220 px card and its 8 px margin); the last margin may not count.
    expect(60 * 228 - width).toBeGreaterThanOrEqual(0);
    expect(60 * 228 - width).toBeLessThanOrEqual(8);
    await scrollPreview('.cards', width, 'left');
    await expect.poll(async () => (await titles()).at(-1), { timeout: 10_000 }).toBe('Plan 59');
    expect((await titles()).length).toBeLessThan(20);
  });

  it('answers a keystroke in a large file for the edited string at once, then with the whole-file lint', async () => {
    const text = listText(1000);
    expect(text.length).toBeGreaterThan(64 * 1024);
    await page.evaluate(() => {
      const editor = document.querySelector('fieldcode-editor')!;
      const seen: Array<{ provisional: boolean; codes: string[]; current: boolean }> = [];
      (window as never as { lintAnswers: typeof seen }).lintAnswers = seen;
      editor.addEventListener('fieldcode-diagnostics', (event) => {
        const { diagnostics, provisional, text } = (event as CustomEvent).detail;
        seen.push({
          provisional,
          current: text === (editor as unknown as { value: string }).value,
          codes: diagnostics.map(
            (d: { code: string; range: { start: { line: number; column: number } } }) =>
              `${d.code}@${d.range.start.line}:${d.range.start.column}`,
          ),
        });
      });
    });
    await loadText(page, text);
    const answers = () =>
      page.evaluate(
        () => (window as never as { lintAnswers: Array<{ provisional: boolean; codes: string[]; current: boolean }> }).lintAnswers,
      );
    await expect.poll(async () => (await answers()).some((a) => a.current && !a.provisional), { timeout: 90_000 }).toBe(true);
    const before = (await answers()).filter((a) => a.current).at(-1)!.codes;
    expect(before.some((code) => code.startsWith('unknown-function'))).toBe(false);
    await page.evaluate(() => ((window as never as { lintAnswers: unknown[] }).lintAnswers.length = 0));

    // Type into the description of row 777: `Open until 4 pm` → `Open until <$ Nope(4) $> pm`.
    const needle = '"Open until 4 pm, <$ Contact.FirstName $>"';
    const at = text.indexOf(needle, text.indexOf('"row-777"')) + '"Open until '.length;
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    await page.evaluate(
      ({ line, column }) => {
        const monacoEditor = (
          document.querySelector('fieldcode-editor') as unknown as {
            monacoEditor: { executeEdits(source: string, edits: unknown[]): void };
          }
        ).monacoEditor;
        monacoEditor.executeEdits('test', [
          { range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column + 1 }, text: '<$ Nope(4) $>' },
        ]);
      },
      { line, column },
    );
    await expect.poll(async () => (await answers()).some((a) => a.current && !a.provisional), { timeout: 90_000 }).toBe(true);
    const seen = (await answers()).filter((a) => a.current);
    const provisional = seen.find((a) => a.provisional);
    const exact = seen.find((a) => !a.provisional)!;
    expect(provisional).toBeDefined();
    expect(seen.indexOf(provisional!)).toBeLessThan(seen.indexOf(exact));
    // The whole-file lint finds the unknown function exactly where the incremental answer put it.
    expect(exact.codes).toContain(`unknown-function@${line}:${column + 3}`);
    expect(provisional!.codes).toEqual(exact.codes);
  });

  it('keeps the markers of a large file exactly those of a whole-file lint after every kind of edit', async () => {
    const text = listText(1000);
    await loadText(page, text);
    /** Waits for the whole-file answer for the editor's text; returns that text and monaco's markers. */
    const settled = async () => {
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const editor = document.querySelector('fieldcode-editor') as unknown as { value: string };
              const answers = (window as never as { settledAnswers?: Array<{ text: string; provisional: boolean }> }).settledAnswers ?? [];
              return answers.some((a) => !a.provisional && a.text === editor.value);
            }),
          { timeout: 90_000 },
        )
        .toBe(true);
      return page.evaluate(() => {
        const element = document.querySelector('fieldcode-editor') as unknown as {
          value: string;
          profile: string;
          dataDictionary?: unknown;
          monacoEditor: { getModel(): { uri: unknown } };
          monaco: {
            editor: {
              getModelMarkers(filter: { resource: unknown; owner: string }): Array<{
                severity: number;
                message: string;
                code: string;
                startLineNumber: number;
                startColumn: number;
                endLineNumber: number;
                endColumn: number;
              }>;
            };
          };
        };
        const markers = element.monaco.editor
          .getModelMarkers({ resource: element.monacoEditor.getModel().uri, owner: 'fieldcode' })
          .map(({ severity, message, code, startLineNumber, startColumn, endLineNumber, endColumn }) => ({
            severity,
            message,
            code,
            source: 'fieldcode',
            startLineNumber,
            startColumn,
            endLineNumber,
            endColumn,
          }));
        return { text: element.value, profile: element.profile, dataDictionary: element.dataDictionary, markers };
      });
    };
    await page.evaluate(() => {
      const editor = document.querySelector('fieldcode-editor')!;
      const answers: Array<{ text: string; provisional: boolean; diagnostics: unknown[] }> = [];
      (window as never as { settledAnswers: typeof answers }).settledAnswers = answers;
      editor.addEventListener('fieldcode-diagnostics', (event) => {
        const { text, provisional, diagnostics } = (event as CustomEvent).detail;
        answers.push({ text, provisional, diagnostics });
      });
      // What the page sends the fast lint worker: the changes, or the whole text.
      const syncs: string[] = [];
      (window as never as { syncs: string[] }).syncs = syncs;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        const sync = (message as { type?: string; sync?: { text?: string; edits?: unknown[] } }).sync;
        if ((message as { type?: string }).type === 'lint-incremental' && sync)
          syncs.push(sync.text === undefined ? `edits ${sync.edits!.length}` : 'text');
        return post.call(this, message, ...rest);
      } as typeof Worker.prototype.postMessage;
    });
    /** Applies edits to the editor as one event (several ranges: several cursors), or runs a monaco command. */
    const edit = (edits: Array<{ find: string; after?: string; replace: string; whole?: boolean }> | 'undo') =>
      page.evaluate((edits) => {
        const monacoEditor = (
          document.querySelector('fieldcode-editor') as unknown as {
            monacoEditor: {
              getModel(): {
                getValue(): string;
                getPositionAt(offset: number): { lineNumber: number; column: number };
                getFullModelRange(): unknown;
              };
              executeEdits(source: string, edits: unknown[]): void;
              pushUndoStop(): void;
              trigger(source: string, id: string, payload: unknown): void;
            };
          }
        ).monacoEditor;
        (window as never as { settledAnswers: unknown[] }).settledAnswers.length = 0;
        if (edits === 'undo') {
          monacoEditor.trigger('keyboard', 'undo', null);
          return;
        }
        const model = monacoEditor.getModel();
        const value = model.getValue();
        const ranges = edits.map(({ find, after, replace, whole }) => {
          if (whole) return { range: model.getFullModelRange(), text: replace };
          const at = value.indexOf(find, after ? value.indexOf(after) : 0);
          if (at < 0) throw new Error(`${find} not found`);
          const start = model.getPositionAt(at);
          const end = model.getPositionAt(at + find.length);
          return {
            range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
            text: replace,
          };
        });
        monacoEditor.pushUndoStop();
        monacoEditor.executeEdits('test', ranges);
        monacoEditor.pushUndoStop();
      }, edits);
    const rules = await page.evaluate(
      () => (document.querySelector('fieldcode-editor') as unknown as { rules?: Record<string, string> }).rules,
    );
    /** monaco's markers equal the whole-file lint of the editor's text, marker for marker. */
    const expectExact = async (expectedText?: string) => {
      const { text: shown, profile, dataDictionary, markers } = await settled();
      if (expectedText !== undefined) expect(shown).toBe(expectedText);
      const diagnostics = lint(shown, {
        kind: 'json',
        filePath: 'response.json',
        ...(profile ? { profile } : {}),
        ...(rules ? { rules: rules as never } : {}),
        ...(dataDictionary ? { dataDictionary: dataDictionary as never } : {}),
      }).diagnostics;
      const byPosition = (a: { startLineNumber: number; startColumn: number; code: string }, b: typeof a) =>
        a.startLineNumber - b.startLineNumber || a.startColumn - b.startColumn || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
      expect([...markers].sort(byPosition)).toEqual(diagnostics.map(toMarker).sort(byPosition));
      return { shown, diagnostics };
    };

    await expectExact(text);
    // An edit inside one string: answered incrementally first (the fast worker gets the change,
    // not the text), with the findings the whole-file lint gives next.
    const syncs = () => page.evaluate(() => (window as never as { syncs: string[] }).syncs);
    const before = (await syncs()).length;
    await edit([{ find: 'Open until 4 pm', after: '"row-777"', replace: 'Open until <$ Nope(4) $> pm' }]);
    const typed = await expectExact();
    expect(typed.diagnostics.some((d) => d.code === 'unknown-function')).toBe(true);
    expect((await syncs()).slice(before)).toEqual(['edits 1']);
    const provisional = await page.evaluate(() =>
      (window as never as { settledAnswers: Array<{ provisional: boolean; diagnostics: unknown[] }> }).settledAnswers.find(
        (a) => a.provisional,
      ),
    );
    expect(provisional?.diagnostics).toEqual(typed.diagnostics);
    // Lines inserted (a new property on its own line) and deleted (a row's description line).
    await edit([{ find: '"title": "Store 12",', replace: '"title": "Store 12",\n          "extra": "no such property",' }]);
    const inserted = await expectExact();
    expect(inserted.shown.split('\n').length).toBe(typed.shown.split('\n').length + 1);
    expect(inserted.diagnostics.length).toBeGreaterThan(typed.diagnostics.length);
    await edit([{ find: '          "id": "row-2",\n', replace: '' }]);
    const deleted = await expectExact();
    expect(deleted.shown.split('\n').length).toBe(typed.shown.split('\n').length);
    // Several cursors: three descriptions changed in one event.
    await edit([
      { find: 'Open until 1 pm', after: '"row-100"', replace: 'Open until <$ Nope(1) $> pm' },
      {
        find: 'Open until 2 pm',
        after: '"row-501"',
        replace: 'Open until <$ Nope(2) $> pm, and a description far longer than a row may have',
      },
      { find: 'Open until 3 pm', after: '"row-902"', replace: 'Open <$ Contact.Nickname $>' },
    ]);
    const multi = await expectExact();
    expect(multi.diagnostics.filter((d) => d.code === 'unknown-function')).toHaveLength(3);
    // Undo of the multi-cursor edit.
    await edit('undo');
    await expectExact(deleted.shown);
    // A paste that replaces everything.
    const replaced = listText(1100).replace('Which store', 'Which <$ Nope() $> store');
    await edit([{ find: '', replace: replaced, whole: true }]);
    await expectExact(replaced);
  });
});
