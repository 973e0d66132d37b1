/**
 * The parts of `@fieldcode/content` the CLI uses, loaded lazily so that `--help`, `--version`
 * and usage errors never pay for schema compilation.
 */
import type { DataDictionary, Diagnostic, RenderData } from '@fieldcode/language';
import type {
  FieldcodeConfig,
  LimitProfile,
  LintOptions,
  LintResult,
  RenderStandardResponseOptions,
  RenderStandardResponseResult,
  RuleMeta,
  SchemaName,
  StandardResponse,
} from '@fieldcode/content';

/** Result of applying safe fixes to a text. */
export interface ApplyFixesResult {
  text: string;
  applied: readonly unknown[] | number;
  skipped: readonly unknown[] | number;
}

export interface ContentApi {
  lint(text: string, options?: LintOptions): LintResult;
  applyFixes(text: string, diagnostics: readonly Diagnostic[]): ApplyFixesResult;
  ruleMetas: readonly RuleMeta[];
  validateJsonText(text: string, schema: SchemaName): { value: unknown; diagnostics: Diagnostic[] };
  dataDictionaryFromSchema(schema: unknown): DataDictionary;
  getProfile(name: string): LimitProfile | undefined;
  /** The shipped profile names (a list; older builds exposed a function). */
  profileNames: readonly string[] | (() => readonly string[]);
  schemas: Readonly<Record<string, unknown>>;
  getSchema(name: string): unknown;
  renderStandardResponse(sr: StandardResponse, data: RenderData, options?: RenderStandardResponseOptions): RenderStandardResponseResult;
  parseInviteToChat(text: string): { request: unknown; diagnostics: Diagnostic[] };
  inviteToChatToRenderData(request: unknown): RenderData;
}

export type { FieldcodeConfig };

let loading: Promise<Partial<ContentApi>> | undefined;

/** Loads `@fieldcode/content` once. */
function loadModule(): Promise<Partial<ContentApi>> {
  loading ??= import('@fieldcode/content').then((module) => module as unknown as Partial<ContentApi>);
  return loading;
}

/**
 * Returns the named exports, failing with a clear message when the installed
 * `@fieldcode/content` lacks one (an out-of-date build).
 */
export async function content<K extends keyof ContentApi>(...names: K[]): Promise<Pick<ContentApi, K>> {
  const module = await loadModule();
  for (const name of names) {
    if (module[name] === undefined) throw new Error(`@fieldcode/content does not export '${name}' (rebuild with 'npm run build')`);
  }
  return module as Pick<ContentApi, K>;
}

/** The shipped profile names, whichever form `profileNames` has. */
export function listProfileNames(api: Pick<ContentApi, 'profileNames'>): string {
  const names = typeof api.profileNames === 'function' ? api.profileNames() : api.profileNames;
  return names.join(', ');
}
