/** The "Renders to" part of a field-code hover, shared by the editor and the language server. */
import { render } from '../api.js';

/** Shows a value in a fenced block that the value cannot close. */
function fenced(value: string): string {
  let longest = 2;
  let run = 0;
  for (const ch of value) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${value}\n${fence}`;
}

/**
 * Markdown for what a field code (`<$ … $>`, delimiters included) renders to with the given data:
 * the output in a fenced block, then the render's warnings and errors as a list.
 */
export function renderedValueMarkdown(fieldCode: string, data: unknown): string {
  const rendered = render(fieldCode, data);
  const problems = rendered.diagnostics.filter((d) => d.severity !== 'info').map((d) => `- ${d.message} (${d.code})`);
  return `Renders to:\n\n${fenced(rendered.output)}${problems.length > 0 ? `\n\n${problems.join('\n')}` : ''}`;
}
