/**
 * The one place where the CLI's bulk renderer and the render service turn a standard response into
 * something that renders per contact. Today it wraps `renderStandardResponse` (the response is
 * re-read on every call); when the content package offers a compiled message model, only this
 * module changes.
 */
import type { RenderData } from '@fieldcode/language';
import type { RenderStandardResponseOptions, RenderStandardResponseResult } from '@fieldcode/content';
import type { ContentApi } from './content.js';

/** A standard response prepared once and rendered for many contacts. */
export interface CompiledResponse {
  /** Renders for one contact; `options` are merged over the options given at compile time. Never throws. */
  render(data: RenderData, options?: RenderStandardResponseOptions): RenderStandardResponseResult;
}

/** Prepares `response` (parsed JSON envelope/body, or field-code text) for repeated rendering. */
export function compileResponse(
  api: Pick<ContentApi, 'renderStandardResponse'>,
  response: unknown,
  base: RenderStandardResponseOptions = {},
): CompiledResponse {
  return {
    render(data, options) {
      return api.renderStandardResponse(response, data, options === undefined ? base : { ...base, ...options });
    },
  };
}
