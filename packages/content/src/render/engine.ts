/**
 * `renderStandardResponse`: one standard response + render data → one channel payload
 * (SPEC §4.5). A thin wrapper: it compiles the response (message/compile.ts) and renders it once.
 * A server rendering the same response for many contacts compiles it once with
 * `compileStandardResponse` and calls `response.render` per contact.
 */
import { ownOptions, type RenderData } from '@fieldcode/language';
import type { RenderStandardResponseOptions, RenderStandardResponseResult } from '../types.js';
import { compileStandardResponse } from '../message/compile.js';

/**
 * Renders a standard response for one customer and converts it to a channel payload.
 *
 * - `sr`: field-code text, a bare structured body, or an envelope (its `structured` body; its
 *   `plainText` + `attachments` when there is no structured body or for the `text` channel;
 *   its `sampleData` when `data` is null/undefined; its `profile` unless `options.profile` is set).
 * - Items are sorted by `index`, every template string (message/template-keys.ts) is rendered,
 *   `{{n}}` placeholders are filled from the rendered parameters, and lengths are re-checked
 *   against the profile's limit table (message/limits.ts).
 * - Diagnostics carry `path`, the JSON pointer of the source string in `sr`, and ranges relative
 *   to that string's template text (offset 0 = its first character).
 *
 * Never throws: unusable input gives `output: null` and an error diagnostic.
 */
export function renderStandardResponse(
  sr: unknown,
  data: RenderData,
  given: RenderStandardResponseOptions = {},
): RenderStandardResponseResult {
  try {
    const options = ownOptions(given);
    const compiled = compileStandardResponse(
      sr,
      options.dataDictionary !== undefined ? { kind: 'text', dataDictionary: options.dataDictionary } : { kind: 'text' },
    );
    if (compiled.response === null) return { output: null, diagnostics: compiled.diagnostics, ok: false };
    return compiled.response.render(data, options);
  } catch (error) {
    const start = { offset: 0, line: 1, column: 1 };
    return {
      output: null,
      ok: false,
      diagnostics: [
        {
          code: 'render-internal',
          severity: 'error',
          message: `Rendering failed: ${String(error)}`,
          range: { start, end: { ...start } },
          path: '',
        },
      ],
    };
  }
}
