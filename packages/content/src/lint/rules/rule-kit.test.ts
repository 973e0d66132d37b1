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

/** Rules whose docs/rules.md section has no failing example yet (\`…\` → report). Only shrinks. */
const NO_DOCS_EXAMPLE_YET: ReadonlySet<string> = new Set(['template-approved', 'template-drift']);

describe('rule kit: every rule is documented and tested', () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s has a docs/rules.md section with a failing example', (id, rule) => {
    const text = section(id);
    expect(text, `docs/rules.md has no "## ${id}" section`).toBeDefined();
    expect(
      text!.includes('→'),
      `the "## ${id}" section: a failing example (\`input\` → report) ${NO_DOCS_EXAMPLE_YET.has(id) ? 'exists now: remove it from NO_DOCS_EXAMPLE_YET' : 'is missing'}`,
    ).toBe(!NO_DOCS_EXAMPLE_YET.has(id));
    expect(rule.meta.docs).toBe(`docs/rules.md#${id}`);
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

  it('lists no rule as unconverted that does not exist', () => {
    const ids = new Set(rules.map((rule) => rule.meta.id));
    expect([...NO_DOCS_EXAMPLE_YET].filter((id) => !ids.has(id))).toEqual([]);
  });
});
