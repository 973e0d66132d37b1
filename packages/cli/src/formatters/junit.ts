import type { Formatter } from '../report.js';

/**
 * JUnit XML for CI test-report views: one `<testsuite>` per file and one failing `<testcase>` per
 * finding (warnings included, as ESLint's junit format does); a clean file gets one passing case.
 */
export const junit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const name = escapeXml(file.displayPath);
    const cases =
      file.diagnostics.length === 0
        ? [`    <testcase time="0" name="${name}" classname="${name}"/>`]
        : file.diagnostics.map((diagnostic) => {
            const { line, column } = diagnostic.range.start;
            const label = diagnostic.severity === 'error' ? 'Error' : diagnostic.severity === 'warning' ? 'Warning' : 'Info';
            const body = `${file.displayPath}:${line}:${column} ${label} - ${diagnostic.message} (${diagnostic.code})`;
            return [
              `    <testcase time="0" name="${escapeXml(`${file.displayPath}:${line}:${column} ${diagnostic.code}`)}" classname="${name}">`,
              `      <failure type="${diagnostic.severity}" message="${escapeXml(diagnostic.message)}">${escapeXml(body)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    const count = Math.max(file.diagnostics.length, 1);
    const failed = file.diagnostics.length;
    tests += count;
    failures += failed;
    suites.push(
      [`  <testsuite name="${name}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">`, ...cases, '  </testsuite>'].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fieldcode" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

/** Escapes XML special characters and drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
