import type { Diagnostic } from '@fieldcode/language';
import { fingerprintFindings } from '../fingerprint.js';
import type { Formatter } from '../report.js';

/** One issue of a GitLab Code Quality report. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

const severities: Record<Diagnostic['severity'], CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality JSON (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * an array of issues with a location-independent `fingerprint` (see `fingerprint.ts`), so GitLab
 * shows only the problems a merge request adds. Paths are relative to the working directory (the
 * repository root in a GitLab job). Errors are `major`, warnings `minor`, infos `info`, as
 * eslint-formatter-gitlab maps them.
 */
export const gitlab: Formatter = (report) => {
  const issues: CodeQualityIssue[] = [];
  for (const file of report.files) {
    const fingerprints = fingerprintFindings(file);
    file.diagnostics.forEach((diagnostic, index) => {
      issues.push({
        description: `${diagnostic.message} [${diagnostic.code}]`,
        check_name: diagnostic.code,
        fingerprint: fingerprints[index]!,
        severity: severities[diagnostic.severity],
        location: { path: file.displayPath, lines: { begin: diagnostic.range.start.line, end: diagnostic.range.end.line } },
      });
    });
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
