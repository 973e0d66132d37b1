import type { Page } from 'playwright-core';

/** Sets the studio's editor text and the preview source through the elements' properties. */
export async function loadText(page: Page, value: string): Promise<void> {
  await page.evaluate((value) => {
    const { editor, preview } = (window as never as { fieldcodeStudio: Record<string, Record<string, unknown>> }).fieldcodeStudio;
    editor.language = 'json';
    editor.value = value;
    preview.format = 'json';
    preview.sampleData = undefined;
    preview.source = value;
  }, value);
}

/** Texts of the elements matching `selector` inside the preview's shadow root. */
export function previewTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelector('fieldcode-preview')!.shadowRoot!.querySelectorAll(selector)].map((e) =>
        e.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    selector,
  );
}
