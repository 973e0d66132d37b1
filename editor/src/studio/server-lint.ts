/**
 * What only the studio server knows of the lint: the settings the config gives the open file (its
 * `overrides`, presets flattened) and the findings of the config's plugin rules, which run on the
 * server (plugins are Node modules). The page lints as you type with the built-in rules under
 * these settings and adds the server's plugin findings, so it shows what `fieldcode lint` reports.
 */
import type { Diagnostic } from '@fieldcode/language';
import type { StudioLintSettings } from '@fieldcode/content';
import { toMarker } from '../monaco/markers.js';
import { monaco } from '../monaco/setup.js';
import * as api from './api.js';
import { editor } from './dom.js';
import { configProfile, state } from './state.js';

/** Owner of the plugin findings' markers (the element owns `fieldcode`). */
const PLUGIN_MARKERS = 'fieldcode-plugins';

/** The settings the config gives the file at `path` (null: none known, the config's top level applies). */
export async function lintSettingsFor(path: string | undefined): Promise<StudioLintSettings | null> {
  return (path === undefined ? undefined : await api.lintSettings(path)) ?? null;
}

/** Gives the editor the profile, rule severities and templates export of the shown file (the config's when null). */
export function useLintSettings(settings: StudioLintSettings | null): void {
  state.fileSettings = settings;
  const profile = configProfile();
  const rules = settings?.rules ?? state.library.config.rules;
  // Assigned only when they change: a new value re-runs the lint of the text shown.
  if (editor.profile !== profile) editor.profile = profile;
  if (JSON.stringify(editor.rules) !== JSON.stringify(rules)) editor.rules = rules;
  const templates = settings?.templates;
  if (JSON.stringify(editor.templates) !== JSON.stringify(templates)) editor.templates = templates;
}

/** Reads the open file's settings again (after the config or the listing changed). */
export async function applyLintSettings(): Promise<void> {
  const current = state.current;
  const settings = await lintSettingsFor(current?.path);
  if (state.current === current) useLintSettings(settings); // else another file was shown meanwhile
}

/** The editor's findings for `text` with the server's findings of the plugin rules added (in position order). */
export async function withPluginFindings(diagnostics: readonly Diagnostic[], text: string): Promise<readonly Diagnostic[]> {
  const ids = state.library.config.pluginRules ?? [];
  const current = state.current;
  const model = editor.monacoEditor?.getModel();
  if (ids.length === 0 || current === null) {
    if (model) monaco.editor.setModelMarkers(model, PLUGIN_MARKERS, []);
    return diagnostics;
  }
  const answer = await api.lintOnServer(current.path, text);
  const found = (answer?.diagnostics ?? []).filter((diagnostic) => ids.includes(diagnostic.code));
  if (model && !model.isDisposed() && model.getValue() === text) monaco.editor.setModelMarkers(model, PLUGIN_MARKERS, found.map(toMarker));
  return [...diagnostics, ...found].sort((a, b) => a.range.start.offset - b.range.start.offset);
}
