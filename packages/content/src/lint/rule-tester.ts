/**
 * RuleTester: the one way rules are tested (ESLint's RuleTester, adapted). A test file lists
 * `valid` cases (the rule reports nothing) and `invalid` cases with the exact expected reports:
 * message id (and its data), the source text the range highlights, optionally severity and JSON
 * path, the suggestions (message id and the file with each applied), and the text after applying
 * the fixes (`output`; left out = the rule offers no fix).
 *
 * It runs the rule alone through the lint engine, so `meta.fixable`, `meta.messages` and
 * `meta.appliesTo` are enforced as in production: a fix from a rule that is not fixable, an
 * unknown message id or missing message data is an internal error, and the case fails. Reports
 * and suggestions must use message ids.
 *
 * Test frameworks plug in through `RuleTester.describe` / `RuleTester.it` (vitest, mocha and
 * jest provide global ones; pass them in when they are not global).
 */
import type { Diagnostic, Severity } from '@fieldcode/language';
import type { LintOptions } from '../types.js';
import { applyFixes } from './apply-fixes.js';
import { fileKind, INTERNAL_ERROR, lintWithRules } from './engine.js';
import type { Rule } from './rule.js';

/** A file the rule must accept without any report. */
export interface ValidCase {
  /** Shown as the test name (default: the code). */
  name?: string;
  /** The whole file text (JSON, or field-code text with `options.kind: 'text'`). */
  code: string;
  options?: LintOptions;
}

/** One expected report, in the order the lint sorts them (by position). */
export interface ExpectedReport {
  messageId: string;
  /** The data the message was worded with (compared when given). */
  data?: Record<string, string | number>;
  /** Exactly the file text the report's range covers. */
  highlighted: string;
  severity?: Severity;
  path?: string;
  /**
   * The report's suggestions, in order; required when the rule offers any (as in ESLint's
   * RuleTester). Each names its message id and the file with that one suggestion applied.
   */
  suggestions?: ExpectedSuggestion[];
}

/** One expected suggestion of a report. */
export interface ExpectedSuggestion {
  messageId: string;
  /** The data the suggestion was worded with (compared when given). */
  data?: Record<string, string | number>;
  /** The whole file text after applying this suggestion alone. */
  output: string;
}

/** A file the rule must report on, exactly as listed. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
  /** The file after applying every fix; left out when the rule must offer no fix. */
  output?: string;
}

type Block = (name: string, body: () => void) => void;

type Data = Readonly<Record<string, string | number>>;

/** A report of the rule with the message id and data it was worded from (and its suggestions'). */
export interface TracedReport {
  diagnostic: Diagnostic;
  messageId?: string;
  data?: Data;
  suggestions?: Array<{ messageId?: string; data?: Data }>;
}

/** Thrown when a case does not hold; the message shows what was expected and what was reported. */
export class RuleTesterError extends Error {
  override readonly name = 'RuleTesterError';
}

