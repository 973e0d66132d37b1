/**
 * A compiled text of a standard response: one JSON string compiled once into static text,
 * field-code templates and structured `{{n}}` placeholders. Rendering evaluates only the field
 * codes; a text without field codes is computed once at compile time.
 */
import {
  compile,
  quickRender,
  type Diagnostic,
  type LanguageOptions,
  type Range,
  type RenderOptions,
  type Template,
} from '@fieldcode/language';
import { TextPositions } from '../esp/text-position.js';
import { Lru } from '../lru.js';
import { applyFixes } from '../lint/apply-fixes.js';
import { copyDiagnostic } from './copy-diagnostic.js';
import { findPlaceholders, type Placeholder, type PlaceholderKinds } from './placeholders.js';

/** Source offsets of a text in the file it was compiled from (inside the JSON string's quotes). */
export interface SourceSpan {
  start: number;
  end: number;
}

/** A piece of a compiled text: literal text, a compiled field-code template, or a placeholder. */
export type TextSegment =
  | { kind: 'literal'; text: string }
  | {
      kind: 'template';
      template: Template;
      offset: number;
      /**
       * The template in the standard spelling when its only compile diagnostics are
       * `non-canonical-delimiter` warnings (see {@link quietTemplate}): it renders the same output
       * through the quick path, and the warnings are replayed.
       */
      quiet?: Template;
    }
  | { kind: 'placeholder'; placeholder: Placeholder; source: string };

/** How a text's placeholders (`{{1}}`, `{{first_name}}`) are filled. */
export interface PlaceholderFill {
  /** Value of the placeholder with this key (`"1"`, `"first_name"`), or undefined when no parameter fills it. */
  value(key: string): string | undefined;
  /** Called for a placeholder that no parameter fills (it renders empty). */
  missing(text: CompiledText, placeholder: Placeholder): void;
  /** Applied to filled values when present (a URL's variable is percent-encoded). */
  encode?(text: CompiledText, value: string, placeholder: Placeholder): string;
}

// Templates compiled without options are immutable and shared between compiled responses.
const shared = new Lru<Template>(1024);

function compileShared(source: string, options: LanguageOptions | undefined): Template {
  if (options !== undefined) return compile(source, options);
  let template = shared.get(source);
  if (template === undefined) shared.set(source, (template = compile(source)));
  return template;
}

/**
 * A field code written `<${ … }>` (or another accepted spelling) renders as `<$ … $>` does, but its
 * warning keeps every render of it off the quick path. The standard spelling (the warnings' fixes
 * applied) renders through the quick path, and the warnings, fixed at compile time, are replayed.
 */
function quietTemplate(source: string, template: Template, options: LanguageOptions | undefined): Template | undefined {
  const diagnostics = template.diagnostics;
  if (diagnostics.length === 0 || !diagnostics.every((d) => d.code === 'non-canonical-delimiter' && d.fix !== undefined)) return undefined;
  const fixed = applyFixes(source, diagnostics, { kind: 'text' });
  if (fixed.skipped > 0) return undefined;
  const quiet = compileShared(fixed.text, options);
  return quiet.diagnostics.length === 0 ? quiet : undefined;
}

/** A template segment (with its quiet form when it has one). */
function templateSegment(source: string, offset: number, options: LanguageOptions | undefined): TextSegment {
  const template = compileShared(source, options);
  const quiet = quietTemplate(source, template, options);
  return quiet === undefined ? { kind: 'template', template, offset } : { kind: 'template', template, offset, quiet };
}

/** True when the text has field-code syntax to compile (`<$`, or a stray `$>` the parser reports). */
function hasFieldCodes(source: string): boolean {
  return source.includes('<$') || source.includes('$>');
}

export class CompiledText {
  /** The template source (the decoded JSON string). */
  readonly source: string;
  /** JSON pointer of the string in the standard response. */
  readonly pointer: string;
  /** Where the string sits in the file text, when compiled from a file. */
  readonly span: SourceSpan | undefined;
  readonly segments: readonly TextSegment[];
  /** The placeholders the renderer fills (`{{n}}`, or `{{name}}` for named parameters) in the literal text, in order. */
  readonly placeholders: readonly Placeholder[];
  /** Compile diagnostics (syntax, unknown function…), ranges relative to the source. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when the text has field codes whose output depends on the data. */
  readonly dynamic: boolean;
  /** The rendering when nothing depends on the data and placeholders are left as written. */
  readonly constant: string | null;
  private positions: TextPositions | undefined;
  /** The compile warnings a quiet segment replays, moved to the text's offsets once (by segment index). */
  private replays: (readonly Diagnostic[] | undefined)[] | undefined;
  private readonly toFile: ((offset: number) => number) | undefined;

