// Lint and render agree by construction: both take the parts and their limits from the compiled
// message model (packages/content/src/message). For every example and for a generated library of
// varied responses (every content type and profile, out-of-order and odd `index` values), the
// lint's length findings and the render re-check's findings on the sample data name the same parts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStandardResponse, lint, profileNames, type LintOptions } from '@fieldcode/content';
import type { Diagnostic } from '@fieldcode/language';

const LENGTH_CODES = new Set([
  'header-length',
  'body-length',
  'footer-length',
  'button-label-length',
  'list-text-length',
  'carousel-cards',
]);
/** Lint messages of length findings (carousel-cards also reports counts and shapes, which render does not re-check). */
const LENGTH_MESSAGE = /characters|code units|bytes/;

const key = (d: Diagnostic): string => `${d.code} ${d.path ?? ''}`;

function findings(
  text: string,
  options: LintOptions,
  profile: string | undefined,
): { lintErrors: string[]; lintAll: string[]; render: string[] } {
  const linted = lint(text, options).diagnostics.filter(
    (d) =>
      LENGTH_CODES.has(d.code) &&
      LENGTH_MESSAGE.test(d.message) &&
      !d.message.startsWith('With the sample data') &&
      !d.message.includes('still cap'),
  );
  const { response } = compileStandardResponse(text, options.filePath ? { filePath: options.filePath } : {});
  // The structured body goes to structured channels, the plain text to the text channel: the lint checks both.
  const rendered = (['genesys', 'text'] as const).flatMap((channel) =>
    response!
      .render(null, { profile: profile ?? response!.profile ?? 'whatsapp', channel })
      .diagnostics.filter((d) => LENGTH_CODES.has(d.code)),
  );
  const sorted = (list: Diagnostic[]) => [...new Set(list.map(key))].sort();
  return { lintErrors: sorted(linted.filter((d) => d.severity === 'error')), lintAll: sorted(linted), render: sorted(rendered) };
}

describe('lint and render name the same parts — examples', () => {
  const dir = join(import.meta.dirname, '../../examples');
  const files = readdirSync(dir).filter((f) => /\.(json|txt)$/.test(f) && f !== 'fieldcode.config.json');
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const profile of profileNames) {
      const { lintErrors, lintAll, render } = findings(text, { filePath: file, profile }, profile);
      // Every certain lint finding is found after rendering, and every render finding was foreseen by the lint.
      expect(render.filter((k) => !lintAll.includes(k))).toEqual([]);
      expect(lintErrors.filter((k) => !render.includes(k))).toEqual([]);
    }
  });
});

/** A small fixed-seed generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function library(seed: number, count: number): Array<{ name: string; value: unknown; profile: string }> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // Lengths around every limit of the shipped profiles (static texts: the lint knows their exact length).
  const text = (): string => 'x'.repeat(pick([1, 19, 20, 21, 24, 25, 26, 59, 60, 61, 72, 73, 160, 161, 200, 201, 1024, 1025, 4096, 4097]));
  const odd = (): unknown => pick([1, 2, 3, '1', '2', '10', '-1', '1.5', ' 2 ', '07', -1, 1.5, undefined]);
  const withIndex = (item: Record<string, unknown>): Record<string, unknown> => {
    const index = odd();
    return index === undefined ? item : { index, ...item };
  };
  const responses: Array<{ name: string; value: unknown; profile: string }> = [];
  for (let i = 0; i < count; i++) {
    const profile = pick(profileNames);
    const contentType = pick(['notification', 'quick-replies', 'reply-buttons', 'single-selection-list', 'generic', 'text', 'plain']);
    let value: unknown;
    switch (contentType) {
      case 'notification': {
        const items = [
          withIndex({
            type: 'notification',
            language: 'en_US',
            id: 'a@b',
            text: `${text()} {{1}}`,
            parameters: [{ index: 1, name: 'p', value: text() }],
          }),
          withIndex({ type: pick(['text', 'image', 'audio']), text: text(), url: 'https://example.com/a.png' }),
          withIndex({ type: 'text', text: text() }),
          withIndex({
            type: pick(['quick-reply', 'url-button', 'phone-button']),
            text: text(),
            url: `https://example.com/${text()}`,
            phone: '+1 631 555 1002',
          }),
        ];
        value = { contentType, content: items.sort(() => next() - 0.5) };
        break;
      }
      case 'quick-replies':
      case 'reply-buttons':
        value = {
          contentType,
          header: { type: 'text', text: text() },
          text: text(),
          footer: text(),
          content: [
            withIndex({ type: contentType === 'reply-buttons' ? 'reply-button' : 'quick-reply', id: text(), text: text() }),
            withIndex({ type: 'quick-reply', text: text() }),
          ],
        };
        break;
      case 'single-selection-list':
        value = {
          contentType,
          header: { type: 'text', text: text() },
          text: text(),
          footer: text(),
          button: text(),
          content: [withIndex({ title: text(), rows: [{ id: text(), title: text(), description: text() }] })],
        };
        break;
      case 'generic':
        value = {
          contentType,
          text: text(),
          content: [
            withIndex({
              title: text(),
              subtitle: pick(['', text()]),
              image: { url: 'https://example.com/a.png' },
              buttons: [{ type: 'url-button', text: text(), url: 'https://example.com' }],
            }),
            withIndex({ title: text() }),
          ],
        };
        break;
      case 'text':
        value = { contentType, text: text(), content: [withIndex({ type: 'image', url: 'https://example.com/a.png' })] };
        break;
      default:
        value = {
          name: 'plain',
          plainText: text(),
          structured: { contentType: 'quick-replies', text: text(), content: [{ type: 'quick-reply', text: text() }] },
        };
    }
    responses.push({ name: `${i} ${contentType} ${profile}`, value, profile });
  }
  return responses;
}

describe('lint and render name the same parts — a generated library (seed 9)', () => {
  it.each(library(9, 300).map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const text = JSON.stringify(entry.value, null, 2);
    const { lintErrors, lintAll, render } = findings(text, { profile: entry.profile }, entry.profile);
    // Static texts: the lint knows every rendered length, so it reports exactly what the render re-check finds.
    expect(render).toEqual(lintErrors);
    expect(lintAll).toEqual(lintErrors);
  });
});
