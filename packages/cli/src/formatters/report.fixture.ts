// Hand-made lint reports shared by the formatter tests.
import type { Diagnostic, Severity } from '@fieldcode/language';
import type { RuleMeta } from '@fieldcode/content';
import type { FileReport, LintReport } from '../report.js';
import { positionAt } from '../text-position.js';

export const billText = '{\n  "plainText": "Hi <${ Foo() }>",\n  "footer": "x"\n}\n';

/** A diagnostic on the `occurrence`-th match of `needle` in `text`. */
export function at(text: string, needle: string, code: string, severity: Severity, message: string, fixText?: string): Diagnostic {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`'${needle}' not in text`);
  const range = { start: positionAt(text, start), end: positionAt(text, start + needle.length) };
  const diagnostic: Diagnostic = { code, severity, message, range };
  if (fixText !== undefined) diagnostic.fix = { range, text: fixText };
  return diagnostic;
}

export const rules: RuleMeta[] = [
  {
    id: 'unknown-function',
    defaultSeverity: 'error',
    description: 'Functions must exist.',
    docs: 'docs/rules.md#unknown-function',
    fixable: false,
  },
  {
    id: 'non-canonical-delimiter',
    defaultSeverity: 'warning',
    description: 'Use <$ … $>.',
    docs: 'docs/rules.md#non-canonical-delimiter',
    fixable: true,
  },
  {
    id: 'genesys-compat',
    defaultSeverity: 'off',
    description: 'Only Genesys functions.',
    docs: 'https://example.com/rules#genesys-compat',
    fixable: false,
  },
];

export function billReport(): FileReport {
  return {
    path: '/home/ci/project/examples/bill.json',
    displayPath: 'examples/bill.json',
    text: billText,
    diagnostics: [
      at(billText, '<${ Foo() }>', 'non-canonical-delimiter', 'warning', 'Use the canonical delimiters <$ … $>.', '<$ Foo() $>'),
      at(billText, 'Foo', 'unknown-function', 'error', "Unknown function 'Foo'."),
      at(billText, '"footer"', 'genesys-compat', 'info', 'A footer is a fieldcode extension.'),
    ],
  };
}

export function cleanReport(): FileReport {
  return { path: '/home/ci/project/examples/clean.txt', displayPath: 'examples/clean.txt', text: 'Hello', diagnostics: [] };
}

export function report(files: FileReport[]): LintReport {
  return { files, cwd: '/home/ci/project', rules, version: '1.2.3' };
}
