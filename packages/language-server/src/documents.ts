/**
 * Which documents the server looks after, and what it knows of each version: the lint result
 * (its fixes are offsets into that version) and the compiled JSON for editing assistance.
 */
import { basename, dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type LintOptions, type LintResult } from '@fieldcode/content';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ProjectSettings } from './host.js';
import { compileJson, type CompiledJson } from './text-map.js';

/** `$schema` values that name a fieldcode schema of a standard response. */
export const SCHEMA_BASE = 'https://fieldcode.dev/schemas/';

/** Schemas of files that are not standard responses (configs, data, requests, Meta's listings). */
const NOT_RESPONSE_SCHEMAS = new Set([
  'fieldcode-config',
  'render-data',
  'limit-profile',
  'lint-request',
  'render-request',
  'invite-to-chat',
  'meta-template-create',
  'meta-template-list',
]);

/** The kind of a document by its name: `.txt` field-code text, `.json` JSON, else none. */
export function kindOfPath(path: string): 'json' | 'text' | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.txt')) return 'text';
  return undefined;
}

/** The file path of a `file:` URI, or undefined (an unsaved buffer has no project). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The string node of a JSON text's top-level `$schema`, or undefined. */
export function schemaNode(text: string): Node | undefined {
  const root = parseTree(text);
  const node = root?.type === 'object' ? findNodeAtLocation(root, ['$schema']) : undefined;
  return node?.type === 'string' ? node : undefined;
}

/** The fieldcode schema name a JSON text's top-level `$schema` names (`standard-response`), or undefined. */
export function schemaNameOf(text: string): string | undefined {
  const url = schemaNode(text)?.value as unknown;
  if (typeof url !== 'string' || !url.startsWith(SCHEMA_BASE) || !url.endsWith('.schema.json')) return undefined;
  return url.slice(SCHEMA_BASE.length, -'.schema.json'.length);
}

/** True when a document is a standard response the server should lint. */
export function isResponseDocument(path: string | undefined, text: string, settings: ProjectSettings | undefined): boolean {
  const kind = path === undefined ? 'json' : kindOfPath(path);
  if (kind === undefined) return false;
  const schema = kind === 'json' ? schemaNameOf(text) : undefined;
  if (schema !== undefined) return !NOT_RESPONSE_SCHEMAS.has(schema);
  if (path === undefined || settings?.configPath === undefined) return false;
  return settings.includes(path);
}

/** The path shown in messages: relative to the project folder, with `/`. */
export function shownPath(path: string | undefined, settings: ProjectSettings | undefined): string {
  if (path === undefined) return 'untitled.json';
  if (settings === undefined) return basename(path);
  const shown = relative(settings.directory, path);
  return (shown.startsWith('..') ? basename(path) : shown).split(sep).join('/');
}

/** What the server keeps for one version of a response document. */
export class ResponseDocument {
  readonly kind: 'json' | 'text';
  readonly lintOptions: LintOptions;
  private lintResult: LintResult | undefined;
  private compiledJson: CompiledJson | undefined;

  constructor(
    readonly document: TextDocument,
    readonly path: string | undefined,
    readonly settings: ProjectSettings | undefined,
  ) {
    this.kind = path === undefined ? 'json' : (kindOfPath(path) ?? 'json');
    const shown = shownPath(path, settings);
    this.lintOptions = { ...(settings?.lintOptionsFor(path) ?? {}), filePath: shown, kind: this.kind };
  }

  get version(): number {
    return this.document.version;
  }

  get text(): string {
    return this.document.getText();
  }

  /** The lint result of this version (computed once). */
  lint(): LintResult {
    this.lintResult ??= lint(this.text, this.lintOptions);
    return this.lintResult;
  }

  /** The compiled JSON of this version (computed once; JSON documents only). */
  compiled(): CompiledJson {
    this.compiledJson ??= compileJson(this.text, this.lintOptions.dataDictionary);
    return this.compiledJson;
  }

  /** The folder of the file (where its project is looked up). */
  get folder(): string | undefined {
    return this.path === undefined ? undefined : dirname(this.path);
  }
}
