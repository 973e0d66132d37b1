/** What the studio page knows at a time: the library listing and the open file. */
import type { RenderData } from '@fieldcode/language';
import type { StudioLibrary, StudioLintSettings } from '@fieldcode/content';
import { editor } from './dom.js';

/** The open file: its path, the text and ETag of the version on disk, and how it is edited. */
export interface OpenFile {
  path: string;
  savedText: string;
  /** ETag of the version on disk; null when the file does not exist on disk (deleted meanwhile). */
  etag: string | null;
  kind: 'json' | 'text';
  /**
   * The editor's `contentVersion` when its text was the saved one (set by show() and save());
   * undefined while not known (a restored draft): the file counts as changed.
   */
  savedVersion?: number;
}

export const state: {
  library: StudioLibrary;
  current: OpenFile | null;
  /** Paths whose text matches the search on the server (null: no text search running). */
  textMatches: Set<string> | null;
  /** The sample data last read from or written to the file, to tell the author's edits from our own. */
  panelData: RenderData;
  /** The settings the config gives the open file (its `overrides` applied), from the server. */
  fileSettings: StudioLintSettings | null;
  /** A file is being shown (its settings are on the way): findings of the text still in the editor are stale. */
  opening: boolean;
} = {
  library: { config: { warnings: [] }, files: [], dataFiles: [] },
  current: null,
  textMatches: null,
  panelData: {},
  fileSettings: null,
  opening: false,
};

/** Key of the library's drafts in local storage (its real path, else the page's host). */
export const libraryKey = (): string => state.library.root ?? location.host;
export const kindOf = (path: string): 'json' | 'text' => (path.endsWith('.txt') ? 'text' : 'json');
/**
 * Whether the open file has unsaved changes: the editor's text is at another version than the one
 * saved (O(1) for a 2 MB text; undo back to the saved state gives its version back, so it is clean
 * again; typing a character and deleting it is a change, as in VS Code).
 */
export const isDirty = (): boolean => state.current !== null && editor.contentVersion !== state.current.savedVersion;
/** The profile the folder's config sets for the open file (an override's, the config's, or the default). */
export const configProfile = (): string => state.fileSettings?.profile ?? state.library.config.profile ?? 'whatsapp';
