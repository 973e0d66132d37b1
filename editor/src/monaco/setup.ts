/**
 * Page-wide monaco setup, done once: worker environment, the `fieldcode` language and the JSON
 * grammar with field codes, the theme, JSON schemas, and the providers (completion, hover,
 * signature help, quick fixes). Providers are global per language in monaco, so they route each
 * request to the editor session registered for the request's model URI.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import type { Diagnostic } from '@fieldcode/language';
import { workerUrl } from '../config.js';
import { jsonSchemas } from '../bridge.js';
import {
  completeAt,
  hoverAt,
  renderedValueMarkdown,
  signatureAt,
  unescapeJsonFragment,
  type CompletionKind,
  type FieldCatalog,
} from '@fieldcode/language';
import { fieldcodeDarkThemeRules, fieldcodeGrammar, fieldcodeJsonGrammar, fieldcodeThemeRules } from './grammar.js';
import { markerMatches } from './markers.js';

export { monaco };

export const FIELDCODE_LANGUAGE = 'fieldcode';
export const JSON_LANGUAGE = 'json';
export const THEME = 'fieldcode-light';
/** The dark counterpart of {@link THEME} (for `prefers-color-scheme: dark`). */
export const DARK_THEME = 'fieldcode-dark';
/** Suffix of model URIs the JSON schemas apply to. */
export const MODEL_SUFFIX = '.fieldcode.json';

/** What the providers need from one editor. */
export interface EditorSession {
  readonly kind: 'json' | 'text';
  catalog(): FieldCatalog;
  sampleData(): Record<string, unknown>;
  diagnostics(): readonly Diagnostic[];
  /** Model version the diagnostics were computed for (their fixes apply to that text only). */
  diagnosticsVersion(): number;
}

const sessions = new Map<string, EditorSession>();
let ready = false;

/** Registers an editor's session under its model URI; returns the function that removes it. */
export function registerSession(uri: monaco.Uri, session: EditorSession): () => void {
  const key = uri.toString();
  sessions.set(key, session);
  return () => {
    sessions.delete(key);
  };
}

function sessionOf(model: monaco.editor.ITextModel): EditorSession | undefined {
  return sessions.get(model.uri.toString());
}

const COMPLETION_KIND: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  snippet: monaco.languages.CompletionItemKind.Snippet,
  object: monaco.languages.CompletionItemKind.Module,
  property: monaco.languages.CompletionItemKind.Property,
  variable: monaco.languages.CompletionItemKind.Variable,
  function: monaco.languages.CompletionItemKind.Function,
  keyword: monaco.languages.CompletionItemKind.Keyword,
};

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.IRange {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
}

/**
 * The line at `position`, its offset in the text, and the position's offset in the line. A field
 * code never spans lines (the scanner stops at a line break, and a JSON string holds none), so
 * completion, hover and signature help read this line only, not a copy of a 2 MB text.
 */
function lineAround(model: monaco.editor.ITextModel, position: monaco.IPosition): { text: string; start: number; offset: number } {
  return {
    text: model.getLineContent(position.lineNumber),
    start: model.getOffsetAt({ lineNumber: position.lineNumber, column: 1 }),
    offset: position.column - 1,
  };
}

function setUpEnvironment(): void {
  const scope = globalThis as unknown as { MonacoEnvironment?: monaco.Environment };
  if (scope.MonacoEnvironment) return; // the host configured monaco's workers itself
  scope.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return new Worker(workerUrl(label === 'json' ? 'json' : 'editor'), { name: `monaco-${label}` });
    },
  };
}

function setUpLanguages(): void {
  monaco.languages.register({ id: FIELDCODE_LANGUAGE, aliases: ['Field code', 'fieldcode'] });
  monaco.languages.setMonarchTokensProvider(FIELDCODE_LANGUAGE, fieldcodeGrammar);
  monaco.languages.setLanguageConfiguration(FIELDCODE_LANGUAGE, {
    brackets: [['(', ')']],
    autoClosingPairs: [
      { open: '(', close: ')' },
      { open: "'", close: "'" },
      { open: '"', close: '"' },
    ],
  });
  // Our grammar replaces the JSON worker's tokens (to colour field codes inside strings); the JSON
  // language service keeps completion, hover, folding and formatting from the schemas.
  // Colour decorators and document symbols are not shown for these files; skipping them keeps
  // the JSON worker from competing with the lint worker on every keystroke.
  jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, tokens: false, colors: false, documentSymbols: false });
  monaco.languages.setMonarchTokensProvider(JSON_LANGUAGE, fieldcodeJsonGrammar);
  const schemas = jsonSchemas().map(({ name, schema }) => ({
    uri: typeof schema.$id === 'string' ? schema.$id : `https://fieldcode.dev/schemas/${name}.schema.json`,
    ...(name === 'standard-response' ? { fileMatch: [`*${MODEL_SUFFIX}`] } : {}),
    schema,
  }));
  // Schema problems are reported once, by the lint's `schema` rule (same schemas, rule ids, fixes);
  // the JSON service uses the schemas for completion and hovers.
  // JSON options are global in monaco: keep any schemas the host registered before us.
  const hostSchemas = jsonDefaults.diagnosticsOptions.schemas ?? [];
  jsonDefaults.setDiagnosticsOptions({
    ...jsonDefaults.diagnosticsOptions,
    validate: false,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [...hostSchemas, ...schemas],
  });
  monaco.editor.defineTheme(THEME, { base: 'vs', inherit: true, rules: fieldcodeThemeRules, colors: {} });
  monaco.editor.defineTheme(DARK_THEME, { base: 'vs-dark', inherit: true, rules: fieldcodeDarkThemeRules, colors: {} });
}

