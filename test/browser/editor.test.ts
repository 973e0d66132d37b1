/**
 * The editor elements in headless Chromium, on the studio page (`fieldcode studio` over a
 * temporary copy of examples/), driven through the elements' public API (`window.fieldcodeStudio`
 * exposes the three elements). The studio's own features are tested in studio.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
// @ts-expect-error -- plain ESM helper scripts without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';
import { startStudio } from '../../packages/cli/src/studio/server.js';

const root = join(import.meta.dirname, '..', '..');

/** The Genesys DMS example (seed 000) with its PDF artifacts repaired: `<$ … $>`, `{{n}}`, arrays. */
const seedBody = {
  contentType: 'notification',
  content: [
    {
      index: 2,
      type: 'notification',
      language: 'en_US',
      id: '96729df3_ba05_1452_ebe8_cabe48762a81@appointment_new_1',
      text: 'Hello {{1}},\nYour bill of {{2}} is due on *{{3}}*.',
      parameters: [
        { name: 'Customer Name', index: '1', value: '<$ Contact.FirstName $> <$ Contact.LastName $>' },
        { name: 'Amount', index: '2', value: '<$ Contact.MyFC_BillAmount $> *' },
        { name: 'Due Date', index: '3', value: '<$ CustomProp_Date $> <$ CustomProp_Time $>' },
      ],
    },
    {
      index: 1,
      type: 'image',
      url: 'genesys://ucs/document/0009SaF2PQ3A00HY?file-name=Hulibut-png-192k.png',
      name: 'Hulibut-png-192k.png',
      mime: 'image/png',
    },
    { index: 4, type: 'quick-reply', text: 'Got It' },
    { index: 5, type: 'quick-reply', text: 'Wrong Addressee' },
    { index: 3, type: 'text', text: 'Your next bill reminder.' },
  ],
};
/** The DMS log of the seed's InviteToChat request, verbatim (the example library's copy). */
const seedLog = readFileSync(join(root, 'examples', 'data', 'seed-invite-to-chat.log'), 'utf8');

const seedData = {
  Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99' },
  Variables: { CustomProp_Date: 'March 7 / 2020', CustomProp_Time: '3:00 PM' },
};

/** The seed body with a text header of `length` characters before the body. */
function withHeader(length: number): string {
  const body = structuredClone(seedBody);
  body.content.splice(1, 1, { index: 1, type: 'text', text: 'H'.repeat(length) } as never);
  return JSON.stringify(body, null, 2);
}

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let libraryDir: string;
const consoleErrors: string[] = [];

/** Sets the editor text, sample data and format through the elements' properties. */
async function load(value: string, data: unknown = seedData, language: 'json' | 'text' = 'json'): Promise<void> {
  await page.evaluate(
    ({ value, data, language }) => {
      const { editor, preview, sampleData } = (window as never as { fieldcodeStudio: Record<string, Record<string, unknown>> })
        .fieldcodeStudio;
      editor.language = language;
      editor.value = value;
      editor.sampleData = data;
      preview.format = language;
      preview.source = value;
      preview.sampleData = data;
      sampleData.value = data;
    },
    { value, data, language },
  );
}

