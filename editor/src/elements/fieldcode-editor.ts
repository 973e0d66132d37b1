/**
 * `<fieldcode-editor>`: monaco in light DOM (so hovers, suggest widgets and monaco's CSS work),
 * editing a standard-response JSON file or plain field-code text. Markers come from the content
 * lint running in a worker; fixes are offered as quick fixes.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import type { DataDictionary, Diagnostic, RenderData } from '@fieldcode/language';
import { buildCatalog, builtinCatalogObjects, builtinFunctions, fieldCodeAt, type FieldCatalog } from '@fieldcode/language';
import type { ApprovedTemplate } from '@fieldcode/content';
import { toMarker } from '../monaco/markers.js';
import {
  ensureMonacoSetup,
  FIELDCODE_LANGUAGE,
  JSON_LANGUAGE,
  MODEL_SUFFIX,
  registerSession,
  THEME,
  type monaco,
} from '../monaco/setup.js';
import { LARGE_TEXT, requestLint, subscribeLint, type LintTiming } from '../worker/lint-client.js';
import { RunScheduler } from '../worker/scheduler.js';
import type { TextEdit } from '../worker/mirror.js';
import { dispatchFieldcodeEvent, FieldcodeChangeEvent, FieldcodeDiagnosticsEvent } from '../events.js';

type Monaco = typeof monaco;

let instanceCount = 0;

/**
 * Changes kept for the next lint request (so the lint worker's copy of a large text follows them);
 * beyond these, the request carries the whole text, which costs no more.
 */
const MAX_KEPT_EDITS = 1000;
const MAX_KEPT_EDIT_TEXT = 64 * 1024;

/** Parses a JSON attribute; a malformed attribute counts as absent. */
function jsonAttribute<T>(value: string | null): T | undefined {
  if (value === null || value === '') return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}

export class FieldcodeEditor extends LitElement {
  static override properties = {
    value: { type: String },
    language: { type: String, reflect: true },
    profile: { type: String, reflect: true },
    rules: { attribute: false },
    templates: { attribute: false },
    sampleData: { attribute: 'sample-data', converter: { fromAttribute: (v: string | null) => jsonAttribute<RenderData>(v) } },
    dataDictionary: { attribute: 'data-dictionary', converter: { fromAttribute: (v: string | null) => jsonAttribute<DataDictionary>(v) } },
    readonly: { type: Boolean, reflect: true },
    theme: { type: String },
  };

  /** The edited text. */
  value = '';
  /** `json` (a standard-response JSON file) or `text` (plain field-code text). */
  language: 'json' | 'text' = 'json';
  /** Limit profile name for the lint (`whatsapp`, `whatsapp-cloud`, `apple-messages`); a file's own `profile` wins. */
  profile = 'whatsapp';
  /** Rule severities by rule id (a `fieldcode.config.json`'s `rules`), as the CLI applies them. */
  rules: Record<string, 'error' | 'warning' | 'info' | 'off'> | undefined = undefined;
  /**
   * Meta's approved templates (a config's `templates` export, as the studio server reads it): the
   * lint runs `template-approved` and `template-drift` with them, as `fieldcode lint` does.
   */
  templates: readonly ApprovedTemplate[] | undefined = undefined;
  /** The templates as one comparable key, computed once per export (not per keystroke). */
  private templatesKey = '';
  /** Render data for hovers and completion of variables. */
  sampleData: RenderData | undefined = undefined;
  /** Known fields (completion, and `unknown-field` precision in the lint). */
  dataDictionary: DataDictionary | undefined = undefined;
  readonly = false;
  /** monaco theme (global to the page in monaco); `fieldcode-light` colours the field-code tokens. */
  theme = THEME;

  private readonly instanceId = ++instanceCount;
  private monaco: Monaco | null = null;
  private editor: monaco.editor.IStandaloneCodeEditor | null = null;
  private model: monaco.editor.ITextModel | null = null;
  private disposers: Array<() => void> = [];
  private currentDiagnostics: Diagnostic[] = [];
  /** Model version of the latest lint request, and of the diagnostics shown. */
  private requestedVersion = -1;
  private diagnosticsVersion = -1;
  /** Text of the latest lint request (the answers of older requests are dropped by the client). */
  private requestedText = '';
  /** The model's changes since the latest lint request (null: not known, e.g. the whole text was replaced). */
  private editsSince: { fromVersion: number; edits: TextEdit[]; size: number } | null = null;
  private catalogCache: FieldCatalog | null = null;
  private applyingValue = false;
  private readonly scheduler = new RunScheduler(() => this.sendLint());

  constructor() {
    super();
    // Native `change` events of monaco's hidden textarea would reach listeners of this element's
    // deprecated `change` event (light DOM); only the element's event passes.
    this.addEventListener(
      'change',
      (event) => {
        if (event.target !== this) event.stopPropagation();
      },
      { capture: true },
    );
  }

