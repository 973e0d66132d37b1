/**
 * The studio's files API as data: what `fieldcode studio` answers on `GET /api/library` and what
 * the studio page reads. One definition, shared by the server (`@fieldcode/cli`) and the page
 * (`@fieldcode/editor`), which both build on this package. Types only; nothing runs here.
 */
import type { DataDictionary, Diagnostic } from '@fieldcode/language';
import type { RuleSeverity } from './types.js';
import type { ApprovedTemplate } from './templates/approved.js';

/** The library folder's `fieldcode.config.json` as the studio applies it (the editor lints with the same job). */
export interface StudioConfig {
  /** Config file relative to the library folder (`fieldcode.config.json`, `../fieldcode.config.json`), absent when none. */
  path?: string;
  profile?: string;
  rules?: Record<string, RuleSeverity>;
  dataDictionary?: DataDictionary;
  /**
   * Ids of the rules of the config's plugins. They run on the studio server only (`POST /api/lint`):
   * the page lints as you type with the built-in rules and adds the server's findings of these.
   */
  pluginRules?: string[];
  /** Set when the config is invalid: its positioned problems (the library is then linted without it). */
  errors?: string[];
  warnings: string[];
}

/** One file of the library listing, with the lint counts of its saved version. */
export interface StudioLibraryEntry {
  /** Library-relative, `/`-separated. */
  path: string;
  size: number;
  mtimeMs: number;
  errors: number;
  warnings: number;
  infos: number;
  /** `contentType` of the structured body, `text` for plain text, absent when unknown (broken JSON). */
  contentType?: string;
  /** The envelope's `name`, for search. */
  name?: string;
  /** Content item ids (notification ids), for search. */
  ids: string[];
}

/** `GET /api/library`. */
export interface StudioLibrary {
  /** Real path of the library folder. */
  root?: string;
  config: StudioConfig;
  files: StudioLibraryEntry[];
  /** Sample-data files (`data/<name>.data.json` beside the responses), for bare bodies and `.txt` files. */
  dataFiles: string[];
}

/**
 * `POST /api/lint`: what `fieldcode lint` reports for a text at a library path (the config's
 * plugins, presets and the `overrides` matching that path applied), and the settings in force there.
 */
export interface StudioLintResult extends StudioLintSettings {
  diagnostics: Diagnostic[];
}

/** `GET /api/lint-settings?path=P`: the settings the config gives the file at a library path. */
export interface StudioLintSettings {
  /** The profile in force for the path (the config's, an override's), absent for the default. */
  profile?: string;
  /** Every rule severity in force for the path: presets and `overrides` flattened, later layers winning. */
  rules: Record<string, RuleSeverity>;
  /**
   * The templates of the config's `templates` export (Meta's message_templates listing), read as
   * `fieldcode lint` reads them: the page's lint as you type runs `template-approved` and
   * `template-drift` with them. Absent when the config names no export.
   */
  templates?: ApprovedTemplate[];
}

/** `POST /api/fix`: the text after every safe fix (nothing is written). */
export interface StudioFixResult {
  text: string;
  fixed: number;
  /** Set when a fix pass was discarded because its output would not parse. */
  refused?: 'would-not-parse';
}
