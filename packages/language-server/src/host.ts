/**
 * What the language server needs from its host (the `fieldcode` command): the project settings
 * that `fieldcode lint` applies to a file, and the fix loop of `fieldcode lint --fix`. The server
 * itself never reads a config: the CLI owns that, so the editor and CI read a project the same way.
 */
import type { LintOptions, LintResult } from '@fieldcode/content';

/** The lint settings of one project (one `fieldcode.config.json`, or none). */
export interface ProjectSettings {
  /** Absolute path of the config file; absent when the file has no config. */
  configPath?: string;
  /** Directory that relative paths are shown against (the config's folder). */
  directory: string;
  /**
   * Profile, plugins, rules, data dictionary and templates of the file at this absolute path (or of
   * an untitled file), as `fieldcode lint` passes them to the lint core: the config's `overrides`
   * that match the path apply.
   */
  lintOptionsFor(filePath: string | undefined): Omit<LintOptions, 'filePath' | 'kind'>;
  /** True when `fieldcode lint` would lint this file (not ignored, not a data, schema or config file). */
  includes(filePath: string): boolean;
  /** Files besides the config whose change reloads the settings (the data schema, templates exports). */
  watchedFiles: readonly string[];
}

/** A config that could not be loaded: what `fieldcode lint` prints, and where. */
export class ProjectError extends Error {
  constructor(
    message: string,
    /** The config (or data schema, templates export) at fault. */
    readonly filePath: string,
    /** Positioned detail lines (`file:line:col severity message [code]`). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ProjectError';
  }
}

/** The services the host provides. */
export interface ProjectHost {
  /** The nearest `fieldcode.config.json` at or above the file's folder, or undefined. */
  findConfig(filePath: string): string | undefined;
  /** Loads a project's settings; rejects with a {@link ProjectError} when the config is invalid. */
  loadProject(configPath: string | undefined, directory: string): Promise<ProjectSettings>;
  /** Applies every safe fix until none remains (the one fix loop of `--fix`); returns the fixed text. */
  fixAll(text: string, options: LintOptions, shownPath: string): { text: string; result: LintResult };
  /** Absolute documentation URL of a diagnostic code (a rule), or undefined. */
  docsUrl(code: string): string | undefined;
}
