/**
 * The parts of `@fieldcode/language` and `@fieldcode/content` the editor uses, read through the
 * package namespaces and typed by their contracts. One place adapts the shapes (e.g. the object
 * catalog) to what the editor shows; the lint itself is the content package's, unchanged.
 */
import * as language from '@fieldcode/language';
import * as content from '@fieldcode/content';
import type { Diagnostic, FunctionDefinition, RenderData, RenderOptions, RenderResult } from '@fieldcode/language';
import type {
  LimitProfile,
  LintOptions,
  LintResult,
  RenderStandardResponseOptions,
  RenderStandardResponseResult,
} from '@fieldcode/content';
import type { CatalogObject, CatalogProperty } from './language-service/catalog.js';

interface LanguageApi {
  render?: (source: string, data: RenderData, options?: RenderOptions) => RenderResult;
  builtinFunctions?: ReadonlyMap<string, FunctionDefinition>;
  objectCatalog?: unknown;
}

interface ContentApi {
  lint?: (text: string, options?: LintOptions) => LintResult;
  renderStandardResponse?: (sr: unknown, data: RenderData, options?: RenderStandardResponseOptions) => RenderStandardResponseResult;
  getProfile?: (name: string) => LimitProfile | undefined;
  profileNames?: readonly string[];
  schemas?: unknown;
  parseInviteToChat?: (text: string) => { request: unknown; diagnostics: Diagnostic[] };
  inviteToChatToRenderData?: (request: never) => RenderData;
}

const lang = language as unknown as LanguageApi;
const cont = content as unknown as ContentApi;

function unavailable(what: string): Diagnostic {
  const at = { offset: 0, line: 1, column: 1 };
  return { code: 'editor-unavailable', severity: 'info', message: `${what} is not available in this build`, range: { start: at, end: at } };
}

/** The content lint (the same rules as the CLI). */
export function lintText(text: string, options: LintOptions): LintResult {
  if (!cont.lint) return { diagnostics: [unavailable('The content lint')], errorCount: 0, warningCount: 0, infoCount: 1, fixableCount: 0 };
  return cont.lint(text, options);
}

/** Renders a parsed standard response for the preview (channel `genesys`). */
export function renderResponse(document: unknown, data: RenderData, options: RenderStandardResponseOptions): RenderStandardResponseResult {
  if (!cont.renderStandardResponse) return { output: document, diagnostics: [unavailable('Rendering')], ok: false };
  return cont.renderStandardResponse(document, data, options);
}

/** Renders field-code text with render data. */
export function renderTemplate(source: string, data: RenderData, options: RenderOptions = {}): RenderResult {
  if (!lang.render) return { output: source, diagnostics: [unavailable('Rendering')] };
  return lang.render(source, data, options);
}

export function builtinFunctions(): ReadonlyMap<string, FunctionDefinition> {
  return lang.builtinFunctions ?? new Map();
}

export function getProfile(name: string | undefined): LimitProfile | undefined {
  return name && cont.getProfile ? cont.getProfile(name) : undefined;
}

export function profileNames(): readonly string[] {
  return cont.profileNames ?? ['whatsapp', 'whatsapp-cloud', 'apple-messages'];
}

export function parseInviteToChat(text: string): { request: unknown; diagnostics: Diagnostic[] } {
  if (!cont.parseInviteToChat) return { request: null, diagnostics: [unavailable('InviteToChat parsing')] };
  return cont.parseInviteToChat(text);
}

export function inviteToChatToRenderData(request: unknown): RenderData {
  return cont.inviteToChatToRenderData ? cont.inviteToChatToRenderData(request as never) : {};
}

function entriesOf(value: unknown): Array<[string, unknown]> {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v]);
  if (Array.isArray(value)) return value.map((v) => [String((v as { name?: unknown } | null)?.name ?? ''), v]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

function text(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : '';
}

/** The language's object catalog (Contact, Agent, Interaction and their documented properties). */
export function catalogObjects(): CatalogObject[] {
  return entriesOf(lang.objectCatalog)
    .filter(([name]) => name !== '')
    .map(([name, entry]) => {
      const holder = entry as Record<string, unknown> | null;
      const container = entry instanceof Map ? entry : (holder?.properties ?? holder?.fields);
      const properties: CatalogProperty[] = entriesOf(container)
        .map(([key, prop]) => ({
          name: text(prop, 'name') || key,
          type: text(prop, 'type'),
          description: text(prop, 'description'),
        }))
        .filter((p) => p.name !== '');
      return { name: text(entry, 'name') || name, description: text(entry, 'description'), properties };
    });
}

/** The shipped JSON Schemas as `{ name, schema }` pairs. */
export function jsonSchemas(): Array<{ name: string; schema: Record<string, unknown> }> {
  return entriesOf(cont.schemas)
    .filter(([, schema]) => typeof schema === 'object' && schema !== null)
    .map(([name, schema]) => ({ name, schema: schema as Record<string, unknown> }));
}
