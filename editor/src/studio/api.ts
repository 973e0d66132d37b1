/** The studio page's calls to the studio server's files API (`fieldcode studio`). */
import type { StudioFixResult, StudioLibrary, StudioLintResult, StudioLintSettings } from '@fieldcode/content';

export interface OpenedFile {
  text: string;
  etag: string;
}

/** A write refused because the file changed (or appeared, or went away) on disk. */
export interface Conflict {
  kind: 'changed' | 'exists' | 'deleted';
  /** The version on disk now (for `changed`). */
  text?: string;
  etag?: string;
  message: string;
}

export type WriteOutcome = { ok: true; etag: string } | { ok: false; conflict: Conflict } | { ok: false; error: string };

const fileUrl = (path: string): string => `/api/file?path=${encodeURIComponent(path)}`;

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

export async function fetchLibrary(): Promise<StudioLibrary> {
  const response = await fetch('/api/library');
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as StudioLibrary;
}

export async function readFile(path: string): Promise<OpenedFile> {
  const response = await fetch(fileUrl(path));
  if (!response.ok) throw new Error(await errorOf(response));
  return { text: await response.text(), etag: response.headers.get('etag') ?? '' };
}

/** Writes `text`: over the version `etag` (Save), or only when no file exists (`etag` null: New, Save as, Upload, Duplicate). */
export async function writeFile(path: string, text: string, etag: string | null): Promise<WriteOutcome> {
  const response = await fetch(fileUrl(path), {
    method: 'PUT',
    headers: { 'content-type': 'text/plain; charset=utf-8', ...(etag === null ? { 'if-none-match': '*' } : { 'if-match': etag }) },
    body: text,
  });
  if (response.ok) return { ok: true, etag: ((await response.json()) as { etag: string }).etag };
  if (response.status === 412) {
    const body = (await response.json()) as { error: string; etag?: string; text?: string | null; exists?: boolean; deleted?: boolean };
    const kind = body.exists ? 'exists' : body.deleted ? 'deleted' : 'changed';
    const conflict: Conflict = { kind, message: body.error };
    if (typeof body.text === 'string') conflict.text = body.text;
    if (body.etag !== undefined) conflict.etag = body.etag;
    return { ok: false, conflict };
  }
  return { ok: false, error: await errorOf(response) };
}

export async function deleteFile(path: string, etag: string): Promise<{ ok: boolean; error?: string; conflict?: boolean }> {
  const response = await fetch(fileUrl(path), { method: 'DELETE', headers: { 'if-match': etag } });
  if (response.ok) return { ok: true };
  return { ok: false, error: await errorOf(response), conflict: response.status === 412 };
}

export async function renameFile(from: string, to: string): Promise<{ ok: boolean; error?: string }> {
  const response = await fetch('/api/rename', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, to }),
  });
  return response.ok ? { ok: true } : { ok: false, error: await errorOf(response) };
}

/** Applies every safe fix (the `--fix` core, on the server, under the folder's config). */
export async function fixAll(path: string, text: string): Promise<StudioFixResult> {
  const response = await fetch('/api/fix', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path, text }),
  });
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as StudioFixResult;
}

export async function searchText(query: string): Promise<string[]> {
  const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`);
  if (!response.ok) return [];
  return ((await response.json()) as { matches: string[] }).matches;
}

/** The profile and rule severities the folder's config gives a file (its `overrides` applied); undefined when unavailable. */
export async function lintSettings(path: string): Promise<StudioLintSettings | undefined> {
  const response = await fetch(`/api/lint-settings?path=${encodeURIComponent(path)}`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as StudioLintSettings) : undefined;
}

/** What `fieldcode lint` reports for `text` at `path` (plugins included); undefined when unavailable. */
export async function lintOnServer(path: string, text: string): Promise<StudioLintResult | undefined> {
  const response = await fetch('/api/lint', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path, text }),
  }).catch(() => undefined);
  return response?.ok ? ((await response.json()) as StudioLintResult) : undefined;
}
