import { readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ApprovedTemplate } from '@fieldcode/content';
import { displayPath, type LoadedConfig } from './config.js';
import { content } from './content.js';
import { toPosix } from './discover.js';
import { UsageError } from './errors.js';
import { globBase, globMatcher, hasGlobSyntax } from './glob.js';
import { readTextFile } from './read-text.js';
import { formatDiagnosticLine } from './text-position.js';

/** The rules of a check against the approved templates: `template check`, `template diff` and `POST /v1/templates/check`. */
export const templateCheckCodes = ['template-approved', 'template-drift'] as const;

/** Whether a lint finding comes from one of {@link templateCheckCodes}. */
export function isTemplateCheckFinding(diagnostic: { code: string }): boolean {
  return (templateCheckCodes as readonly string[]).includes(diagnostic.code);
}

/** At most this many export files per run (a glob over a wrong folder should fail, not crawl). */
const maxExportFiles = 1000;

/**
 * The templates Meta lists, from `--templates FILE` (relative to the working directory) or the
 * config's `templates` (a path or glob relative to the config file); undefined when neither is
 * set. Every file must be a `message_templates` export (one page or a list of pages); a file that
 * is not gives a usage error with positioned findings.
 */
export async function loadTemplates(cwd: string, flag: string | undefined, loaded: LoadedConfig): Promise<ApprovedTemplate[] | undefined> {
  const pattern = flag ?? loaded.config.templates;
  if (pattern === undefined) return undefined;
  const base = flag !== undefined ? cwd : loaded.directory;
  const files = resolveExportFiles(pattern, base);
  const api = await content('validateJsonText', 'readTemplateExport');
  const templates: ApprovedTemplate[] = [];
  for (const file of files) {
    const shown = displayPath(cwd, file);
    const read = readTextFile(file, shown);
    if (read.kind !== 'text') throw new UsageError(`invalid templates export ${shown}: not a UTF-8 text file of at most 5 MB`);
    const { value, diagnostics } = api.validateJsonText(read.text, 'meta-template-list');
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) {
      throw new UsageError(
        `invalid templates export ${shown}: expected the JSON of GET /{WABA-ID}/message_templates (one page or a list of pages)`,
        errors.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)),
      );
    }
    templates.push(...api.readTemplateExport(value).templates);
  }
  return templates;
}

function resolveExportFiles(pattern: string, base: string): string[] {
  if (!hasGlobSyntax(pattern)) {
    const path = resolve(base, pattern);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined) throw new UsageError(`no such templates export: ${pattern}`);
    if (!stats.isFile()) throw new UsageError(`templates export ${pattern} is not a file`);
    return [path];
  }
  const posix = toPosix(pattern).replace(/^\.\//, '');
  const root = resolve(base, globBase(posix));
  const matches = globMatcher(posix, 'templates');
  const entries = listRecursive(root);
  if (entries === undefined) throw new UsageError(`no templates export matches '${pattern}'`);
  const files = entries
    .map((entry) => resolve(root, entry))
    .filter((file) => matches(toPosix(relative(base, file))) && statSync(file).isFile())
    .sort();
  if (files.length === 0) throw new UsageError(`no templates export matches '${pattern}'`);
  if (files.length > maxExportFiles)
    throw new UsageError(`'${pattern}' matches ${files.length} files; at most ${maxExportFiles} templates exports are read`);
  return files;
}

/** Every entry under `root` (relative paths), or undefined when `root` is not a readable directory. */
function listRecursive(root: string): string[] | undefined {
  try {
    return readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return undefined;
  }
}
