/** Lint diagnostics as LSP diagnostics (positions in UTF-16 code units, as the lint core counts them). */
import type { Diagnostic as FieldcodeDiagnostic } from '@fieldcode/language';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The LSP range of lint offsets. */
export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** One lint diagnostic in LSP form; `code` is the rule id, `source` is `fieldcode`. */
export function toLspDiagnostic(document: TextDocument, diagnostic: FieldcodeDiagnostic, docsUrl: string | undefined): Diagnostic {
  const result: Diagnostic = {
    range: rangeOf(document, diagnostic.range.start.offset, diagnostic.range.end.offset),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'fieldcode',
    message: diagnostic.message,
  };
  if (docsUrl !== undefined) result.codeDescription = { href: docsUrl };
  return result;
}
