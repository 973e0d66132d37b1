/**
 * The lint status line (a live region) and the Problems tab. Both describe the editor's text only
 * once its lint answered: until then the line says "Checking…", never the counts of another text
 * (the empty editor before the file arrived, or the file open before).
 */
import type { Diagnostic } from '@fieldcode/language';
import { $, editor, lintStatus } from './dom.js';
import { withPluginFindings } from './server-lint.js';
import { state } from './state.js';

/** Counts of one lint run, as the library listing has them for a saved file. */
export interface LintCounts {
  errors: number;
  warnings: number;
  infos: number;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function countsOf(diagnostics: readonly Diagnostic[]): LintCounts {
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** `1 error, 2 warnings, 0 infos` — the words of the status line and of the library listing. */
export function countsText(counts: LintCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}`;
}

/** Called when a new text is shown or typed: its counts are not known yet. */
export function markChecking(): void {
  lintStatus.textContent = 'Checking…';
  lintStatus.classList.remove('has-errors');
  lintStatus.dataset.state = 'checking';
}

/** Problems listed at first; a file with thousands lists more on request (the status line counts them all). */
export const PROBLEMS_PAGE = 200;

function renderProblems(diagnostics: readonly Diagnostic[], shown = PROBLEMS_PAGE): void {
  const list = $<HTMLUListElement>('#problems');
  const items = diagnostics.slice(0, shown).map((diagnostic) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `problem ${diagnostic.severity}`;
    button.textContent = `${diagnostic.range.start.line}:${diagnostic.range.start.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.code})`;
    button.addEventListener('click', () => {
      const monacoEditor = editor.monacoEditor;
      if (!monacoEditor) return;
      monacoEditor.revealLineInCenter(diagnostic.range.start.line);
      monacoEditor.setPosition({ lineNumber: diagnostic.range.start.line, column: diagnostic.range.start.column });
      monacoEditor.focus();
    });
    item.append(button);
    return item;
  });
  if (diagnostics.length > shown) {
    const item = document.createElement('li');
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'show-more';
    more.textContent = `Show ${Math.min(PROBLEMS_PAGE, diagnostics.length - shown)} more (${diagnostics.length - shown} not shown)`;
    more.addEventListener('click', () => renderProblems(diagnostics, shown + PROBLEMS_PAGE));
    item.append(more);
    items.push(item);
  }
  list.replaceChildren(...items);
}

/**
 * Wires the status line to the editor's lint runs; `onCounts` hears the counts of the text shown
 * (the library listing shows them for the open file, so the two always agree).
 */
export function wireProblemsPanel(onCounts: (counts: LintCounts) => void): void {
  editor.addEventListener('fieldcode-diagnostics', (event) => {
    const { text, provisional } = event.detail;
    // No file shown yet (the empty editor's first lint), or a newer text is being linted.
    // Or a file is being shown: the text still in the editor is the one it replaces.
    if (state.current === null || state.opening || text !== editor.value) return;
    // An incremental answer (large file) is shown at once; the whole-file answer follows.
    if (provisional) {
      showProblems(event.detail.diagnostics, onCounts, true);
      return;
    }
    // The config's plugin rules run on the server: their findings join the editor's.
    void withPluginFindings(event.detail.diagnostics, text).then((diagnostics) => {
      if (state.current !== null && !state.opening && text === editor.value) showProblems(diagnostics, onCounts, false);
    });
  });
}

/** The status line and the Problems tab for the shown text's findings. */
function showProblems(diagnostics: readonly Diagnostic[], onCounts: (counts: LintCounts) => void, provisional: boolean): void {
  const counts = countsOf(diagnostics);
  const missing = diagnostics.filter((d) => d.code === 'missing-value').length;
  // An incremental answer (large file): the edited text is checked, the whole file follows.
  lintStatus.textContent = `${countsText(counts)}${missing ? ` (${plural(missing, 'missing value')})` : ''}${
    provisional ? ' — checking the whole file…' : ''
  }`;
  lintStatus.classList.toggle('has-errors', counts.errors > 0);
  lintStatus.dataset.state = provisional ? 'provisional' : 'done';
  $<HTMLButtonElement>('#tab-problems').textContent = `Problems (${diagnostics.length})`;
  renderProblems(diagnostics);
  // The library listing shows whole-file counts only.
  if (!provisional) onCounts(counts);
}
