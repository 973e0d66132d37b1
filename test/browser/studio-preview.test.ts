/**
 * The studio's preview in headless Chromium, on `fieldcode studio` over a temporary copy of
 * examples/: a long body text drawn whole by virtual scrolling (formatting, `dir="auto"`, missing
 * values, copying in order), list rows of measured heights (scrolled height and keyboard), copy-code
 * and cta-url buttons, media links, and the "New" templates the schemas' content types call for.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
import { loadText, previewTexts } from './studio-page.fixture.js';
import { lint } from '@fieldcode/content';
// @ts-expect-error -- plain ESM helper scripts without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';
import { startStudio } from '../../packages/cli/src/studio/server.js';

const root = join(import.meta.dirname, '..', '..');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's violations of the whole page (any impact), as `rule: targets`. */
async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as never as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let libraryDir: string;

/** Scrolls a scroll container of the preview to `offset` and waits two frames for the window to follow. */
async function scrollTo(selector: string, offset: number): Promise<void> {
  await page.evaluate(
    async ({ selector, offset }) => {
      const box = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>(selector)!;
      box.scrollTop = offset;
      box.dispatchEvent(new Event('scroll'));
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    { selector, offset },
  );
}

/** The drawn entries of a virtual viewport: index, text, height, and top within the scrolled content. */
function drawn(selector: string): Promise<Array<{ index: number; text: string; height: number; top: number }>> {
  return page.evaluate((selector) => {
    const box = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>(selector)!;
    const origin = box.getBoundingClientRect().top - box.scrollTop;
    return [...box.querySelectorAll<HTMLElement>(':scope > [data-vi]')].map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        index: Number(element.dataset['vi']),
        text: element.textContent!.replace(/\s+/g, ' ').trim(),
        height: rect.height,
        top: rect.top - origin,
      };
    });
  }, selector);
}

const scrollHeight = (selector: string) =>
  page.evaluate(
    (selector) => document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>(selector)!.scrollHeight,
    selector,
  );

const LINES = 1200;

/** Line `i` of the long body as written: WhatsApp formatting, a field code, Hebrew every 10th line, two missing values. */
function writtenLine(i: number): string {
  if (i === 3) return `Line 3: *dear <$ Contact.Nickname $>*, thank you.`;
  if (i === LINES - 2) return `Line ${i}: regards, <$ Contact.Title $> team.`;
  if (i % 10 === 5) return `שורה ${i}: _שלום_ <$ Contact.FirstName $>`;
  return `Line ${i}: *bold ${i}* and ~old~ text for <$ Contact.FirstName $>.`;
}

/** The same line as the preview draws it (markers gone, values filled, missing values by their field code). */
function drawnLine(i: number): string {
  if (i === 3) return `Line 3: dear <$ Contact.Nickname $>, thank you.`;
  if (i === LINES - 2) return `Line ${i}: regards, <$ Contact.Title $> team.`;
  if (i % 10 === 5) return `שורה ${i}: שלום Ann`;
  return `Line ${i}: bold ${i} and old text for Ann.`;
}

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  libraryDir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-preview-'));
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

