/** The parsed view of the editor text that the studio's panels need: envelope or not, profile, sample data. */
import { documentFactsOf, type DocumentFacts } from '../preview/preview-data.js';

/**
 * Texts from this size on (UTF-16 units) are large: the panels that re-read the whole text follow
 * once typing pauses, and the Variables table is computed only while its tab is shown.
 */
export const LARGE_TEXT = 64 * 1024;

/** The facts of the document (see documentFactsOf) and its parsed value. */
export interface DocumentView extends DocumentFacts {
  value: unknown;
}

/** The view of `text`; undefined while the JSON does not parse. */
export function viewOf(text: string, kind: 'json' | 'text'): DocumentView | undefined {
  if (kind === 'text') return { value: text, envelope: false };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return { value, ...documentFactsOf(value) };
}
