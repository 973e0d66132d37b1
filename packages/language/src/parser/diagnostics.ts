/**
 * Building syntax diagnostics with positions from a lazily created line index.
 */
import { LineIndex } from '../positions.js';
import type { Diagnostic, Fix, Severity } from '../types.js';

/** Collects diagnostics for one source text; line/column lookup is built on first use. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  private index: LineIndex | undefined;

  constructor(
    private readonly source: string,
    private readonly parent?: DiagnosticSink,
  ) {}

  get lines(): LineIndex {
    if (this.parent) return this.parent.lines;
    if (!this.index) this.index = new LineIndex(this.source);
    return this.index;
  }

  /** A sink for diagnostics that may be dropped; it shares this sink's line index. */
  fork(): DiagnosticSink {
    return new DiagnosticSink(this.source, this);
  }

  /** `line L, column C` of an offset, for messages. */
  describe(offset: number): string {
    const position = this.lines.positionAt(offset);
    return `line ${position.line}, column ${position.column}`;
  }

  fix(start: number, end: number, text: string): Fix {
    return { range: this.lines.rangeAt(start, end), text };
  }

  add(code: string, severity: Severity, message: string, start: number, end: number, fix?: Fix): Diagnostic {
    const diagnostic: Diagnostic = { code, severity, message, range: this.lines.rangeAt(start, end) };
    if (fix) diagnostic.fix = fix;
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}
