import { printable } from '../printable.js';
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
    const name = escapeXmlAttribute(file.displayPath);
    const cases =
      file.diagnostics.length === 0
        ? [`    <testcase time="0" name="${name}" classname="${name}"/>`]
        : file.diagnostics.map((diagnostic) => {
            const { line, column } = diagnostic.range.start;
            const label = diagnostic.severity === 'error' ? 'Error' : diagnostic.severity === 'warning' ? 'Warning' : 'Info';
            // The failure text is one human-readable line: control characters are shown escaped.
            const body = printable(`${file.displayPath}:${line}:${column} ${label} - ${diagnostic.message} (${diagnostic.code})`);
            return [
              `    <testcase time="0" name="${escapeXmlAttribute(`${file.displayPath}:${line}:${column} ${diagnostic.code}`)}" classname="${name}">`,
              `      <failure type="${diagnostic.severity}" message="${escapeXmlAttribute(diagnostic.message)}">${escapeXml(body)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    const count = Math.max(file.diagnostics.length, 1);
    const failed = file.diagnostics.length;
    tests += count;
    failures += failed;
    suites.push(
      [
        `  <testsuite name="${name}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">`,
        ...cases,
        '  </testsuite>',
      ].join('\n'),
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

/**
 * Escapes an attribute value. XML parsers turn a literal newline, carriage return or tab in an
 * attribute into a space (attribute-value normalisation), so a message's line breaks would be lost
 * or, in readers that skip the rule, split a report line: they are written as character references.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
