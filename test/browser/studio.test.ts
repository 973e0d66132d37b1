/**
 * `fieldcode studio` in headless Chromium, over a temporary copy of examples/: files are created,
 * typed into, saved, renamed and deleted through the page, and checked on disk.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
import { startStudio, type StudioServer } from '../../packages/cli/src/studio/server.js';
// @ts-expect-error -- plain ESM helper script without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';

const root = join(import.meta.dirname, '..', '..');
const output = join(root, 'test-output');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const seedLog = readFileSync(join(root, 'examples', 'data', 'seed-invite-to-chat.log'), 'utf8');

let dir: string;
let library: string;
let server: StudioServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const dialogs: string[] = [];

async function newPage(ctx: BrowserContext): Promise<Page> {
  const created = await ctx.newPage();
  created.on('console', (message) => {
    // Refused writes (412 conflicts, 400 traversal attempts) are what the tests provoke; anything else counts.
    if (message.type() === 'error' && !/status of (400|412)/u.test(message.text())) consoleErrors.push(message.text());
  });
  created.on('pageerror', (error) => consoleErrors.push(error.message));
  // Leaving with unsaved changes asks first (beforeunload); the tests go on.
  created.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  return created;
}

async function ready(target: Page, hash = ''): Promise<void> {
  if (target.url() !== 'about:blank') await target.goto('about:blank'); // a real reload, even when only the hash differs
  await waitForStudio(target, `${server.url}${hash}`);
}

/** What the page's editor element exposes to the tests (its public properties). */
interface EditorElement {
  value: string;
  monacoEditor: {
    getModel(): { getValue(): string; setValue(text: string): void; getPositionAt(offset: number): unknown } | null;
    setPosition(position: unknown): void;
    focus(): void;
  } | null;
}

const editorValue = (target: Page = page) =>
  target.evaluate(() => (document.querySelector('fieldcode-editor') as unknown as EditorElement).value);
const onDisk = (path: string) => readFileSync(join(library, path), 'utf8');
const isDirty = () => page.evaluate(() => !document.querySelector<HTMLElement>('#dirty-marker')!.hidden);

/** Opens a library file by clicking it in the tree. */
async function openFile(path: string): Promise<void> {
  await page.click(`#files button[data-file="${path}"]`);
  await expect.poll(() => page.textContent('#file-name')).toBe(path);
}

/** Moves the cursor right after the first occurrence of `needle` in the editor and focuses it. */
async function placeCursorAfter(needle: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const editor = (document.querySelector('fieldcode-editor') as unknown as EditorElement).monacoEditor!;
    const model = editor.getModel()!;
    const offset = model.getValue().indexOf(needle);
    if (offset === -1) return false;
    editor.setPosition(model.getPositionAt(offset + needle.length));
    editor.focus();
    return true;
  }, needle);
  expect(found).toBe(true);
}

/** Answers the name dialog. */
async function answerName(name: string, template?: string): Promise<void> {
  await page.waitForSelector('#name-dialog[open]');
  if (template) await page.selectOption('#template-select', template);
  await page.fill('#name-input', name);
  await page.click('#name-ok');
  await page.waitForSelector('#name-dialog:not([open])', { state: 'attached' });
}

