/**
 * Inline suppressions (docs/rules.md#suppressions). JSON has no comments, so a response disables
 * rules with a property: `"x-fieldcode-disable": [{ "rules": ["body-length"], "reason": "…" }]`.
 * The object holding it is the scope: the root object (envelope or bare structured body) covers
 * the whole file, any other object (a `content` item, a list row, a card button) the findings that
 * start inside it. Where the property may stand is the schemas' business (the `schema` rule
 * reports a misplaced or malformed one); this reader takes every well-formed entry it finds.
 */
import type { Diagnostic } from '@fieldcode/language';
import { SUPPRESSION_KEY } from '../message/template-keys.js';
import { arrayItems, propertyNode, type JsonNode } from './json/tree.js';

/** One rule id of a suppression entry. */
export interface SuppressedRule {
  /** The rule id as written. */
  id: string;
  /** The string node of the id (where `unused-suppression` and `unknown-suppression-rule` report). */
  node: JsonNode;
  /** Set when it suppressed at least one finding. */
  used: boolean;
}

/** The suppressions held by one object. */
export interface Suppression {
  /** The object holding `x-fieldcode-disable`. */
  holder: JsonNode;
  /** What the holder is, for messages: the whole response, a structured body or an item. */
  scope: 'response' | 'structured body' | 'item';
  /** Every rule id of its well-formed entries, in file order. */
  rules: SuppressedRule[];
}

/**
 * The suppressions of a parsed JSON file, innermost first (an item's before the response's), so a
 * finding is credited to the closest one. Entries without a non-blank `reason` or without a
 * `rules` list of strings suppress nothing (the schema rule reports them).
 */
export function readSuppressions(root: JsonNode | undefined): Suppression[] {
  const found: Suppression[] = [];
  const visit = (node: JsonNode): void => {
    if (node.type === 'object') {
      const property = propertyNode(node, SUPPRESSION_KEY);
      if (property !== undefined) {
        const rules = arrayItems(property).flatMap(entryRules);
        if (rules.length > 0) found.push({ holder: node, scope: scopeOf(node, root), rules });
      }
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value && key.value !== SUPPRESSION_KEY) visit(value);
      }
    } else if (node.type === 'array') {
      for (const element of node.children ?? []) visit(element);
    }
  };
  if (root !== undefined) visit(root);
  // Deeper objects come later in a pre-order walk; a stable sort by span puts inner scopes first.
  return found.sort((a, b) => a.holder.length - b.holder.length);
}

function entryRules(entry: JsonNode): SuppressedRule[] {
  const reason = propertyNode(entry, 'reason');
  if (reason?.type !== 'string' || String(reason.value).trim() === '') return [];
  const ids = arrayItems(propertyNode(entry, 'rules'));
  if (ids.length === 0 || ids.some((id) => id.type !== 'string' || id.value === '')) return [];
  return ids.map((node) => ({ id: String(node.value), node, used: false }));
}

function scopeOf(holder: JsonNode, root: JsonNode | undefined): Suppression['scope'] {
  if (holder === root) return 'response';
  const key = holder.parent?.type === 'property' ? holder.parent.children?.[0]?.value : undefined;
  return key === 'structured' ? 'structured body' : 'item';
}

function covers(suppression: Suppression, offset: number): boolean {
  if (suppression.scope === 'response') return true;
  const { offset: start, length } = suppression.holder;
  return offset >= start && offset < start + length;
}

/**
 * The findings no suppression covers. A finding is suppressed by the innermost suppression whose
 * scope holds its start and that names its rule; that rule id is marked used. Only findings for
 * which `suppressible(code)` holds are considered (never an internal error).
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  suppressions: readonly Suppression[],
  suppressible: (code: string) => boolean,
): Diagnostic[] {
  if (suppressions.length === 0) return [...diagnostics];
  return diagnostics.filter((diagnostic) => {
    if (!suppressible(diagnostic.code)) return true;
    for (const suppression of suppressions) {
      if (!covers(suppression, diagnostic.range.start.offset)) continue;
      const rule = suppression.rules.find((r) => r.id === diagnostic.code);
      if (rule === undefined) continue;
      rule.used = true;
      return false;
    }
    return true;
  });
}
