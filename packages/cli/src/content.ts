/**
 * `@fieldcode/content`, loaded lazily so that `--help`, `--version` and usage errors never pay
 * for schema compilation, and loaded once per process.
 */
type ContentModule = typeof import('@fieldcode/content');

export type ContentApi = ContentModule;

let loading: Promise<ContentModule> | undefined;

/** Resolves the module, failing with a clear message when an export is missing (an out-of-date build). */
export async function content<K extends keyof ContentModule>(...names: K[]): Promise<Pick<ContentModule, K>> {
  loading ??= import('@fieldcode/content');
  const module = await loading;
  for (const name of names) {
    if (module[name] === undefined) throw new Error(`@fieldcode/content does not export '${String(name)}' (rebuild with 'npm run build')`);
  }
  return module;
}

/** The shipped profile names, for messages. */
export function listProfileNames(api: Pick<ContentModule, 'profileNames'>): string {
  return api.profileNames.join(', ');
}
