/** The Variables tab: the sample-value table of the open file (see variables.ts), empty values highlighted. */
import { getProfile } from '@fieldcode/content';
import { unitLabel } from '../preview/counters.js';
import { $, editor, preview } from './dom.js';
import { LARGE_TEXT, viewOf } from './document-view.js';
import { state } from './state.js';
import { variableTable } from './variables.js';

/** Set when a large text's table was skipped while its tab was hidden. */
let stale = false;

export function renderVariables(): void {
  const body = $<HTMLTableSectionElement>('#variables tbody');
  const summary = $<HTMLParagraphElement>('#variables-summary');
  const tab = $<HTMLButtonElement>('#tab-variables');
  const { current, library } = state;
  if (!current) {
    body.replaceChildren();
    return;
  }
  // A large text's table (every field code of a 2 MB response, compiled) waits until its tab is shown.
  if (editor.value.length >= LARGE_TEXT && tab.getAttribute('aria-selected') !== 'true') {
    stale = true;
    return;
  }
  stale = false;
  const view = viewOf(editor.value, current.kind);
  if (!view) return; // keep the last table while the JSON does not parse
  const unit = getProfile(preview.profile)?.lengthUnit ?? 'code-points';
  const rows = variableTable(view.value, state.panelData, {
    unit,
    ...(library.config.dataDictionary ? { dictionary: library.config.dataDictionary } : {}),
  });
  const empty = rows.filter((row) => row.empty).length;
  const units = unitLabel(unit);
  summary.textContent =
    rows.length === 0
      ? 'No variables or field codes.'
      : `${rows.length} ${rows.length === 1 ? 'value' : 'values'}, ${empty} empty with this sample data; lengths in ${units}.`;
  tab.textContent = empty > 0 ? `Variables (${empty} empty)` : 'Variables';
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.className = row.empty ? 'empty' : row.over ? 'over' : '';
      const cells = [
        row.label,
        row.kind === 'parameter' ? row.source : '',
        row.empty ? '(empty)' : row.value,
        `${row.length}${row.limit !== undefined ? `/${row.limit}` : ''} ${units}`,
      ];
      for (const text of cells) {
        const td = document.createElement('td');
        td.textContent = text;
        td.dir = 'auto';
        tr.append(td);
      }
      return tr;
    }),
  );
}

/** Draws a table skipped while hidden when its tab is shown. */
export function wireVariablesTab(): void {
  $<HTMLElement>('#tab-variables')
    .closest('[role="tablist"]')!
    .addEventListener('fieldcode-tab-select', (event) => {
      if (stale && (event as CustomEvent<{ tab: string }>).detail.tab === 'tab-variables') renderVariables();
    });
}
