/**
 * Template variables as Meta writes them: positional `{{1}}` or named `{{first_name}}`
 * (Meta: message templates overview, "parameter formats"). The lint's `placeholders()` reads the
 * positional ones (and their malformed spellings); this reads both kinds, strictly.
 */

/** A variable in a template text (offsets in the decoded text). */
export interface TemplateVariable {
  /** `"1"` for `{{1}}`, `"first_name"` for `{{first_name}}`. */
  key: string;
  /** True for a positional (numeric) variable. */
  positional: boolean;
  start: number;
  end: number;
}

/** `{{n}}` or `{{name}}`, optionally with spaces inside the braces (normalized away). */
const VARIABLE = /\{\{[ \t]*([0-9]+|[a-z_][a-z0-9_]*)[ \t]*\}\}/g;

/** Every variable of `text`, in order of appearance. */
export function templateVariables(text: string): TemplateVariable[] {
  const out: TemplateVariable[] = [];
  const re = new RegExp(VARIABLE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = m[1]!;
    out.push({
      key: /^[0-9]/.test(key) ? String(Number(key)) : key,
      positional: /^[0-9]/.test(key),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** A text with its variables written `{{key}}` and line ends as `\n`, with a map back to the original offsets. */
export interface NormalizedText {
  text: string;
  /** `source[i]` = offset in the original text of normalized offset i (length text.length + 1). */
  source: number[];
}

/**
 * Normalizes a template text for comparison with Meta's copy: `{{ 1 }}` → `{{1}}`, CRLF → LF.
 * Anything else (spaces, formatting characters, emoji) is part of the approved text and compared as is.
 */
export function normalizeTemplateText(text: string): NormalizedText {
  const out: string[] = [];
  const source: number[] = [];
  const variables = templateVariables(text);
  let v = 0;
  for (let i = 0; i < text.length;) {
    const variable = variables[v];
    if (variable && variable.start === i) {
      const written = `{{${variable.key}}}`;
      for (let k = 0; k < written.length; k++) {
        out.push(written[k]!);
        source.push(i + Math.min(k, variable.end - variable.start - 1));
      }
      i = variable.end;
      v++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    out.push(text[i]!);
    source.push(i);
    i++;
  }
  source.push(text.length);
  return { text: out.join(''), source };
}
