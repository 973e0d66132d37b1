// Every rule is documented, exemplified and tested: instead of a hard-coded rule count, each rule
// of the catalog must have its section in docs/rules.md with a failing example (`… → …`), and a
// test file next to it that uses the RuleTester.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from './index.js';

const docs = readFileSync(fileURLToPath(new URL('../../../../../docs/rules.md', import.meta.url)), 'utf8');
const testFile = (id: string) => fileURLToPath(new URL(`./${id}.test.ts`, import.meta.url));

/** The text of the `## id` section of docs/rules.md, or undefined. */
function section(id: string): string | undefined {
  const start = docs.indexOf(`\n## ${id}\n`);
  if (start < 0) return undefined;
  const next = docs.indexOf('\n## ', start + 1);
  return docs.slice(start, next < 0 ? undefined : next);
}

/**
 * Whether `text` holds a wording of `template`: its literal pieces in order, each `{{name}}` gap
 * at most 300 characters. A hand scan (no dynamic RegExp); whitespace is compared collapsed, as
 * the docs wrap long messages.
 */
function exemplifies(text: string, template: string): boolean {
  const pieces = template.split(/\{\{\s*\w+\s*\}\}/).filter((piece) => piece.trim() !== '');
  if (pieces.length === 0) return true;
  const from = (at: number, i: number): boolean => {
    if (i === pieces.length) return true;
    for (let found = text.indexOf(pieces[i]!, at); found >= 0; found = text.indexOf(pieces[i]!, found + 1)) {
      if (i > 0 && found - at > 300) return false;
      if (from(found + pieces[i]!.length, i + 1)) return true;
    }
    return false;
  };
  return from(0, 0);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('rule kit: every rule is documented and tested', () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s has a docs/rules.md section with a failing example', (id, rule) => {
    const text = section(id);
    expect(text, `docs/rules.md has no "## ${id}" section`).toBeDefined();
    expect(text!.includes('→'), `the "## ${id}" section has no failing example (\`input\` → report)`).toBe(true);
    expect(rule.meta.docs).toBe(`docs/rules.md#${id}`);
    // The example shows a message the rule really words (one of its meta.messages).
    const messages = Object.values(rule.meta.messages ?? {});
    expect(
      messages.some((template) => exemplifies(collapse(text!), collapse(template))),
      `the "## ${id}" section quotes none of the rule's meta.messages`,
    ).toBe(true);
  });

  it.each(rules.map((rule) => [rule.meta.id] as const))('%s has a test file that uses the RuleTester', (id) => {
    expect(existsSync(testFile(id)), `packages/content/src/lint/rules/${id}.test.ts is missing`).toBe(true);
    const usesTester = readFileSync(testFile(id), 'utf8').includes('new RuleTester(');
    expect(usesTester, `${id}.test.ts must use the RuleTester`).toBe(true);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s words its reports through meta.messages', (_, rule) => {
    // Every report names a message id (the RuleTester fails a report without one); the ids exist.
    expect(Object.keys(rule.meta.messages ?? {}).length).toBeGreaterThan(0);
  });
});