function setUpProviders(): void {
  const selector = [FIELDCODE_LANGUAGE, JSON_LANGUAGE];
  monaco.languages.registerCompletionItemProvider(selector, {
    triggerCharacters: ['$', '.', ' ', '('],
    provideCompletionItems(model, position) {
      const session = sessionOf(model);
      if (!session) return { suggestions: [] };
      const line = lineAround(model, position);
      const entries = completeAt(line.text, line.offset, session.catalog());
      return {
        suggestions: entries.map((e, i) => ({
          label: e.label,
          kind: COMPLETION_KIND[e.kind],
          insertText: e.insertText,
          insertTextRules: e.snippet
            ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet
            : monaco.languages.CompletionItemInsertTextRule.None,
          detail: e.detail,
          documentation: e.documentation ? { value: e.documentation } : '',
          range: rangeOf(model, line.start + e.replaceStart, line.start + e.replaceEnd),
          sortText: String(i).padStart(4, '0'),
          ...(e.kind === 'snippet' ? { preselect: true } : {}),
          ...(e.retrigger ? { command: { id: 'editor.action.triggerSuggest', title: 'Suggest' } } : {}),
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider(selector, {
    provideHover(model, position) {
      const session = sessionOf(model);
      if (!session) return null;
      const line = lineAround(model, position);
      const text = line.text;
      const target = hoverAt(text, line.offset, session.catalog());
      if (!target) return null;
      const raw = text.slice(target.span.start, target.span.closed ? target.span.end : target.span.exprEnd);
      const source = session.kind === 'json' ? unescapeJsonFragment(raw) : raw;
      const contents: monaco.IMarkdownString[] = [];
      if (target.documentation) contents.push({ value: target.documentation });
      if (target.span.closed) contents.push({ value: renderedValueMarkdown(source, session.sampleData()) });
      return { range: rangeOf(model, line.start + target.start, line.start + target.end), contents };
    },
  });

  monaco.languages.registerSignatureHelpProvider(selector, {
    signatureHelpTriggerCharacters: ['(', ','],
    signatureHelpRetriggerCharacters: [','],
    provideSignatureHelp(model, position) {
      const session = sessionOf(model);
      if (!session) return null;
      const line = lineAround(model, position);
      const found = signatureAt(line.text, line.offset, session.catalog());
      if (!found) return null;
      const { fn, activeParameter } = found;
      return {
        value: {
          signatures: [
            { label: fn.signature, documentation: { value: fn.description }, parameters: fn.parameters.map((p) => ({ label: p })) },
          ],
          activeSignature: 0,
          activeParameter: Math.min(activeParameter, Math.max(0, fn.parameters.length - 1)),
        },
        dispose() {},
      };
    },
  });

  monaco.languages.registerCodeActionProvider(
    selector,
    {
      provideCodeActions(model, _range, context) {
        const session = sessionOf(model);
        // Fixes are offsets in the linted text: offer them only while the text is unchanged.
        if (!session || session.diagnosticsVersion() !== model.getVersionId()) return { actions: [], dispose() {} };
        const actions: monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
          const diagnostic = session
            .diagnostics()
            .find((d) => markerMatches({ code: code ?? '', startLineNumber: marker.startLineNumber, startColumn: marker.startColumn }, d));
          if (!diagnostic) continue;
          const fixes = [
            ...(diagnostic.fix ? [{ title: `Fix: ${diagnostic.message}`, fix: diagnostic.fix, preferred: true }] : []),
            ...(diagnostic.suggestions ?? []).map((s) => ({ title: s.message, fix: s.fix, preferred: false })),
          ];
          for (const { title, fix, preferred } of fixes) {
            actions.push({
              title,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: preferred,
              edit: {
                edits: [
                  {
                    resource: model.uri,
                    versionId: model.getVersionId(),
                    textEdit: { range: rangeOf(model, fix.range.start.offset, fix.range.end.offset), text: fix.text },
                  },
                ],
              },
            });
          }
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}

/** Sets monaco up for the page (idempotent). */
export function ensureMonacoSetup(): typeof monaco {
  if (ready) return monaco;
  ready = true;
  setUpEnvironment();
  setUpLanguages();
  setUpProviders();
  return monaco;
}
