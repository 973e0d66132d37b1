/** The parsed view of the editor text that the studio's panels need: envelope or not, profile, sample data. */
import { isStructuredBody } from '@fieldcode/content';
import type { RenderData } from '@fieldcode/language';

/**
 * Texts from this size on (UTF-16 units) are large: the panels that re-read the whole text follow
 * once typing pauses, and the Variables table is computed only while its tab is shown.
 */
export const LARGE_TEXT = 64 * 1024;

export interface DocumentView {
  value: unknown;
  /** True for an envelope (it can hold `profile` and `sampleData`). */
  envelope: boolean;
  profile?: string;
  sampleData?: RenderData;
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
  const envelope = typeof value === 'object' && value !== null && !Array.isArray(value) && !isStructuredBody(value);
  const view: DocumentView = { value, envelope };
  if (envelope) {
    const { profile, sampleData: data } = value as { profile?: unknown; sampleData?: unknown };
    if (typeof profile === 'string') view.profile = profile;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) view.sampleData = data as RenderData;
  }
  return view;
}
