/**
 * The WhatsApp template (templates/model.ts) of the file view a rule runs on: the main structured
 * body, or the language variant the engine is linting. It is read from the view's compiled
 * message model (the one the length and structure rules read), so the template rules, `template
 * export` and the renderer see the same parts, variables and parameters. Shared by the template-* rules.
 */
import { getNodeValue } from 'jsonc-parser';
import { templateOfResponse, type ResponseTemplate } from '../templates/model.js';
import type { CompiledResponse } from '../message/response.js';
import type { LintFile } from './file.js';
import { nodeAtPointer } from './json/pointer.js';
import type { JsonNode } from './json/tree.js';
import type { Problem, RuleContext } from './rule.js';
import type { Severity } from '@fieldcode/language';

/** The parsed file of a root, computed once per lint of a file (the envelope's template metadata). */
const values = new WeakMap<JsonNode, unknown>();
/** The template of each compiled view, computed once (all template rules share it). */
const templates = new WeakMap<CompiledResponse, { template: ResponseTemplate | undefined }>();

function valueOf(root: JsonNode): unknown {
  if (!values.has(root)) values.set(root, getNodeValue(root));
  return values.get(root);
}

/** The template of the view the rule runs on, or undefined when that view is not a notification. */
export function viewTemplate(context: RuleContext): ResponseTemplate | undefined {
  const file: LintFile = context.file;
  const response = file.response;
  if (file.kind !== 'json' || !file.structured || !file.root || response === undefined || response.model === response.plain)
    return undefined;
  let entry = templates.get(response);
  if (entry === undefined) {
    entry = { template: templateOfResponse(response, valueOf(file.root), file.variant?.language) };
    templates.set(response, entry);
  }
  return entry.template;
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
