/**
 * `{{n}}` placeholders of WhatsApp template texts, found once by the compiler in the literal text
 * of a template (never inside a field code, never in data), and kept as structured parts of the
 * compiled text: the renderer fills them from the rendered parameter values and nothing else.
 */

/** A placeholder in a template source: `{{n}}` (spaces inside the braces tolerated). */
export interface Placeholder {
  /** The parameter number n. */
  n: number;
  /** Source offsets (UTF-16, half-open) of the whole `{{ n }}`. */
  start: number;
  end: number;
  /** True for the canonical spelling `{{n}}` (`placeholder-syntax` fixes the others). */
  canonical: boolean;
}

/** Placeholders accepted by the renderer: digits between double braces, spaces around them tolerated. */
const PLACEHOLDER = /\{\{[ \t]*([0-9]{1,6})[ \t]*\}\}/g;

/** The placeholders of `text` between offsets `from` and `to` (default: all of it), in order. */
export function findPlaceholders(text: string, from = 0, to = text.length): Placeholder[] {
  const found: Placeholder[] = [];
  if (!text.includes('{{')) return found;
  const re = new RegExp(PLACEHOLDER.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index + m[0].length <= to; m = re.exec(text)) {
    found.push({ n: Number(m[1]), start: m.index, end: m.index + m[0].length, canonical: m[0] === `{{${m[1]}}}` });
  }
  return found;
}