function fail(message: string, expected: unknown, actual: unknown): never {
  throw new RuleTesterError(`${message}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function globalBlock(name: 'describe' | 'it'): Block {
  return (title, body) => {
    const block = (globalThis as Record<string, unknown>)[name];
    if (typeof block !== 'function') throw new RuleTesterError(`RuleTester.${name} is not set and there is no global ${name}()`);
    (block as Block)(title, body);
  };
}

export class RuleTester {
  /** Groups the cases of one rule (default: the global `describe`). */
  static describe: Block = globalBlock('describe');
  /** Runs one case (default: the global `it`). */
  static it: Block = globalBlock('it');

  constructor(private readonly defaults: LintOptions = {}) {}

  /** Declares one test per case. */
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    RuleTester.describe(rule.meta.id, () => {
      for (const testCase of cases.valid) {
        RuleTester.it(`valid: ${testCase.name ?? testCase.code}`, () => this.checkValid(rule, testCase));
      }
      for (const testCase of cases.invalid) {
        RuleTester.it(`invalid: ${testCase.name ?? testCase.code}`, () => this.checkInvalid(rule, testCase));
      }
    });
  }

  /** Lints `code` with `rule` alone; every report with its message id and data. */
  lintCase(rule: Rule, testCase: ValidCase): TracedReport[] {
    const options: LintOptions = { ...this.defaults, ...testCase.options };
    const id = rule.meta.id;
    // A rule that is off by default is tested as configured on.
    if (rule.meta.defaultSeverity === 'off' && options.rules?.[id] === undefined) options.rules = { ...options.rules, [id]: 'warning' };
    const traced = new Map<Diagnostic, Omit<TracedReport, 'diagnostic'>>();
    const result = lintWithRules([rule], testCase.code, options, (diagnostic, problem) => traced.set(diagnostic, problem));
    const internal = result.diagnostics.filter((d) => d.code === INTERNAL_ERROR);
    if (internal.length > 0)
      fail(
        `${id}: the rule failed`,
        [],
        internal.map((d) => d.message),
      );
    return result.diagnostics.map((diagnostic) => ({ diagnostic, ...traced.get(diagnostic) }));
  }

  private checkValid(rule: Rule, testCase: ValidCase): void {
    const reports = this.lintCase(rule, testCase);
    if (reports.length > 0)
      fail(
        `${rule.meta.id}: expected no report`,
        [],
        reports.map((r) => r.diagnostic.message),
      );
  }

  private checkInvalid(rule: Rule, testCase: InvalidCase): void {
    if (testCase.errors.length === 0) throw new RuleTesterError('an invalid case lists at least one expected report');
    const reports = this.lintCase(rule, testCase);
    const actual = reports.map((report, i) => {
      const { diagnostic } = report;
      if (report.messageId === undefined)
        fail(`${rule.meta.id}: every report must use a messageId of meta.messages`, testCase.errors[i]?.messageId, diagnostic.message);
      const expected = testCase.errors[i];
      const shown: Record<string, unknown> = {
        messageId: report.messageId,
        highlighted: testCase.code.slice(diagnostic.range.start.offset, diagnostic.range.end.offset),
      };
      if (expected?.data !== undefined) shown['data'] = report.data;
      if (expected?.severity !== undefined) shown['severity'] = diagnostic.severity;
      if (expected?.path !== undefined) shown['path'] = diagnostic.path;
      const suggestions = diagnostic.suggestions ?? [];
      if (suggestions.length > 0 || expected?.suggestions !== undefined) {
        if (suggestions.length > 0 && expected?.suggestions === undefined)
          fail(`${rule.meta.id}: report ${i + 1} offers suggestions; list them in its 'suggestions'`, undefined, suggestions);
        shown['suggestions'] = suggestions.map((suggestion, j) => {
          const traced = report.suggestions?.[j];
          if (traced?.messageId === undefined)
            fail(`${rule.meta.id}: every suggestion must use a messageId of meta.messages`, expected?.suggestions?.[j], suggestion.message);
          const { start, end } = suggestion.fix.range;
          const one: Record<string, unknown> = {
            messageId: traced.messageId,
            output: testCase.code.slice(0, start.offset) + suggestion.fix.text + testCase.code.slice(end.offset),
          };
          if (expected?.suggestions?.[j]?.data !== undefined) one['data'] = traced.data;
          return one;
        });
      }
      return shown;
    });
    const wanted = testCase.errors.map((e) => {
      const shown: Record<string, unknown> = { messageId: e.messageId, highlighted: e.highlighted };
      if (e.data !== undefined) shown['data'] = e.data;
      if (e.severity !== undefined) shown['severity'] = e.severity;
      if (e.path !== undefined) shown['path'] = e.path;
      if (e.suggestions !== undefined)
        shown['suggestions'] = e.suggestions.map((suggestion) => {
          const one: Record<string, unknown> = { messageId: suggestion.messageId, output: suggestion.output };
          if (suggestion.data !== undefined) one['data'] = suggestion.data;
          return one;
        });
      return shown;
    });
    if (!same(actual, wanted)) fail(`${rule.meta.id}: reports differ`, wanted, actual);

    const fixes = reports.filter((r) => r.diagnostic.fix !== undefined);
    if (testCase.output === undefined) {
      if (fixes.length > 0)
        fail(
          `${rule.meta.id}: the case has no output, but the rule offers fixes`,
          [],
          fixes.map((r) => r.diagnostic.fix),
        );
      return;
    }
    const fixed = applyFixes(
      testCase.code,
      reports.map((r) => r.diagnostic),
      { kind: fileKind({ ...this.defaults, ...testCase.options }) },
    ).text;
    if (fixed !== testCase.output) fail(`${rule.meta.id}: the fixed text differs`, testCase.output, fixed);
  }
}