  /** Light DOM: monaco's widgets and stylesheet need the document tree. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The diagnostics of the latest lint run. */
  get diagnostics(): readonly Diagnostic[] {
    return this.currentDiagnostics;
  }

  /**
   * An id of the text's state (monaco's alternative version id): undo and redo give a state its id
   * back, so a host tells "unchanged since saved" by comparing two numbers, whatever the text's
   * size. Read it once the element has applied `value` (after `updateComplete`); -1 before monaco
   * starts. Each model (a `language` change makes a new one) counts anew.
   */
  get contentVersion(): number {
    return this.model && !this.model.isDisposed() ? this.model.getAlternativeVersionId() : -1;
  }

  /** The monaco editor, once created (for hosts that need more than the element API). */
  get monacoEditor(): monaco.editor.IStandaloneCodeEditor | null {
    return this.editor;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.style.display) this.style.display = 'block';
    if (!this.editor && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
  }

  protected override render() {
    return html`<div class="fieldcode-editor-surface" part="surface" style="width:100%;height:100%;min-height:inherit"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.editor) {
      this.setUp();
      return;
    }
    if (changed.has('language')) this.replaceModel();
    else if (changed.has('value') && this.model && !this.applyingValue && this.model.getValue() !== this.value) {
      this.model.setValue(this.value);
    }
    if (changed.has('readonly')) this.editor.updateOptions({ readOnly: this.readonly });
    if (changed.has('theme')) this.monaco?.editor.setTheme(this.theme || THEME);
    if (changed.has('sampleData') || changed.has('dataDictionary')) this.catalogCache = null;
    if (changed.has('templates')) this.templatesKey = this.templates ? JSON.stringify(this.templates) : '';
    if (changed.has('profile') || changed.has('dataDictionary') || changed.has('rules') || changed.has('templates'))
      this.scheduler.trigger();
  }

  private setUp(): void {
    const surface = this.querySelector<HTMLElement>('.fieldcode-editor-surface');
    if (!surface || !this.isConnected) return;
    this.monaco = ensureMonacoSetup();
    this.editor = this.monaco.editor.create(surface, {
      theme: this.theme || THEME,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      wordWrap: 'on',
      scrollBeyondLastLine: false,
      readOnly: this.readonly,
      quickSuggestions: { other: true, strings: true, comments: false },
      suggestOnTriggerCharacters: true,
      fixedOverflowWidgets: true,
      // Word-based suggestions, link detection, occurrence and unicode highlighting each ask
      // monaco's editor worker on every change; they add nothing here and delay the lint markers.
      wordBasedSuggestions: 'off',
      links: false,
      occurrencesHighlight: 'off',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      // Folding regions are recomputed and all redrawn after every edit: a 2 MB list has more than
      // the 5,000 monaco keeps by default, which costs the main thread tens of milliseconds per
      // keystroke. Beyond 1,000, monaco keeps the outermost regions (sections, the rows arrays).
      foldingMaximumRegions: 1000,
      lightbulb: { enabled: this.monaco.editor.ShowLightbulbIconMode.OnCode },
    });
    this.replaceModel();
    const onChange = this.editor.onDidChangeModelContent((event) => {
      if (!this.model) return;
      if (event.changes.length === 1 && event.changes[0]!.text === '.') this.suggestAfterDot();
      this.keepEdits(event);
      this.followFoldingStrategy();
      this.applyingValue = true;
      this.value = this.model.getValue();
      dispatchFieldcodeEvent(this, new FieldcodeChangeEvent(this.value));
      void this.updateComplete.then(() => {
        this.applyingValue = false;
      });
      this.scheduler.trigger();
    });
    this.disposers.push(() => onChange.dispose());
  }

  /**
   * Large texts fold by indentation and have no sticky scroll. Otherwise the JSON language service
   * answers every edit with all the file's folding regions, twice (folding and sticky scroll: half
   * a megabyte each for a 2 MB list, decoded on the main thread), and monaco folds by indentation
   * anyway once there are more regions than it keeps; sticky scroll from indentation would scan
   * every line again after each edit (about 30 ms per keystroke for 2 MB).
   */
  private followFoldingStrategy(): void {
    if (!this.editor || !this.model || !this.monaco) return;
    const large = this.model.getValueLength() >= LARGE_TEXT;
    if (large === this.foldsByIndentation) return;
    this.foldsByIndentation = large;
    this.editor.updateOptions({
      foldingStrategy: large ? 'indentation' : 'auto',
      stickyScroll: { enabled: !large },
    });
  }

  private foldsByIndentation = false;

  /** Adds an event's changes to those kept for the next lint request (monaco lists them so that they apply in order). */
  private keepEdits(event: monaco.editor.IModelContentChangedEvent): void {
    const kept = this.editsSince;
    if (!kept) return;
    if (event.isFlush) {
      this.editsSince = null;
      return;
    }
    for (const change of event.changes) {
      kept.edits.push({ offset: change.rangeOffset, length: change.rangeLength, text: change.text });
      kept.size += change.text.length;
    }
    if (kept.edits.length > MAX_KEPT_EDITS || kept.size > MAX_KEPT_EDIT_TEXT) this.editsSince = null;
  }

  /**
   * A '.' typed while the suggest widget is open does not re-query providers in monaco; ask
   * explicitly so that `Contact.` always lists the properties.
   */
  private suggestAfterDot(): void {
    const position = this.editor?.getPosition();
    if (!this.editor || !this.model || !position) return;
    if (!fieldCodeAt(this.model.getLineContent(position.lineNumber), position.column - 1)) return; // a field code never spans lines
    // After monaco's own handling of the keystroke, which would otherwise cancel this request.
    setTimeout(() => this.editor?.trigger('fieldcode', 'editor.action.triggerSuggest', {}), 0);
  }

  /** Creates the model for the current language (a new URI each time, so providers route correctly). */
  private replaceModel(): void {
    if (!this.monaco || !this.editor) return;
    this.disposeModel();
    const isJson = this.language !== 'text';
    const uri = this.monaco.Uri.parse(
      `inmemory://fieldcode/editor-${this.instanceId}-${Date.now().toString(36)}${isJson ? MODEL_SUFFIX : '.txt'}`,
    );
    const model = this.monaco.editor.createModel(this.value, isJson ? JSON_LANGUAGE : FIELDCODE_LANGUAGE, uri);
    this.model = model;
    this.editsSince = null;
    this.followFoldingStrategy();
    this.editor.setModel(model);
    const unregister = registerSession(uri, {
      kind: isJson ? 'json' : 'text',
      catalog: () => this.catalog(),
      sampleData: () => (this.sampleData ?? {}) as Record<string, unknown>,
      diagnostics: () => this.currentDiagnostics,
      diagnosticsVersion: () => this.diagnosticsVersion,
    });
    const unsubscribe = subscribeLint(uri.toString(), (diagnostics, timing, error) =>
      this.applyDiagnostics(model, diagnostics, timing, error),
    );
    this.modelDisposers = [unregister, unsubscribe, () => model.dispose()];
    this.scheduler.trigger();
  }

  private modelDisposers: Array<() => void> = [];

  private disposeModel(): void {
    for (const dispose of this.modelDisposers) dispose();
    this.modelDisposers = [];
    this.model = null;
  }

  private catalog(): FieldCatalog {
    this.catalogCache ??= buildCatalog({
      functions: builtinFunctions,
      objects: builtinCatalogObjects(),
      ...(this.dataDictionary ? { dataDictionary: this.dataDictionary } : {}),
      sampleData: this.sampleData,
    });
    return this.catalogCache;
  }

  private sendLint(): void {
    if (!this.model) return;
    this.requestedVersion = this.model.getVersionId();
    // `value` follows every model change synchronously (onDidChangeModelContent): no second copy
    // of a large text is built per keystroke. (A value set by the host and not applied yet re-lints
    // once applied.)
    this.requestedText = this.value.length === this.model.getValueLength() ? this.value : this.model.getValue();
    const edits = this.editsSince;
    this.editsSince = { fromVersion: this.requestedVersion, edits: [], size: 0 };
    requestLint({
      uri: this.model.uri.toString(),
      text: this.requestedText,
      version: this.requestedVersion,
      ...(edits ? { edits: { fromVersion: edits.fromVersion, edits: edits.edits } } : {}),
      kind: this.language === 'text' ? 'text' : 'json',
      ...(this.profile ? { profile: this.profile } : {}),
      ...(this.rules ? { rules: this.rules } : {}),
      ...(this.dataDictionary ? { dataDictionary: this.dataDictionary } : {}),
      ...(this.templates ? { templates: this.templates, templatesKey: this.templatesKey } : {}),
    });
  }

  private applyDiagnostics(model: monaco.editor.ITextModel, diagnostics: Diagnostic[], timing: LintTiming, error?: string): void {
    if (!this.monaco || model.isDisposed()) return;
    const all = error
      ? [
          ...diagnostics,
          {
            code: 'lint-failure',
            severity: 'error' as const,
            message: `The lint failed: ${error}`,
            range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
          },
        ]
      : diagnostics;
    this.currentDiagnostics = all;
    this.diagnosticsVersion = this.requestedVersion;
    // An incremental answer that changed no finding: monaco's markers moved with the text already.
    if (!timing.markersKept) this.monaco.editor.setModelMarkers(model, 'fieldcode', all.map(toMarker));
    dispatchFieldcodeEvent(
      this,
      new FieldcodeDiagnosticsEvent({
        diagnostics: all,
        text: this.requestedText,
        lintMs: timing.lintMs,
        roundTripMs: timing.roundTripMs,
        provisional: timing.provisional,
      }),
    );
  }

  private teardown(): void {
    this.scheduler.cancel();
    this.disposeModel();
    for (const dispose of this.disposers) dispose();
    this.disposers = [];
    this.editor?.dispose();
    this.editor = null;
    this.monaco = null;
  }
}
