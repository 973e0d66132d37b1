/**
 * The one place where the CLI's bulk renderer and the render service turn a standard response into
 * something that renders per contact: the content package's compiled message model
 * (`compileStandardResponse`), compiled once, `render(data, options)` per contact.
 */
import type { DataDictionary, RenderData } from '@fieldcode/language';
import type { RenderStandardResponseOptions, RenderStandardResponseResult } from '@fieldcode/content';
import type { ContentApi } from './content.js';

/** A standard response prepared once and rendered for many contacts. */
export interface CompiledResponse {
  /** Renders for one contact; `options` are merged over the options given at compile time. Never throws. */
  render(data: RenderData | undefined, options?: RenderStandardResponseOptions): RenderStandardResponseResult;
}

/**
 * Prepares `response` (parsed JSON envelope/body, or field-code text) for repeated rendering. A
 * value that is no standard response at all still gives a `CompiledResponse`, whose every render
 * answers the compile diagnostics.
 */
export function compileResponse(
  api: Pick<ContentApi, 'compileStandardResponse'>,
  response: unknown,
  base: RenderStandardResponseOptions = {},
): CompiledResponse {
  const dataDictionary: DataDictionary | undefined = base.dataDictionary;
  const compiled = api.compileStandardResponse(
    response,
    dataDictionary === undefined ? { kind: 'text' } : { kind: 'text', dataDictionary },
  );
  const model = compiled.response;
  if (model === null) {
    const failure = compiled.diagnostics;
    return { render: () => ({ output: null, diagnostics: failure.map((d) => ({ ...d })), ok: false }) };
  }
  return {
    render(data, options) {
      return model.render(data, options === undefined ? base : { ...base, ...options });
    },
  };
}