/** Diagnostics currently shown by the editor, as `code@line:column`. */
async function diagnosticCodes(): Promise<string[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('fieldcode-editor') as unknown as {
      diagnostics: Array<{ code: string; range: { start: { line: number; column: number } } }>;
    };
    return editor.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`);
  });
}

/** Scrolls the editor to the first diagnostic with this code (markers render only in view). */
async function revealFirstDiagnostic(code: string): Promise<void> {
  await page.evaluate((code) => {
    const element = document.querySelector('fieldcode-editor') as unknown as {
      diagnostics: Array<{ code: string; range: { start: { line: number } } }>;
      monacoEditor: { revealLineInCenter(line: number): void };
    };
    const found = element.diagnostics.find((d) => d.code === code);
    if (found) element.monacoEditor.revealLineInCenter(found.range.start.line);
  }, code);
}

async function previewText(): Promise<string> {
  return page.evaluate(() =>
    document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.chat')!.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

async function counter(key: string): Promise<{ text: string; over: boolean } | null> {
  return page.evaluate((key) => {
    const li = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector(`li[data-key="${key}"]`);
    return li ? { text: li.textContent!.trim(), over: li.classList.contains('over') } : null;
  }, key);
}

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  libraryDir = mkdtempSync(join(tmpdir(), 'fieldcode-editor-browser-'));
  cpSync(join(root, 'examples'), libraryDir, { recursive: true });
  server = await startStudio({ dir: libraryDir, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await waitForStudio(page, server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (libraryDir) rmSync(libraryDir, { recursive: true, force: true });
});

describe('editor elements on the studio page', { timeout: 60_000 }, () => {
  it('loads the examples library with no console errors', async () => {
    const listed = await page.$$eval('#files button[data-file]', (buttons) => buttons.map((b) => b.getAttribute('data-file')));
    expect(listed).toContain('bill-reminder.json');
    expect(await page.textContent('#file-name')).toBe('bill-reminder.json');
    expect(await previewText()).toContain('Hello John Smith,');
    mkdirSync(join(root, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-output', 'editor-demo.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('switches the preview of an envelope between its structured and plain-text bodies', async () => {
    const body = () => page.evaluate(() => document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.body')!.textContent);
    await page.locator('fieldcode-preview .view-toggle button', { hasText: 'Plain text' }).click();
    await expect.poll(body, { timeout: 10_000 }).toBe('Hello John Smith,Your bill of $129.99 is due on March 7 / 2020 3:00 PM.');
    expect(await counter('body')).toEqual({ text: 'text 72/4096', over: false });
    await page.locator('fieldcode-preview .view-toggle button', { hasText: 'Structured' }).click();
    await expect.poll(body, { timeout: 10_000 }).toBe('Hello John Smith,Your bill of $129.99 * is due on March 7 / 2020 3:00 PM.');
  });

  it('previews the seed example: body with data, both quick replies in index order', async () => {
    await load(JSON.stringify(seedBody, null, 2));
    await expect.poll(previewText, { timeout: 10_000 }).toContain('Hello John Smith,');
    const shadow = await page.evaluate(() => {
      const root = document.querySelector('fieldcode-preview')!.shadowRoot!;
      return {
        body: root.querySelector('.body')!.textContent,
        bold: root.querySelector('.body strong')?.textContent,
        buttons: [...root.querySelectorAll('.buttons .button')].map((b) => b.textContent!.trim()),
        media: root.querySelector('.media-name')?.textContent,
        footer: root.querySelector('.footer')?.textContent,
      };
    });
    expect(shadow).toEqual({
      body: 'Hello John Smith,Your bill of $129.99 * is due on March 7 / 2020 3:00 PM.',
      bold: 'March 7 / 2020 3:00 PM',
      buttons: ['↩ Got It', '↩ Wrong Addressee'],
      media: 'Hulibut-png-192k.png',
      footer: 'Your next bill reminder.',
    });
    expect(await counter('body')).toEqual({ text: 'body 76/1024', over: false });
  });

  it('flags a 61-character header with an error marker and a red counter, and clears both when fixed', async () => {
    await load(withHeader(61));
    await expect
      .poll(async () => (await diagnosticCodes()).filter((c) => c.startsWith('header-length@')).length, { timeout: 10_000 })
      .toBe(1);
    await revealFirstDiagnostic('header-length');
    await expect.poll(() => page.locator('fieldcode-editor .squiggly-error').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await counter('header')).toEqual({ text: 'header 61/60', over: true });

    await load(withHeader(60));
    await expect
      .poll(async () => (await diagnosticCodes()).filter((c) => c.startsWith('header-length@')).length, { timeout: 10_000 })
      .toBe(0);
    await expect.poll(() => page.locator('fieldcode-editor .squiggly-error').count(), { timeout: 10_000 }).toBe(0);
    expect(await counter('header')).toEqual({ text: 'header 60/60', over: false });
  });

  it('offers FirstName after typing <$ Contact.', async () => {
    await load('{\n  "plainText": "Hello "\n}');
    await page.evaluate(() => {
      const editor = (
        document.querySelector('fieldcode-editor') as unknown as { monacoEditor: { setPosition(p: object): void; focus(): void } }
      ).monacoEditor;
      editor.setPosition({ lineNumber: 2, column: 23 });
      editor.focus();
    });
    await page.keyboard.type('<$ Contact.', { delay: 40 });
    const labels = () => page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (rows) => rows.map((r) => r.textContent));
    await expect.poll(labels, { timeout: 20_000 }).toContain('FirstName');
    expect(await page.evaluate(() => (document.querySelector('fieldcode-editor') as unknown as { value: string }).value)).toBe(
      '{\n  "plainText": "Hello <$ Contact."\n}',
    );
    await page.keyboard.press('Escape');
  });

  it('renders an XSS payload in sample data as text and executes nothing', async () => {
    await load(JSON.stringify(seedBody, null, 2));
    const payload = '<img src=x onerror=window.__xss=1>';
    await page.evaluate(() => {
      const panel = document.querySelector('fieldcode-sample-data')!;
      (panel.shadowRoot!.querySelector('button[role="tab"]') as HTMLButtonElement).click();
    });
    const textarea = page.locator('fieldcode-sample-data textarea[part="json"]');
    await textarea.fill(JSON.stringify({ ...seedData, Contact: { ...seedData.Contact, FirstName: payload } }, null, 2));
    await expect.poll(previewText, { timeout: 10_000 }).toContain(`Hello ${payload} Smith,`);
    const result = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      images: document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll('img').length,
    }));
    expect(result).toEqual({ xss: undefined, images: 0 });
  });

  it('applies the quick fix for a non-canonical delimiter', async () => {
    const text = '{\n  "plainText": "Hello <${ Contact.FirstName }>"\n}';
    await load(text);
    await expect.poll(diagnosticCodes, { timeout: 10_000 }).toContain('non-canonical-delimiter@2:23');
    await page.evaluate(() => {
      const editor = (
        document.querySelector('fieldcode-editor') as unknown as { monacoEditor: { setPosition(p: object): void; focus(): void } }
      ).monacoEditor;
      editor.setPosition({ lineNumber: 2, column: 25 });
      editor.focus();
    });
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('fieldcode-editor') as unknown as { value: string }).value), {
        timeout: 10_000,
      })
      .toBe('{\n  "plainText": "Hello <$ Contact.FirstName $>"\n}');
    await expect.poll(diagnosticCodes, { timeout: 10_000 }).not.toContain('non-canonical-delimiter@2:23');
    expect(consoleErrors).toEqual([]);
  });
});

describe('elements', { timeout: 60_000 }, () => {
  it('tokenizes field codes and placeholders in plain text and inside JSON strings', async () => {
    // A string, so that the test runner does not rewrite the page's dynamic import.
    const tokens = (await page.evaluate(`(async () => {
      const { monaco, ensureMonacoSetup } = await import(new URL('./fieldcode-editor.js', location.href).href);
      ensureMonacoSetup();
      const show = (text, language) =>
        monaco.editor.tokenize(text, language).flatMap((line) =>
          line.map((t, i) => text.slice(t.offset, line[i + 1] ? line[i + 1].offset : text.length) + '|' + t.type));
      return {
        text: show("Hi <$ Left(Contact.FirstName, 1) + 'x' $> {{1}}", 'fieldcode'),
        json: show('{"text": "Hi <$ Contact.FirstName $> {{2}}", "n": 1}', 'json'),
      };
    })()`)) as { text: string[]; json: string[] };
    expect(tokens.text).toEqual([
      'Hi |',
      '<$|fc.delimiter',
      ' |',
      'Left|fc.function',
      '(|fc.bracket',
      'Contact|fc.object',
      '.|fc.operator',
      'FirstName|fc.property',
      ',|fc.bracket',
      ' |',
      '1|fc.number',
      ')|fc.bracket',
      ' |',
      '+|fc.operator',
      ' |',
      "'x'|fc.string",
      ' |',
      '$>|fc.delimiter',
      ' |',
      '{{1}}|fc.placeholder',
    ]);
    expect(tokens.json).toEqual([
      '{|delimiter.bracket.json',
      '"text"|string.key.json',
      ':|delimiter.json',
      ' |',
      '"Hi |string.value.json',
      '<$|fc.delimiter',
      ' |',
      'Contact|fc.object',
      '.|fc.operator',
      'FirstName|fc.property',
      ' |',
      '$>|fc.delimiter',
      ' |string.value.json',
      '{{2}}|fc.placeholder',
      '"|string.value.json',
      ',|delimiter.json',
      ' |',
      '"n"|string.key.json',
      ':|delimiter.json',
      ' |',
      '1|number.json',
      '}|delimiter.bracket.json',
    ]);
  });

  it('runs several editors independently, accepts a value before monaco is ready, and disposes on disconnect', async () => {
    const result = await page.evaluate(async () => {
      type Editor = HTMLElement & {
        value: string;
        language: string;
        diagnostics: Array<{ code: string }>;
        monacoEditor: { getModel(): { isDisposed(): boolean; getValue(): string } } | null;
      };
      const host = document.createElement('div');
      document.body.append(host);
      const make = (value: string): Editor => {
        const e = document.createElement('fieldcode-editor') as Editor;
        e.language = 'text';
        e.value = value; // before monaco exists
        e.style.height = '80px';
        host.append(e);
        return e;
      };
      const waitFor = async (check: () => boolean): Promise<boolean> => {
        for (let i = 0; i < 200; i++) {
          if (check()) return true;
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      };
      const a = make('Hi <${ Contact.FirstName }>');
      const b = make('Hello <$ Contact.FirstName $>');
      const aLinted = await waitFor(() => a.diagnostics.some((d) => d.code === 'non-canonical-delimiter'));
      const bReady = await waitFor(() => b.monacoEditor !== null);
      await new Promise((r) => setTimeout(r, 400));
      const bCodes = b.diagnostics.map((d) => d.code);
      const aModel = a.monacoEditor!.getModel();
      const aText = aModel.getValue();
      a.remove();
      const aDisposed = aModel.isDisposed() && a.monacoEditor === null;
      b.value = 'Hello <$< Contact.FirstName >>';
      const bRelinted = await waitFor(() => b.diagnostics.some((d) => d.code === 'non-canonical-delimiter'));
      host.remove();
      return { aLinted, bReady, bCodes, aText, aDisposed, bRelinted };
    });
    expect(result).toEqual({
      aLinted: true,
      bReady: true,
      bCodes: [],
      aText: 'Hi <${ Contact.FirstName }>',
      aDisposed: true,
      bRelinted: true,
    });
  });

  it('completes JSON values from the shipped schemas', async () => {
    await load('{\n  "structured": { "contentType": "", "content": [] }\n}');
    await page.evaluate(() => {
      const editor = (
        document.querySelector('fieldcode-editor') as unknown as {
          monacoEditor: { setPosition(p: object): void; focus(): void; trigger(s: string, id: string, a: object): void };
        }
      ).monacoEditor;
      editor.setPosition({ lineNumber: 2, column: 34 });
      editor.focus();
      editor.trigger('test', 'editor.action.triggerSuggest', {});
    });
    const labels = () => page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (rows) => rows.map((r) => r.textContent));
    await expect
      .poll(labels, { timeout: 20_000 })
      .toEqual(['"cta-url"', '"generic"', '"notification"', '"quick-replies"', '"reply-buttons"', '"single-selection-list"', '"text"']);
    await page.keyboard.press('Escape');
  });

  it('shows signature help with the active argument', async () => {
    await load('Hi ', seedData, 'text');
    await page.evaluate(() => {
      const editor = (
        document.querySelector('fieldcode-editor') as unknown as { monacoEditor: { setPosition(p: object): void; focus(): void } }
      ).monacoEditor;
      editor.setPosition({ lineNumber: 1, column: 4 });
      editor.focus();
    });
    await page.keyboard.type('<$ Left(Contact.FirstName, ', { delay: 30 });
    await page.waitForSelector('.parameter-hints-widget .signature', { timeout: 10_000 });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.parameter-hints-widget .signature .parameter.active')?.textContent), {
        timeout: 10_000,
      })
      .toBe('Number');
    expect(await page.textContent('.parameter-hints-widget .signature')).toContain('Left(String, Number)');
    await page.keyboard.press('Escape');
  });

  it('reads its attributes: language, profile, sample-data, data-dictionary, readonly', async () => {
    const result = await page.evaluate(async () => {
      const host = document.createElement('div');
      host.innerHTML = `<fieldcode-editor language="text" profile="whatsapp-cloud" readonly
        sample-data='{"Variables":{"Code":"A1"}}' data-dictionary='{"fields":{"Contact.Tier":{"type":"string","maxLength":8}}}'
        style="height:60px"></fieldcode-editor>`;
      document.body.append(host);
      const e = host.firstElementChild as unknown as {
        language: string;
        profile: string;
        readonly: boolean;
        sampleData: unknown;
        dataDictionary: unknown;
        monacoEditor: { getOption(id: number): unknown } | null;
      };
      for (let i = 0; i < 100 && !e.monacoEditor; i++) await new Promise((r) => setTimeout(r, 50));
      const out = {
        language: e.language,
        profile: e.profile,
        readonly: e.readonly,
        sampleData: e.sampleData,
        dataDictionary: e.dataDictionary,
        created: e.monacoEditor !== null,
      };
      host.remove();
      return out;
    });
    expect(result).toEqual({
      language: 'text',
      profile: 'whatsapp-cloud',
      readonly: true,
      sampleData: { Variables: { Code: 'A1' } },
      dataDictionary: { fields: { 'Contact.Tier': { type: 'string', maxLength: 8 } } },
      created: true,
    });
  });

  it('shows documentation and the rendered value on hover', async () => {
    await load('{\n  "plainText": "Hello <$ Contact.FirstName $>"\n}');
    await page.evaluate(() => {
      const editor = (
        document.querySelector('fieldcode-editor') as unknown as {
          monacoEditor: { setPosition(p: object): void; focus(): void; trigger(s: string, id: string, a: object): void };
        }
      ).monacoEditor;
      editor.setPosition({ lineNumber: 2, column: 36 });
      editor.focus();
      editor.trigger('test', 'editor.action.showHover', {});
    });
    await page.waitForSelector('.monaco-hover .hover-contents', { timeout: 10_000 });
    await expect.poll(() => page.textContent('.monaco-hover'), { timeout: 10_000 }).toContain('Renders to:');
    const hover = (await page.textContent('.monaco-hover'))!;
    expect(hover).toContain('Contact.FirstName');
    expect(hover).toContain('First name.');
    expect(hover).toContain('John');
    await page.keyboard.press('Escape');
  });

  it('shows positioned sample-data errors', async () => {
    const errors = () =>
      page.evaluate(() =>
        [...document.querySelector('fieldcode-sample-data')!.shadowRoot!.querySelectorAll('.errors li')].map(
          (li) => `${li.className}: ${li.textContent}`,
        ),
      );
    const json = page.locator('fieldcode-sample-data textarea[part="json"]');
    await json.fill('{"Contact": ');
    await expect
      .poll(errors, { timeout: 10_000 })
      .toEqual([
        "error: 1:13 error Expected a value but found the end of the file — the '{' at line 1 column 1 is never closed (json-syntax)",
      ]);
    await json.fill('{"Contact": {"FirstName": "Ann"}}');
    await expect.poll(errors, { timeout: 10_000 }).toEqual([]);
    expect(
      await page.evaluate(() => (document.querySelector('fieldcode-preview') as unknown as { sampleData: unknown }).sampleData),
    ).toEqual({ Contact: { FirstName: 'Ann' } });
    await page.evaluate(() =>
      document.querySelector('fieldcode-sample-data')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[role="tab"]')[1]!.click(),
    );
    await page
      .locator('fieldcode-sample-data textarea[part="log"]')
      .fill("Request [bstr] = KVList:\n  'Parameters' [lst] = KVList:\n    '_umsClientId' [str] = \"1\"");
    await page.locator('fieldcode-sample-data button[part="map-button"]').click();
    await expect.poll(errors, { timeout: 10_000 }).toEqual(['error: 2:4 error _umsBusinessId is mandatory (esp-missing-parameter)']);
    await page.evaluate(() =>
      document.querySelector('fieldcode-sample-data')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[role="tab"]')[0]!.click(),
    );
  });

  it('maps a pasted DMS log into sample data', async () => {
    await load(JSON.stringify(seedBody, null, 2), {});
    await page.evaluate(() => {
      const tabs = document.querySelector('fieldcode-sample-data')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[role="tab"]');
      tabs[1]!.click();
    });
    await page.locator('fieldcode-sample-data textarea[part="log"]').fill(seedLog);
    await page.locator('fieldcode-sample-data button[part="map-button"]').click();
    await expect
      .poll(previewText, { timeout: 10_000 })
      .toContain('Hello John Smith,Your bill of $129.99 * is due on March 7 / 2020 3:00 PM.');
    const data = await page.evaluate(() => (document.querySelector('fieldcode-sample-data') as unknown as { value: unknown }).value);
    expect(data).toMatchObject({
      Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99', MyFC_Date: 'March 5 / 2020' },
      Variables: { CustomProp_Date: 'March 7 / 2020', CustomProp_Time: '3:00 PM' },
    });
  });

  it('shows quick replies as reply buttons on WhatsApp and as chips on Apple Messages', async () => {
    const quickReplies = {
      type: 'Structured',
      contentType: 'quick-replies',
      messageType: 'text',
      text: 'Will 3:00PM tomorrow work for you?',
      content: [
        { id: 1, type: 'quick-reply', action: 'message', text: 'Sounds Good.' },
        { id: 2, type: 'quick-reply', action: 'message', text: 'No' },
      ],
    };
    await load(JSON.stringify(quickReplies, null, 2));
    const shown = () =>
      page.evaluate(() => {
        const root = document.querySelector('fieldcode-preview')!.shadowRoot!;
        return {
          buttons: [...root.querySelectorAll('.buttons .button')].map((b) => b.textContent!.trim()),
          chips: [...root.querySelectorAll('.chip')].map((c) => c.textContent),
        };
      });
    await expect.poll(shown, { timeout: 10_000 }).toEqual({ buttons: ['↩ Sounds Good.', '↩ No'], chips: [] });
    // The studio hides the preview's own switcher (its profile select edits the file instead).
    await page.evaluate(() => ((document.querySelector('fieldcode-preview') as unknown as { profile: string }).profile = 'apple-messages'));
    await expect.poll(shown, { timeout: 10_000 }).toEqual({ buttons: [], chips: ['Sounds Good.', 'No'] });
    await page.evaluate(() => ((document.querySelector('fieldcode-preview') as unknown as { profile: string }).profile = 'whatsapp'));
  });

  it('opens and closes the list sheet, and shows "See all options" after two of four buttons', async () => {
    const list = {
      contentType: 'single-selection-list',
      header: { type: 'text', text: 'Our stores' },
      text: 'Which store, <$ Contact.FirstName $>?',
      button: 'Choose store',
      content: [{ type: 'section', title: 'Paris', rows: [{ id: 'p1', title: 'Opera', description: '9:00–19:00' }] }],
    };
    await load(JSON.stringify(list, null, 2));
    const sheet = () =>
      page.evaluate(
        () =>
          document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.sheet')?.textContent?.replace(/\s+/g, ' ').trim() ??
          null,
      );
    await expect.poll(previewText, { timeout: 10_000 }).toContain('Which store, John?');
    expect(await sheet()).toBeNull();
    await page.locator('fieldcode-preview .list-button').click();
    expect(await sheet()).toBe('✕Choose store Paris OperaSeparate'.replace('Separate', '9:00–19:00'));
    await page.locator('fieldcode-preview .list-button').click();
    expect(await sheet()).toBeNull();

    const four = structuredClone(seedBody);
    four.content.push(
      { index: 6, type: 'quick-reply', text: 'Later' } as never,
      { index: 7, type: 'url-button', text: 'Pay', url: 'javascript:alert(1)' } as never,
    );
    await load(JSON.stringify(four, null, 2));
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll('.buttons .button')].map((b) =>
              b.textContent!.trim(),
            ),
          ),
        { timeout: 10_000 },
      )
      .toEqual(['↩ Got It', '↩ Wrong Addressee', '☰ See all options']);
    await page.locator('fieldcode-preview .see-all').click();
    expect(
      await page.evaluate(() =>
        [...document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll('.sheet .button')].map((b) => b.textContent!.trim()),
      ),
    ).toEqual(['↩ Got It', '↩ Wrong Addressee', '↩ Later', '↗ Pay']);
    expect(
      await page.evaluate(() => document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll('a[href^="javascript"]').length),
    ).toBe(0);
    await page.locator('fieldcode-preview .see-all').click();
    expect(await page.evaluate(() => document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.sheet'))).toBeNull();
    expect(consoleErrors).toEqual([]);
  });
});
