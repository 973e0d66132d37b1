import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '@fieldcode/language';
import type { RuleMeta } from '@fieldcode/content';
import { PROJECT_URL } from '../version.js';
import type { Formatter } from '../report.js';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const levels: Record<Diagnostic['severity'], SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, every known
 * rule in `tool.driver.rules`, one result per finding with a region (1-based lines and UTF-16
 * columns, end exclusive) in a file URI relative to `%SRCROOT%` (the working directory).
 */
export const sarif: Formatter = (report) => {
  const rules = new RuleTable(report.rules);
  const results = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.code,
      ruleIndex: rules.indexOf(diagnostic),
      level: levels[diagnostic.severity],
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file.displayPath),
            region: {
              startLine: diagnostic.range.start.line,
              startColumn: diagnostic.range.start.column,
              endLine: diagnostic.range.end.line,
              endColumn: diagnostic.range.end.column,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fieldcode',
            version: report.version,
            informationUri: PROJECT_URL,
            rules: rules.descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { enabled?: boolean; level: SarifLevel };
}

/** The driver's rule list; findings whose code is not a known rule get a descriptor on first use. */
class RuleTable {
  readonly descriptors: ReportingDescriptor[] = [];
  private readonly index = new Map<string, number>();

  constructor(metas: readonly RuleMeta[]) {
    for (const meta of metas) {
      const enabled = meta.defaultSeverity !== 'off';
      this.add({
        id: meta.id,
        shortDescription: { text: meta.description },
        helpUri: absoluteDocsUri(meta.docs, meta.id),
        defaultConfiguration: enabled
          ? { level: levels[meta.defaultSeverity as Diagnostic['severity']] }
          : { enabled: false, level: 'warning' },
      });
    }
  }

  indexOf(diagnostic: Diagnostic): number {
    const known = this.index.get(diagnostic.code);
    if (known !== undefined) return known;
    return this.add({
      id: diagnostic.code,
      shortDescription: { text: diagnostic.code },
      helpUri: absoluteDocsUri('', diagnostic.code),
      defaultConfiguration: { level: levels[diagnostic.severity] },
    });
  }

  private add(descriptor: ReportingDescriptor): number {
    if (this.index.has(descriptor.id)) return this.index.get(descriptor.id)!;
    this.descriptors.push(descriptor);
    this.index.set(descriptor.id, this.descriptors.length - 1);
    return this.descriptors.length - 1;
  }
}

/** SARIF requires absolute `helpUri`s; rule docs may be given relative to the repository root. */
export function absoluteDocsUri(docs: string, ruleId: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(docs)) return docs;
  const path = docs === '' ? `docs/rules.md#${ruleId}` : docs.replace(/^\.?\//, '');
  return `${PROJECT_URL}/${path}`;
}

/** A file under the working directory is relative to `%SRCROOT%`; any other gets an absolute `file:` URI. */
function artifactLocation(displayPath: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(displayPath)) return { uri: pathToFileURL(displayPath).href };
  return { uri: encodeUriPath(displayPath), uriBaseId: '%SRCROOT%' };
}

/** Percent-encodes each path segment so the URI is a valid `uri-reference`. */
function encodeUriPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
