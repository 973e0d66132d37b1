/**
 * Code actions: one quick fix per fix or suggestion of a lint diagnostic in the request, and
 * "Fix all fieldcode problems" (the fix loop of `fieldcode lint --fix`) as `source.fixAll.fieldcode`.
 */
import type { Diagnostic as FieldcodeDiagnostic, Fix } from '@fieldcode/language';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ResponseDocument } from './documents.js';
import { rangeOf } from './diagnostics.js';
import type { ProjectHost } from './host.js';

/** The kind of the "fix all" action (VS Code runs it on save with `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fieldcode`;

function sameStart(lsp: Diagnostic, doc: ResponseDocument, diagnostic: FieldcodeDiagnostic): boolean {
  const start = doc.document.positionAt(diagnostic.range.start.offset);
  const end = doc.document.positionAt(diagnostic.range.end.offset);
  return (
    lsp.code === diagnostic.code &&
    lsp.range.start.line === start.line &&
    lsp.range.start.character === start.character &&
    lsp.range.end.line === end.line &&
    lsp.range.end.character === end.character
  );
}

function editOf(doc: ResponseDocument, fix: Fix): TextEdit {
  return { range: rangeOf(doc.document, fix.range.start.offset, fix.range.end.offset), newText: fix.text };
}

/** Whether the client asked for this kind (`only` absent: every kind). */
function wanted(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix left alone). */
export function minimalEdit(doc: ResponseDocument, before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: rangeOf(doc.document, start, before.length - end), newText: after.slice(start, after.length - end) };
}

/** The code actions of a request. */
export function codeActions(doc: ResponseDocument, params: CodeActionParams, host: ProjectHost): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = doc.document.uri;
  const { diagnostics } = doc.lint();
  if (wanted(params, CodeActionKind.QuickFix)) {
    for (const requested of params.context.diagnostics) {
      if (requested.source !== 'fieldcode') continue;
      const diagnostic = diagnostics.find((candidate) => sameStart(requested, doc, candidate));
      if (!diagnostic) continue;
      if (Object.hasOwn(diagnostic, 'fix') && diagnostic.fix) {
        actions.push({
          title: `Fix: ${diagnostic.message}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [requested],
          isPreferred: true,
          edit: { changes: { [uri]: [editOf(doc, diagnostic.fix)] } },
        });
      }
      for (const suggestion of diagnostic.suggestions ?? []) {
        actions.push({
          title: suggestion.message,
          kind: CodeActionKind.QuickFix,
          diagnostics: [requested],
          edit: { changes: { [uri]: [editOf(doc, suggestion.fix)] } },
        });
      }
    }
  }
  const fixable = diagnostics.some((diagnostic) => Object.hasOwn(diagnostic, 'fix'));
  if (fixable && wanted(params, FIX_ALL_KIND)) {
    const before = doc.text;
    const fixed = host.fixAll(before, doc.lintOptions, doc.lintOptions.filePath ?? 'untitled.json');
    if (fixed.text !== before) {
      actions.push({
        title: 'Fix all fieldcode problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: [minimalEdit(doc, before, fixed.text)] } },
      });
    }
  }
  return actions;
}
