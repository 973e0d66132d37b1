/**
 * The WhatsApp template (templates/model.ts) of the file view a rule runs on: the main structured
 * body, or the language variant the engine is linting. Shared by the template-* rules.
 */
import { getNodeValue } from 'jsonc-parser';
import { responseTemplates, type ResponseTemplate } from '../templates/model.js';
import type { LintFile } from './file.js';
import { nodeAtPointer } from './json/pointer.js';
import type { JsonNode } from './json/tree.js';
import type { Problem, RuleContext } from './rule.js';
import type { Severity } from '@fieldcode/language';

/** Templates per file root, computed once per lint of a file (all rules and variants share them). */
const cache = new WeakMap<JsonNode, ResponseTemplate[]>();

function templatesOf(file: LintFile): ResponseTemplate[] {
  const root = file.root;
  if (!root) return [];
  let list = cache.get(root);
  if (!list) {
    list = responseTemplates(getNodeValue(root));
    cache.set(root, list);
  }
  return list;
}

/** The template of the view the rule runs on, or undefined when that view is not a notification. */
export function viewTemplate(context: RuleContext): ResponseTemplate | undefined {
  const file = context.file;
  if (file.kind !== 'json' || !file.structured) return undefined;
  return templatesOf(file).find((t) => t.structuredPointer === file.structured!.pointer);
}

/** The envelope's `category`, when the file declares one (the template is meant for Meta's review). */
export function declaredCategory(context: RuleContext): string | undefined {
  return viewTemplate(context)?.category;
}

/**
 * Reports at a JSON pointer of the file: inside the string (decoded `start`/`end`) when the
 * pointer names a template string, else on the node (its nearest existing ancestor).
 */
export function reportAt(
  context: RuleContext,
  problem: { path: string; start?: number; end?: number; severity?: Severity; messageId: string; data?: Problem['data'] },
): void {
  const root = context.file.root;
  if (!root) return;
  const { node } = nodeAtPointer(root, problem.path);
  const template = context.file.templateOf(node);
  const base: Problem = {
    messageId: problem.messageId,
    path: problem.path,
    ...(problem.data ? { data: problem.data } : {}),
    ...(problem.severity ? { severity: problem.severity } : {}),
  };
  if (template) {
    context.report({
      ...base,
      template,
      ...(problem.start !== undefined ? { start: problem.start } : {}),
      ...(problem.end !== undefined ? { end: problem.end } : {}),
    });
  } else {
    context.report({ ...base, node });
  }
}