describe('studio preview', { timeout: 120_000 }, () => {
  it('draws a long body text whole by virtual scrolling: formatting, dir="auto", missing values, copied in order', async () => {
    const text = Array.from({ length: LINES }, (_, i) => writtenLine(i)).join('\n');
    expect(text.length).toBeGreaterThan(50_000);
    await loadText(page, JSON.stringify({ name: 'Long', plainText: text, sampleData: { Contact: { FirstName: 'Ann' } } }, null, 2));
    await page.waitForFunction(
      () =>
        document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.body.virtual')?.getAttribute('data-measured') === 'true',
      undefined,
      { timeout: 60_000 },
    );
    expect(await previewTexts(page, '.cut')).toEqual([]);
    const first = await drawn('.body.virtual');
    // 480 px of viewport: about 25 lines in view and 6 after them; never the whole text.
    expect(first.length).toBeLessThan(45);
    expect(first.map((entry) => entry.index)).toEqual(first.map((_, i) => i));
    expect(first.map((entry) => entry.text)).toEqual(first.map((_, i) => drawnLine(i)));
    expect(await previewTexts(page, '.body.virtual [data-vi="0"] strong')).toEqual(['bold 0']);
    expect(await previewTexts(page, '.body.virtual [data-vi="0"] s')).toEqual(['old']);
    expect(await previewTexts(page, '.body.virtual [data-vi="5"] em')).toEqual(['שלום']);
    expect(await previewTexts(page, '.body.virtual mark.empty-value')).toEqual(['<$ Contact.Nickname $>']);
    const dirs = await page.evaluate(() =>
      [...document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll('.body.virtual .line')].map((l) =>
        l.getAttribute('dir'),
      ),
    );
    expect(new Set(dirs)).toEqual(new Set(['auto']));
    expect(await axeViolations()).toEqual([]);

    // Every line measured: the scrolled height is the sum of the lines' heights, and the last line ends it.
    const height = await scrollHeight('.body.virtual');
    await scrollTo('.body.virtual', height);
    const last = await drawn('.body.virtual');
    expect(last.at(-1)!.index).toBe(LINES - 1);
    expect(last.at(-1)!.text).toBe(drawnLine(LINES - 1));
    expect(Math.abs(last.at(-1)!.top + last.at(-1)!.height - (await scrollHeight('.body.virtual')))).toBeLessThanOrEqual(1);
    expect(last.length).toBeLessThan(45);
    expect(await previewTexts(page, '.body.virtual mark.empty-value')).toEqual(['<$ Contact.Title $>']);
    // Lines follow each other without gaps or overlaps.
    for (let i = 1; i < last.length; i++)
      expect(Math.abs(last[i]!.top - (last[i - 1]!.top + last[i - 1]!.height))).toBeLessThanOrEqual(0.5);

    // In the middle: the lines in view, in order.
    await scrollTo('.body.virtual', Math.round(height / 2));
    const middle = await drawn('.body.virtual');
    expect(middle.map((entry) => entry.text)).toEqual(middle.map((entry) => drawnLine(entry.index)));
    expect(middle[0]!.index).toBeGreaterThan(500);
    expect(middle.at(-1)!.index).toBeLessThan(700);

    // Ctrl+A in the body, then copy: every line, drawn or not, in order.
    await page.locator('fieldcode-preview .body.virtual').focus();
    await page.keyboard.press('Control+a');
    const copied = await page.evaluate(() => {
      const box = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>('.body.virtual')!;
      const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true, composed: true });
      box.dispatchEvent(event);
      return { text: event.clipboardData!.getData('text/plain'), handled: event.defaultPrevented };
    });
    expect(copied.handled).toBe(true);
    expect(copied.text).toBe(Array.from({ length: LINES }, (_, i) => drawnLine(i)).join('\n'));
    // A selection over the drawn lines reads in order too.
    const selected = await page.evaluate(() => {
      const box = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLElement>('.body.virtual')!;
      const blocks = box.querySelectorAll(':scope > [data-vi]');
      const range = document.createRange();
      range.setStartBefore(blocks[2]!);
      range.setEndAfter(blocks[4]!);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const text = selection.toString().replace(/\n+/g, '|');
      selection.removeAllRanges();
      return text;
    });
    expect(selected.split('|').filter(Boolean)).toEqual([2, 3, 4].map((k) => drawnLine(middle[0]!.index + k)));
  });

  it('gives list rows their measured heights: long descriptions not cut, exact scrolled height, keyboard navigation', async () => {
    const long = 'Open every day from eight in the morning to ten at night, with parking, a pharmacy and a post office counter inside.';
    const rows = Array.from({ length: 60 }, (_, i) => ({
      id: `s${i}`,
      title: `Store ${i}`,
      description: i % 7 === 3 ? long : `Open until ${(i % 12) + 1} pm`,
    }));
    const body = {
      contentType: 'single-selection-list',
      text: 'Which store?',
      button: 'Choose',
      content: [
        { type: 'section', title: 'North', rows: rows.slice(0, 30) },
        { type: 'section', title: 'South', rows: rows.slice(30) },
      ],
    };
    await loadText(page, JSON.stringify(body, null, 2));
    await expect.poll(() => previewTexts(page, '.list-button'), { timeout: 30_000 }).toEqual(['☰ Choose']);
    await page.locator('fieldcode-preview .list-button').click();
    await page.waitForFunction(
      () =>
        document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.rows-viewport.virtual')?.getAttribute('data-measured') ===
        'true',
      undefined,
      { timeout: 30_000 },
    );
    const first = await drawn('.rows-viewport');
    expect(first.length).toBeLessThan(25);
    expect(first[0]!.text).toBe('North');
    // Row 3's long description is drawn whole: several lines, nothing cut.
    const description = await page.evaluate(() => {
      const element = document
        .querySelector('fieldcode-preview')!
        .shadowRoot!.querySelector<HTMLElement>('.rows-viewport [data-vi="4"] .row-description')!;
      return {
        text: element.textContent,
        height: element.getBoundingClientRect().height,
        clipped: element.scrollHeight > element.clientHeight,
      };
    });
    expect(description).toEqual({ text: long, height: description.height, clipped: false });
    expect(description.height).toBeGreaterThanOrEqual(3 * 16);
    expect(await axeViolations()).toEqual([]);
    const heights = new Map(first.map((entry) => [entry.index, entry.height]));
    expect(heights.get(4)!).toBeGreaterThan(heights.get(2)! + 30);

    // Scrolled through: the scrolled height is the sum of every entry's drawn height (62 entries).
    const total = await scrollHeight('.rows-viewport');
    for (let offset = 0; offset < total; offset += 300) {
      await scrollTo('.rows-viewport', offset);
      for (const entry of await drawn('.rows-viewport')) heights.set(entry.index, entry.height);
    }
    expect(heights.size).toBe(62);
    const sum = [...heights.values()].reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - (await scrollHeight('.rows-viewport')))).toBeLessThanOrEqual(1);
    const end = await drawn('.rows-viewport');
    expect(end.at(-1)!.text).toBe(`Store 59${long}`);
    expect(Math.abs(end.at(-1)!.top + end.at(-1)!.height - total)).toBeLessThanOrEqual(1);

    // Keyboard: the arrow keys, End and Home choose rows and scroll them into view.
    await scrollTo('.rows-viewport', 0);
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('fieldcode-preview')!.shadowRoot!.activeElement;
        return active ? `${active.tagName.toLowerCase()}.${[...active.classList].join('.')}` : null;
      });
    await page.locator('fieldcode-preview .rows-viewport').focus();
    const chosen = () =>
      page.evaluate(() => {
        const root = document.querySelector('fieldcode-preview')!.shadowRoot!;
        const box = root.querySelector<HTMLElement>('.rows-viewport')!;
        const checked = [...root.querySelectorAll<HTMLInputElement>('.rows-viewport input')].filter((input) => input.checked);
        const row = checked[0]?.closest('.row');
        const rect = row?.getBoundingClientRect();
        const view = box.getBoundingClientRect();
        return {
          checked: checked.map((input) => input.value),
          focused: (root.activeElement as HTMLInputElement | null)?.value ?? null,
          inView: rect !== undefined && rect.top >= view.top - 0.5 && rect.bottom <= view.bottom + 0.5,
        };
      });
    await page.keyboard.press('ArrowDown');
    await expect.poll(chosen).toEqual({ checked: ['s0'], focused: 's0', inView: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(chosen).toEqual({ checked: ['s2'], focused: 's2', inView: true });
    await page.keyboard.press('End');
    await expect.poll(chosen).toEqual({ checked: ['s59'], focused: 's59', inView: true });
    await page.keyboard.press('ArrowUp');
    await expect.poll(chosen).toEqual({ checked: ['s58'], focused: 's58', inView: true });
    await page.keyboard.press('PageUp');
    const paged = await chosen();
    expect(paged.inView).toBe(true);
    expect(Number(paged.checked[0]!.slice(1))).toBeLessThan(58);
    await page.keyboard.press('Home');
    await expect.poll(chosen).toEqual({ checked: ['s0'], focused: 's0', inView: true });
    expect((await drawn('.rows-viewport')).length).toBeLessThan(25);

    // The sheet is a dialog: Escape closes it and gives the focus back to the list button, which
    // opens it again with the focus on its close button.
    await page.keyboard.press('Escape');
    await expect.poll(() => previewTexts(page, '.rows-viewport')).toEqual([]);
    await expect.poll(focused).toBe('button.button.list-button');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('button.sheet-close');
    expect(
      await page.evaluate(() =>
        document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('[part~="list-sheet"]')!.getAttribute('role'),
      ),
    ).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('button.button.list-button');
  });

  it('draws copy-code buttons with their label (pressing one copies the code), cta-url buttons and media links', async () => {
    const coupon = {
      name: 'Coupon',
      profile: 'whatsapp-cloud',
      structured: {
        contentType: 'notification',
        content: [
          { index: 1, type: 'image', url: 'genesys://ucs/document/0009SaF2?file-name=spring-sale.png', mime: 'image/png' },
          { index: 2, type: 'notification', language: 'en_US', id: 'ns@spring', text: 'Spring sale: 10% off.' },
          { index: 3, type: 'url-button', text: 'Shop now', url: 'https://shop.example.com/spring' },
          { index: 4, type: 'copy-code-button', code: 'SPRING10' },
        ],
      },
    };
    await loadText(page, JSON.stringify(coupon, null, 2));
    await expect.poll(() => previewTexts(page, '.bubble .button'), { timeout: 30_000 }).toEqual(['↗ Shop now', 'Copy offer code']);
    const copy = await page.evaluate(() => {
      const button = document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector<HTMLButtonElement>('.button.copy-code')!;
      return { tag: button.tagName, title: button.title, icon: button.querySelector('svg') !== null };
    });
    expect(copy).toEqual({ tag: 'BUTTON', title: 'Copies SPRING10', icon: true });
    expect(await previewTexts(page, '.copied')).toEqual(['']);
    await page.locator('fieldcode-preview .button.copy-code').click();
    expect(await previewTexts(page, '.copied')).toEqual(['Code copied: SPRING10']);
    expect(await axeViolations()).toEqual([]);
    // The genesys:// media link shows the file it names.
    expect(await previewTexts(page, '.media-name')).toEqual(['spring-sale.png']);
    expect(await previewTexts(page, '.counter')).toContain('button 2 code 8/15');

    // An authentication template: "Copy code".
    const otp = {
      ...coupon,
      category: 'AUTHENTICATION',
      structured: { ...coupon.structured, content: [coupon.structured.content[1], coupon.structured.content[3]] },
    };
    await loadText(page, JSON.stringify(otp, null, 2));
    await expect.poll(() => previewTexts(page, '.bubble .button'), { timeout: 30_000 }).toEqual(['Copy code']);

    const cta = {
      name: 'Track',
      structured: {
        contentType: 'cta-url',
        header: { type: 'document', url: 'https://media.example.com/files/receipt.pdf', mime: 'application/pdf' },
        text: 'Your order ships today, <$ Contact.FirstName $>.',
        footer: 'Customer care',
        content: [{ type: 'url-button', text: 'Track order', url: "https://shop.example.com/o/<$ Interaction.AttachedData('OrderId') $>" }],
      },
      sampleData: { Contact: { FirstName: 'Ann' }, Interaction: { AttachedData: { OrderId: 'A17' } } },
    };
    await loadText(page, JSON.stringify(cta, null, 2));
    await expect.poll(() => previewTexts(page, '.body'), { timeout: 30_000 }).toEqual(['Your order ships today, Ann.']);
    const link = await page.evaluate(() =>
      [...document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.bubble a.button')].map((a) => ({
        text: a.textContent!.trim(),
        href: a.href,
        rel: a.rel,
      })),
    );
    expect(link).toEqual([{ text: '↗ Track order', href: 'https://shop.example.com/o/A17', rel: 'noopener noreferrer nofollow' }]);
    expect(await previewTexts(page, '.media-name')).toEqual(['receipt.pdf']);
    expect(await previewTexts(page, '.footer')).toEqual(['Customer care']);

    // A location header: the pin, the place's name and address, its coordinates as the title.
    const pickup = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'templates', 'pickup-ready.json'), 'utf8')) as object;
    await loadText(page, JSON.stringify(pickup, null, 2));
    await expect
      .poll(() => previewTexts(page, '.media-location'), { timeout: 30_000 })
      .toEqual(['Damrak store Damrak 1, 1012 LG Amsterdam']);
    expect(
      await page.evaluate(() =>
        document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.media-location')!.getAttribute('title'),
      ),
    ).toBe('52.370216, 4.895168');
    expect(await previewTexts(page, '.header-text')).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('offers a New template for every content type; each new file lints clean in the page and with the CLI core', async () => {
    await page.click('#new-file');
    // The texts the tests above loaded are unsaved edits of the open file: discard them.
    await page.waitForSelector('#name-dialog[open], #confirm-dialog[open]');
    if (await page.isVisible('#confirm-dialog[open]')) await page.click('#confirm-dialog button:has-text("Discard changes")');
    await page.waitForSelector('#name-dialog[open]');
    const options = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLOptionElement>('#template-select option')].map((o) => o.value),
    );
    expect(options).toEqual([
      'notification',
      'rich-media',
      'quick-replies',
      'reply-buttons',
      'list',
      'carousel',
      'cta-url',
      'copy-code',
      'authentication',
      'text-attachment',
      'plain-text',
    ]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#name-dialog:not([open])', { state: 'attached' });
    // The library filters by every content type, cta-url included.
    expect(await page.$$eval('#filter-type option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual([
      '',
      'notification',
      'quick-replies',
      'reply-buttons',
      'single-selection-list',
      'generic',
      'cta-url',
      'text',
    ]);
    for (const template of ['cta-url', 'copy-code', 'authentication', 'text-attachment']) {
      const name = `new-${template}.json`;
      await page.click('#new-file');
      await page.waitForSelector('#name-dialog[open]');
      await page.selectOption('#template-select', template);
      await page.fill('#name-input', name);
      await page.click('#name-ok');
      await expect.poll(() => page.textContent('#file-name'), { timeout: 30_000 }).toBe(name);
      await page.waitForSelector('#lint-status[data-state="done"]', { timeout: 60_000 });
      const onDisk = readFileSync(join(libraryDir, name), 'utf8');
      // With the shipped rules and the default profile: no error, no warning.
      expect(lint(onDisk, { filePath: name }).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      // In this library, the config's data dictionary (Acme's) gives OTP no maxLength: the lengths
      // that hold it may be exceeded, in the page exactly as `fieldcode lint` (the server's lint of the file) says.
      const server = await page.evaluate(async (path) => {
        const text = await (await fetch(`/api/file?path=${encodeURIComponent(path)}`)).text();
        const response = await fetch('/api/lint', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ path, text }),
        });
        return ((await response.json()) as { diagnostics: Array<{ code: string; severity: string; message: string }> }).diagnostics;
      }, name);
      const count = (severity: string) => server.filter((d) => d.severity === severity).length;
      expect(count('error')).toBe(0);
      expect(server.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(
        template === 'authentication' ? ['body-length', 'button-label-length'] : [],
      );
      await expect
        .poll(() => page.textContent('#lint-status'), { timeout: 30_000 })
        .toBe(
          `0 errors, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info${count('info') === 1 ? '' : 's'}`,
        );
      expect(await previewTexts(page, '.bubble .button')).toEqual(
        { 'cta-url': ['↗ Track my order'], 'copy-code': ['Copy offer code'], authentication: ['Copy code'], 'text-attachment': [] }[
          template
        ],
      );
    }
  });
});