function rawGet(path: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-browser-'));
  library = join(dir, 'examples');
  cpSync(join(root, 'examples'), library, { recursive: true });
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  server = await startStudio({ dir: library, port: 0 });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await newPage(context);
  await ready(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('fieldcode studio', { timeout: 90_000 }, () => {
  it('shows the lint status of the open text only, in agreement with the library listing for every file', async () => {
    // Every text the status line takes from the first paint on: before the file's own lint answers it
    // says "Checking…", never the counts of the empty editor or of the file open before.
    const fresh = await newPage(context);
    await fresh.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { statusSeen: string[] }).statusSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('#lint-status')?.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await fresh.goto(`${server.url}#bill-reminder.json`);
    await fresh.waitForSelector('html[data-studio-ready="true"]', { timeout: 60_000 });
    await fresh.waitForSelector('#lint-status[data-state="done"]', { timeout: 60_000 });
    const seen = await fresh.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
    expect(seen.filter((text) => text !== 'Checking…')).toEqual(['0 errors, 0 warnings, 0 infos']);

    // For each file: the editor's counts of the saved text equal the server's lint of the file.
    const listing = await fresh.evaluate(async () => {
      const response = await fetch('/api/library');
      return ((await response.json()) as { files: Array<{ path: string; errors: number; warnings: number; infos: number }> }).files;
    });
    expect(listing.length).toBeGreaterThan(5);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    for (const file of listing) {
      await fresh.evaluate(() => document.querySelector('#lint-status')!.removeAttribute('data-state'));
      await fresh.click(`#files button[data-file="${file.path}"]`);
      await fresh.waitForSelector('#lint-status[data-state="done"]', { timeout: 30_000 });
      expect(`${file.path}: ${(await fresh.textContent('#lint-status'))!.replace(/ \(.*\)$/u, '')}`).toBe(
        `${file.path}: ${plural(file.errors, 'error')}, ${plural(file.warnings, 'warning')}, ${plural(file.infos, 'info')}`,
      );
    }
    await fresh.close();
  });

  it('lists the library with lint status per file and opens the seed example', async () => {
    const listed = await page.$$eval('#files button[data-file]', (buttons) =>
      buttons.map((b) => `${b.getAttribute('data-file')}: ${b.querySelector('.file-status')!.textContent}`),
    );
    expect(listed).toContain('bill-reminder.json: no problems');
    expect(listed).toContain('seed-bill-reminder.body.json: 5 warnings');
    expect(await page.textContent('#file-name')).toBe('bill-reminder.json');
    expect(await page.textContent('#config-status')).toBe('config: fieldcode.config.json');
    expect(await page.textContent('#preview-heading')).toBe('WhatsApp preview');
    await page.fill('#search', 'appointment_new');
    await expect
      .poll(() => page.$$eval('#files button[data-file]', (b) => b.map((x) => x.getAttribute('data-file'))))
      .toEqual(['bill-reminder.json', 'seed-bill-reminder.body.json']);
    await page.fill('#search', '');
    await page.selectOption('#filter-problems', 'warnings');
    expect(await page.$$eval('#files button[data-file]', (b) => b.map((x) => x.getAttribute('data-file')))).toEqual([
      'seed-bill-reminder.body.json',
      'welcome.txt',
    ]);
    await page.selectOption('#filter-problems', '');
    await page.selectOption('#filter-type', 'single-selection-list');
    expect(await page.$$eval('#files button[data-file]', (b) => b.map((x) => x.getAttribute('data-file')))).toEqual(['store-list.json']);
    await page.selectOption('#filter-type', '');
    expect(consoleErrors).toEqual([]);
  });

  it('creates a notification from the template, types field codes, saves it byte-identical and finds it after a reload', async () => {
    await page.click('#new-file');
    await answerName('greeting.json', 'notification');
    await expect.poll(() => page.textContent('#file-name')).toBe('greeting.json');
    expect(onDisk('greeting.json')).toBe(await editorValue());
    await placeCursorAfter('thank you for contacting us');
    await page.keyboard.type(', <$ Contact.LastName $> — ünïcödé ✓');
    await expect.poll(isDirty).toBe(true);
    expect(await page.title()).toBe('● greeting.json — fieldcode studio');
    await page.keyboard.press('Control+s');
    await expect.poll(isDirty).toBe(false);
    const shown = await editorValue();
    expect(shown).toContain('"text": "Hello {{1}}, thank you for contacting us, <$ Contact.LastName $> — ünïcödé ✓."');
    expect(onDisk('greeting.json')).toBe(shown);
    await ready(page, '#greeting.json');
    expect(await page.textContent('#file-name')).toBe('greeting.json');
    expect(await editorValue()).toBe(onDisk('greeting.json'));
    expect(await page.$eval('#files button[data-file="greeting.json"] .file-status', (s) => s.textContent)).toBe('no problems');
  });

  it('renames and deletes (after confirmation)', async () => {
    await openFile('greeting.json');
    const text = onDisk('greeting.json');
    await page.click('#rename');
    await answerName('greeting-renamed.json');
    await expect.poll(() => existsSync(join(library, 'greeting-renamed.json'))).toBe(true);
    // The server links the new name, then unlinks the old one.
    await expect.poll(() => existsSync(join(library, 'greeting.json'))).toBe(false);
    expect(onDisk('greeting-renamed.json')).toBe(text);
    await expect.poll(() => page.textContent('#file-name')).toBe('greeting-renamed.json');

    await page.click('#delete');
    await page.waitForSelector('#confirm-dialog[open]');
    await page.click('#confirm-actions button[data-value="cancel"]');
    expect(existsSync(join(library, 'greeting-renamed.json'))).toBe(true);
    await page.waitForSelector('#confirm-dialog:not([open])', { state: 'attached' });
    await page.click('#delete');
    // The buttons of the cancelled question stay in the closed dialog until the new one replaces them.
    await page.waitForSelector('#confirm-dialog[open] #confirm-actions button[data-value="delete"]');
    await page.click('#confirm-actions button[data-value="delete"]');
    await expect.poll(() => existsSync(join(library, 'greeting-renamed.json'))).toBe(false);
    await expect.poll(() => page.$$eval('#files button[data-file="greeting-renamed.json"]', (found) => found.length)).toBe(0);
  });

  it('never overwrites a change on disk silently: shows the diff and lets the author choose', async () => {
    await openFile('welcome.txt');
    const original = onDisk('welcome.txt');
    await placeCursorAfter('welcome to Acme support!');
    await page.keyboard.type(' Mine.');
    writeFileSync(join(library, 'welcome.txt'), `${original}Theirs.\n`);
    await page.keyboard.press('Control+s');
    await page.waitForSelector('#conflict:not([hidden])');
    await page.waitForSelector('#conflict-diff .monaco-diff-editor');
    expect(onDisk('welcome.txt')).toBe(`${original}Theirs.\n`);
    expect(await isDirty()).toBe(true);
    await page.click('#conflict-overwrite');
    await expect.poll(isDirty).toBe(false);
    expect(onDisk('welcome.txt')).toBe(original.replace('welcome to Acme support!', 'welcome to Acme support! Mine.'));
    expect(await page.isHidden('#conflict')).toBe(true);

    // The other choice: take the disk version.
    await placeCursorAfter('Mine.');
    await page.keyboard.type(' Again.');
    writeFileSync(join(library, 'welcome.txt'), 'Replaced on disk\n');
    await page.click('#save');
    await page.waitForSelector('#conflict:not([hidden])');
    await page.click('#conflict-take');
    await expect.poll(() => editorValue()).toBe('Replaced on disk\n');
    expect(await isDirty()).toBe(false);
    expect(onDisk('welcome.txt')).toBe('Replaced on disk\n');
  });

  it('guards unsaved changes when leaving a file, and keeps a draft across a reload', async () => {
    await openFile('store-list.json');
    await placeCursorAfter('"Our stores');
    await page.keyboard.type(' nearby');
    await page.click('#files button[data-file="delivery-reply-buttons.json"]');
    await page.waitForSelector('#confirm-dialog[open]');
    expect(await page.textContent('#confirm-text')).toBe('store-list.json has unsaved changes.');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#confirm-dialog:not([open])', { state: 'attached' });
    expect(await page.textContent('#file-name')).toBe('store-list.json');
    expect(await isDirty()).toBe(true);

    // A reload keeps the draft (local storage) and says so; the file on disk is untouched.
    await page.waitForTimeout(400); // the draft is written 300 ms after the last keystroke
    dialogs.length = 0;
    await ready(page, '#store-list.json');
    expect(dialogs).toEqual(['beforeunload']);
    expect(await editorValue()).toContain('"Our stores nearby"');
    expect(onDisk('store-list.json')).toContain('"Our stores"');
    expect(await isDirty()).toBe(true);
    expect(await page.textContent('#banner')).toContain('Restored your unsaved draft');
    await page.click('#banner button');
    await expect.poll(isDirty).toBe(false);
    expect(await editorValue()).toBe(onDisk('store-list.json'));
  });

  it('switches the profile by editing the file, and the preview heading follows the channel', async () => {
    await openFile('appointment-quick-replies.json');
    expect(await page.textContent('#profile-source')).toBe('Set in this file ("profile": "whatsapp").');
    await page.selectOption('#profile', 'apple-messages');
    await expect.poll(() => editorValue()).toContain('"profile": "apple-messages"');
    expect(await page.textContent('#preview-heading')).toBe('Apple Messages preview');
    await page.keyboard.press('Control+s');
    await expect.poll(isDirty).toBe(false);
    expect(JSON.parse(onDisk('appointment-quick-replies.json')).profile).toBe('apple-messages');
    // Back to the config's profile: the property goes away and the source is named.
    await page.selectOption('#profile', '');
    await expect.poll(() => editorValue()).not.toContain('"profile"');
    expect(await page.textContent('#profile-source')).toBe('Not set in this file: the whatsapp profile comes from fieldcode.config.json.');
    expect(await page.textContent('#preview-heading')).toBe('WhatsApp preview');
    await page.keyboard.press('Control+s');
    await expect.poll(isDirty).toBe(false);
    expect(JSON.parse(onDisk('appointment-quick-replies.json')).profile).toBeUndefined();
  });

  it("maps a pasted DMS log into the file's sampleData", async () => {
    await openFile('bill-reminder.json');
    await page.evaluate(() => {
      const editor = document.querySelector('fieldcode-editor') as unknown as EditorElement;
      const model = editor.monacoEditor!.getModel()!;
      const text = model.getValue();
      const start = text.indexOf('"sampleData"');
      // Drop the sample data, so the log is the only source.
      const value = JSON.parse(text) as Record<string, unknown>;
      delete value.sampleData;
      model.setValue(JSON.stringify(value, null, 2) + '\n');
      return start;
    });
    await page.click('fieldcode-sample-data >> role=tab[name="Paste DMS log / InviteToChat"]');
    await page.fill('fieldcode-sample-data textarea[part="log"]', seedLog);
    await page.click('fieldcode-sample-data button[part="map-button"]');
    await expect.poll(async () => JSON.parse(await editorValue()).sampleData?.Variables?.CustomProp_Date).toBe('March 7 / 2020');
    const data = JSON.parse(await editorValue()).sampleData;
    expect(data.Contact.FirstName).toBe('John');
    await page.keyboard.press('Control+s');
    await expect.poll(isDirty).toBe(false);
    expect(JSON.parse(onDisk('bill-reminder.json')).sampleData).toEqual(data);
  });

  it('shows a value that renders empty: in the variables table and as a missing-value diagnostic', async () => {
    await openFile('delivery-reply-buttons.json');
    await page.evaluate(() => {
      const panel = document.querySelector('fieldcode-sample-data')!;
      panel.shadowRoot!.querySelector<HTMLButtonElement>('[role="tab"]')!.click();
    });
    const textarea = page.locator('fieldcode-sample-data textarea[part="json"]');
    await textarea.fill('{ "Contact": { "FirstName": "John" } }');
    await expect.poll(async () => JSON.parse(await editorValue()).sampleData).toEqual({ Contact: { FirstName: 'John' } });
    await page.click('#tab-variables');
    await expect
      .poll(() => page.$$eval('#variables tbody tr.empty td:first-child', (cells) => cells.map((c) => c.textContent)))
      .toEqual(["<$ Interaction.AttachedData('ParcelId') $>"]);
    expect(await page.textContent('#tab-variables')).toBe('Variables (1 empty)');
    await expect.poll(() => page.textContent('#lint-status')).toMatch(/1 missing value/);
    await page.click('#tab-problems');
    expect(await page.$$eval('#problems button', (b) => b.map((x) => x.textContent))).toContainEqual(
      expect.stringMatching(/missing-value/),
    );
    await page.click('#tab-data');
    // In the bubble itself: the empty value is a highlighted chip where it would stand, and listed under the bubble.
    const inPreview = (selector: string) =>
      page.evaluate(
        (selector) =>
          [...document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll(selector)].map((e) =>
            e.textContent!.replace(/\s+/gu, ' ').trim(),
          ),
        selector,
      );
    await expect.poll(() => inPreview('.body mark.empty-value')).toEqual(["<$ Interaction.AttachedData('ParcelId') $>"]);
    expect(await inPreview('.body')).toEqual([
      "Hi John, your parcel <$ Interaction.AttachedData('ParcelId') $> arrives tomorrow. Will you be at home?",
    ]);
    expect(await inPreview('.empty-values')).toEqual([
      "1 value renders empty with this sample data: <$ Interaction.AttachedData('ParcelId') $>",
    ]);
    expect(await inPreview('.counter-unit')).toEqual(['Lengths in code points, whatsapp profile']);
    // Arabic or Hebrew text lays out right to left: message text has dir="auto".
    expect(
      await page.evaluate(() =>
        ['.body', '.footer', '.button'].map(
          (selector) => document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector(selector)?.getAttribute('dir') ?? null,
        ),
      ),
    ).toEqual(['auto', 'auto', 'auto']);
    await page.click('#save');
    await expect.poll(isDirty).toBe(false);
  });

  it('edits a list through the form view: JSON written with quotes escaped, both views in sync, saved by Save', async () => {
    await openFile('store-list.json');
    await page.click('#tab-form');
    const field = (path: unknown[]) => `#form-view [data-path='${JSON.stringify(path)}']`;
    const rowTitle = field(['structured', 'content', 0, 'rows', 0, 'title']);
    await page.waitForSelector(rowTitle);
    expect(await page.inputValue(rowTitle)).toBe('Opera');
    await page.fill(rowTitle, 'Say "hi" <$ Contact.FirstName $>');
    await expect
      .poll(async () => JSON.parse(await editorValue()).structured.content[0].rows[0].title)
      .toBe('Say "hi" <$ Contact.FirstName $>');
    expect(await editorValue()).toContain('{ "id": "paris-opera", "title": "Say \\"hi\\" <$ Contact.FirstName $>", "description"');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe(
      JSON.stringify(['structured', 'content', 0, 'rows', 0, 'title']),
    );
    // The same diagnostics as the editor: a row title over 24 characters, under its input.
    await expect
      .poll(() => page.$$eval(`${rowTitle} + .form-problems li`, (items) => items.map((i) => i.textContent)))
      .toContainEqual(expect.stringMatching(/\(list-text-length\)$/u));
    await page.fill(rowTitle, 'Opéra');
    // Editing the JSON re-draws the form.
    await page.click('#tab-json');
    await page.evaluate(() => {
      const model = (document.querySelector('fieldcode-editor') as unknown as EditorElement).monacoEditor!.getModel()!;
      model.setValue(model.getValue().replace('"Choose store"', '"Pick a store"'));
    });
    await page.click('#tab-form');
    expect(await page.inputValue(field(['structured', 'button']))).toBe('Pick a store');
    // Add a row: shaped like the last one, empty.
    await page.click('#form-view button:has-text("Add row") >> nth=1');
    await expect.poll(async () => JSON.parse(await editorValue()).structured.content[1].rows).toHaveLength(2);
    expect(JSON.parse(await editorValue()).structured.content[1].rows[1]).toEqual({ id: '', title: '', description: '' });
    await page.click('#save');
    await expect.poll(isDirty).toBe(false);
    expect(onDisk('store-list.json')).toBe(await editorValue());
    expect(JSON.parse(onDisk('store-list.json')).structured.content[0].rows[0].title).toBe('Opéra');
    await page.click('#tab-json');
  });

  it('refuses path traversal attempts', async () => {
    for (const path of [
      '/api/file?path=../secret.txt',
      '/api/file?path=%2e%2e%2fsecret.txt',
      `/api/file?path=${encodeURIComponent(join(dir, 'secret.txt'))}`,
      '/api/file?path=.%2F..%2Fsecret.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      expect({ path, status: await rawGet(path) }).toMatchObject({ path, status: expect.toSatisfy((s: number) => s >= 400 && s < 500) });
    }
    const fromPage = await page.evaluate(async () => {
      const answer = await fetch('/api/file?path=' + encodeURIComponent('../secret.txt'), {
        method: 'PUT',
        headers: { 'content-type': 'text/plain', 'if-none-match': '*' },
        body: 'x',
      });
      return answer.status;
    });
    expect(fromPage).toBe(400);
    expect(readFileSync(join(dir, 'secret.txt'), 'utf8')).toBe('secret');
    expect(readdirSync(dir).sort()).toEqual(['examples', 'secret.txt']);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations on any example (${scheme})`, async () => {
      const axeContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: scheme });
      const axePage = await newPage(axeContext);
      try {
        await ready(axePage);
        await axePage.evaluate(axeSource);
        const files = await axePage.$$eval('#files button[data-file]', (b) => b.map((x) => x.getAttribute('data-file')!));
        const found: string[] = [];
        await axePage.waitForTimeout(0);
        for (const file of files) {
          await axePage.evaluate(
            (file) =>
              (window as never as { fieldcodeStudio: { open(path: string, o: object): Promise<boolean> } }).fieldcodeStudio.open(file, {
                guard: false,
              }),
            file,
          );
          await axePage.waitForTimeout(300);
          const violations = await axePage.evaluate(async () => {
            const result = await (
              window as never as {
                axe: {
                  run(
                    context: Document,
                    options: object,
                  ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
                };
              }
            ).axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          });
          found.push(...violations.map((v) => `${file}: ${v}`));
        }
        expect(found).toEqual([]);
      } finally {
        await axeContext.close();
      }
    });
  }

  it('fits a 390 px wide screen (light and dark): screenshots in test-output/', async () => {
    mkdirSync(output, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const narrow = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      const narrowPage = await newPage(narrow);
      try {
        await ready(narrowPage, '#store-list.json');
        const overflow = await narrowPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBe(0);
        // The preview is below the editor.
        const [editorBox, previewBox] = await Promise.all([
          narrowPage.locator('fieldcode-editor').boundingBox(),
          narrowPage.locator('fieldcode-preview').boundingBox(),
        ]);
        expect(previewBox!.y).toBeGreaterThan(editorBox!.y + editorBox!.height);
        await narrowPage.screenshot({ path: join(output, `studio-390-${scheme}.png`), fullPage: true });
      } finally {
        await narrow.close();
      }
    }
    expect(consoleErrors).toEqual([]);
  });
});
