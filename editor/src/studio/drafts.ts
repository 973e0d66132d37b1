/**
 * Unsaved drafts in local storage, per library and file: written while a file has unsaved
 * changes, removed when it is saved or the draft is discarded, restored when the file is opened
 * again (after a reload or a crash).
 */

export interface Draft {
  text: string;
  /** ETag of the version the draft was made from. */
  baseEtag: string;
  savedAt: number;
}

const prefix = 'fieldcode-studio:draft:';

function key(library: string, path: string): string {
  return `${prefix}${library}\u0000${path}`;
}

/** Storage may be missing or full (private windows, quotas): drafts are then simply not kept. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(library: string, path: string): Draft | undefined {
  const raw = storage()?.getItem(key(library, path));
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as Partial<Draft>;
    return typeof draft.text === 'string' && typeof draft.baseEtag === 'string' && typeof draft.savedAt === 'number'
      ? { text: draft.text, baseEtag: draft.baseEtag, savedAt: draft.savedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(library: string, path: string, draft: Draft): boolean {
  try {
    storage()?.setItem(key(library, path), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function dropDraft(library: string, path: string): void {
  storage()?.removeItem(key(library, path));
}

/** Paths of the library that have a draft. */
export function draftPaths(library: string): Set<string> {
  const found = new Set<string>();
  const store = storage();
  if (!store) return found;
  const start = `${prefix}${library}\u0000`;
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (name?.startsWith(start)) found.add(name.slice(start.length));
  }
  return found;
}
