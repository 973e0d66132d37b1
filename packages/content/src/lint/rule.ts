/** The ESLint-style rule API of the lint core. */
import { ownValue, type AnalyzeResult, type DataDictionary, type Severity } from '@fieldcode/language';
import type { FileScope, Limit, LimitId, LimitProfile, LintOptions, RuleMeta } from '../types.js';
import type { LintFile, TemplateText } from './file.js';
import type { JsonNode } from './json/tree.js';
import type { ParseResult } from './language.js';
import type { Suppression } from './suppressions.js';

/** A replacement in the FILE text (offsets). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * What a rule reports. Position it with exactly one of: `template` (+ optional decoded
 * `start`/`end` inside it, default its whole content), `node` (a JSON node), or `range` (file offsets).
 */
export interface Problem {
  /** The id of one of the rule's `meta.messages`; the engine words the message from it and `data`. */
  messageId?: string;
  /** Values of the message template's `{{name}}` placeholders. */
  data?: Readonly<Record<string, string | number>>;
  /** Wording given directly, for rules without `meta.messages`. */
  message?: string;
  /** Defaults to the rule's default severity; a config override always wins. */
  severity?: Severity;
  template?: TemplateText;
  start?: number;
  end?: number;
  node?: JsonNode;
  range?: { start: number; end: number };
  /** JSON pointer; defaults to the template's pointer. */
  path?: string;
  fix?: TextEdit;
  /** Edits offered to the author, never applied by `--fix` (ESLint's suggestions). */
  suggestions?: ProblemSuggestion[];
}

/**
 * One suggestion of a report: worded like the report, by a `messageId` of the rule's
 * `meta.messages` with `data` (or, for rules without `meta.messages`, a `message`).
 */
export interface ProblemSuggestion {
  messageId?: string;
  data?: Readonly<Record<string, string | number>>;
  message?: string;
  fix: TextEdit;
}

export interface RuleContext {
  readonly file: LintFile;
  readonly profile: LimitProfile;
  readonly options: LintOptions;
  readonly dataDictionary?: DataDictionary;
  report(problem: Problem): void;
  /** Parse of a template (cached per file). */
  parse(template: TemplateText): ParseResult;
  /** `analyze()` of a template in the profile's length unit (cached per file). */
  analyze(template: TemplateText): AnalyzeResult;
  /** Length of a text in the profile's unit. */
  measure(text: string): number;
  /** Line and column of a file offset. */
  positionAt(offset: number): { line: number; column: number };
  /** A limit of the active profile, or undefined when the channel has none. */
  limit(id: LimitId): Limit | undefined;
  /**
   * The file's suppressions, innermost first, with the rule ids that suppressed a finding marked
   * `used`; given only to rules whose `meta.readsSuppressions` is set (empty otherwise).
   */
  readonly suppressions: readonly Suppression[];
  /** Every rule id of this run (built-in and plugin rules), for rules that check rule ids. */
  readonly ruleIds: ReadonlySet<string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** What most rules read: every standard response that parses, and each language variant of an envelope. */
export const STANDARD_RESPONSE_FILES: readonly FileScope[] = Object.freeze([
  'structured-body',
  'envelope',
  'plain-text',
  'language-variant',
]);

/**
 * Builds a rule's metadata with the docs link derived from its id; `appliesTo` defaults to
 * {@link STANDARD_RESPONSE_FILES}.
 */
export function ruleMeta(meta: Omit<RuleMeta, 'docs' | 'appliesTo'> & { appliesTo?: readonly FileScope[] }): RuleMeta {
  return { ...meta, appliesTo: meta.appliesTo ?? STANDARD_RESPONSE_FILES, docs: `docs/rules.md#${meta.id}` };
}

/**
 * A message of `meta.messages` worded with its data: each `{{name}}` replaced by `data.name`. The
 * one wording step of reports, suggestions and the JSON reader's findings; a missing value calls
 * `missing` (a rule's bug: it throws).
 */
export function fillMessage(
  template: string,
  data: Readonly<Record<string, string | number>> | undefined,
  missing: (name: string) => never = (name) => {
    throw new Error(`message data '${name}' is missing`);
  },
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = ownValue(data, name);
    return value === undefined ? missing(name) : String(value);
  });
}