  constructor(
    source: string,
    pointer: string,
    span: SourceSpan | undefined,
    options: LanguageOptions | undefined,
    toFileOffset?: (offset: number) => number,
    kinds: PlaceholderKinds = 'positional',
  ) {
    this.source = source;
    this.pointer = pointer;
    this.span = span;
    this.toFile = toFileOffset;
    const segments: TextSegment[] = [];
    if (!hasFieldCodes(source)) {
      this.placeholders = findPlaceholders(source, kinds);
      this.diagnostics = [];
      let at = 0;
      for (const placeholder of this.placeholders) {
        if (placeholder.start > at) segments.push({ kind: 'literal', text: source.slice(at, placeholder.start) });
        segments.push({ kind: 'placeholder', placeholder, source: source.slice(placeholder.start, placeholder.end) });
        at = placeholder.end;
      }
      if (at < source.length || segments.length === 0) segments.push({ kind: 'literal', text: source.slice(at) });
    } else {
      const whole = compileShared(source, options);
      this.diagnostics = whole.diagnostics;
      // Placeholders are looked for in literal text only: `{{1}}` inside a field code is a string.
      const placeholders: Placeholder[] = [];
      if (source.includes('{{')) {
        for (const node of whole.ast.body)
          if (node.kind === 'Text') placeholders.push(...findPlaceholders(source, kinds, node.start, node.end));
      }
      this.placeholders = placeholders;
      if (placeholders.length === 0) segments.push(templateSegment(source, 0, options));
      else {
        // The language has no blocks, so cutting literal text at a placeholder leaves whole field codes on each side.
        let at = 0;
        for (const placeholder of placeholders) {
          if (placeholder.start > at) segments.push(this.piece(source.slice(at, placeholder.start), at, options));
          segments.push({ kind: 'placeholder', placeholder, source: source.slice(placeholder.start, placeholder.end) });
          at = placeholder.end;
        }
        if (at < source.length) segments.push(this.piece(source.slice(at), at, options));
      }
    }
    this.segments = segments;
    this.dynamic = segments.some((segment) => segment.kind === 'template');
    this.constant = this.dynamic
      ? null
      : segments
          .map((segment) => (segment.kind === 'literal' ? segment.text : segment.kind === 'placeholder' ? segment.source : ''))
          .join('');
  }

  private piece(text: string, offset: number, options: LanguageOptions | undefined): TextSegment {
    return hasFieldCodes(text) ? templateSegment(text, offset, options) : { kind: 'literal', text };
  }

  /** File offset of an offset of the source (through JSON escapes), when compiled from a file. */
  fileOffset(offset: number): number | undefined {
    return this.toFile === undefined ? undefined : this.toFile(offset);
  }

  /** A range of the source (offsets relative to the text). */
  range(start: number, end: number): Range {
    return (this.positions ??= new TextPositions(this.source)).range(start, end);
  }

  /**
   * Renders the text, appending render diagnostics to `diagnostics`. With `fill`, placeholders are
   * filled (a missing one renders empty and is reported through `fill.missing`); without, they
   * stay as written.
   */
  render(data: unknown, options: RenderOptions | undefined, diagnostics: Diagnostic[], fill?: PlaceholderFill): string {
    if (this.constant !== null && fill === undefined) return this.constant;
    let output = '';
    const segments = this.segments;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (segment.kind === 'literal') output += segment.text;
      else if (segment.kind === 'template') {
        // A clean render (the usual case) gives its output without a result object.
        const quick = quickRender(segment.quiet ?? segment.template, data, options);
        if (quick !== undefined) {
          output += quick;
          // What the full render reports when it is clean: the template's compile warnings. They
          // are the same on every render: moved to the text's offsets once, copied per render.
          if (segment.quiet !== undefined) for (const diagnostic of this.replayed(i, segment)) diagnostics.push(copyDiagnostic(diagnostic));
          continue;
        }
        const result = segment.template.render(data, options);
        output += result.output;
        if (result.diagnostics.length > 0)
          for (const diagnostic of result.diagnostics) diagnostics.push(this.shift(diagnostic, segment.offset));
      } else if (fill === undefined) output += segment.source;
      else {
        const value = fill.value(segment.placeholder.key);
        if (value === undefined) fill.missing(this, segment.placeholder);
        else output += fill.encode === undefined ? value : fill.encode(this, value, segment.placeholder);
      }
    }
    return output;
  }

  /** The compile warnings of the quiet template segment at `index`, moved to the text's offsets. */
  private replayed(index: number, segment: { template: Template; offset: number }): readonly Diagnostic[] {
    const replays = (this.replays ??= []);
    return (replays[index] ??= segment.template.diagnostics.map((diagnostic) => this.shift(diagnostic, segment.offset)));
  }

  /** A diagnostic of a piece, moved to the text's own offsets. */
  private shift(diagnostic: Diagnostic, offset: number): Diagnostic {
    if (offset === 0) return { ...diagnostic, path: this.pointer };
    const moved: Diagnostic = { ...diagnostic, path: this.pointer, range: this.moved(diagnostic.range, offset) };
    // A fix edits the same text: its range moves with the diagnostic's.
    if (diagnostic.fix !== undefined) moved.fix = { ...diagnostic.fix, range: this.moved(diagnostic.fix.range, offset) };
    if (diagnostic.suggestions !== undefined)
      moved.suggestions = diagnostic.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: this.moved(s.fix.range, offset) } }));
    return moved;
  }

  private moved(range: Range, offset: number): Range {
    return this.range(range.start.offset + offset, range.end.offset + offset);
  }
}
