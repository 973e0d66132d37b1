import * as content from '@fieldcode/content';
import { describe, expect, it } from 'vitest';
import { compiledInline, maxInlineEntries, maxInlineKeyLength } from './inline-cache.js';
import type { LibrarySettings } from './library.js';

/** The content API with a count of compiles. */
function countingApi() {
  const counter = { compiles: 0 };
  const api = {
    compileStandardResponse: ((...args: Parameters<typeof content.compileStandardResponse>) => {
      counter.compiles++;
      return content.compileStandardResponse(...args);
    }) as typeof content.compileStandardResponse,
  };
  return { api, counter };
}

const text = (n: number) => ({ contentType: 'text', content: [{ index: 1, type: 'text', text: `Hi <$ Contact.FirstName $> ${n}` }] });
const data = { Contact: { FirstName: 'Ann' } };

describe('inline responses of render requests', () => {
  it('are compiled once per distinct JSON and configuration', () => {
    const { api, counter } = countingApi();
    const settings: LibrarySettings = { ignore: [] };
    const first = compiledInline(api, settings, text(1));
    expect(compiledInline(api, settings, text(1))).toBe(first);
    expect(first.render(data).output).toEqual({ contentType: 'text', content: [{ index: 1, type: 'text', text: 'Hi Ann 1' }] });
    compiledInline(api, settings, text(2));
    expect(counter.compiles).toBe(2);
    // A reloaded configuration (a new settings object, here with a profile) compiles again.
    const reloaded: LibrarySettings = { ignore: [], profile: 'whatsapp' };
    expect(compiledInline(api, reloaded, text(1))).not.toBe(first);
    expect(counter.compiles).toBe(3);
  });

  it('keep the most recently used ones only, and never a very long one', () => {
    const { api, counter } = countingApi();
    const settings: LibrarySettings = { ignore: [] };
    for (let n = 0; n <= maxInlineEntries; n++) compiledInline(api, settings, text(n));
    expect(counter.compiles).toBe(maxInlineEntries + 1);
    compiledInline(api, settings, text(maxInlineEntries)); // still kept
    expect(counter.compiles).toBe(maxInlineEntries + 1);
    compiledInline(api, settings, text(0)); // the oldest was dropped
    expect(counter.compiles).toBe(maxInlineEntries + 2);

    const long = { contentType: 'text', content: [{ index: 1, type: 'text', text: 'x'.repeat(maxInlineKeyLength) }] };
    compiledInline(api, settings, long);
    compiledInline(api, settings, long);
    expect(counter.compiles).toBe(maxInlineEntries + 4);
  });
});
