import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-variable-edge';
const run = runRule(RULE);

describe(RULE, () => {
  it('a body starting and ending with a variable', () => {
    expect(run(B('{{1}} is due {{2}}', { n: 2 }))).toEqual([
      'template-variable-edge error 1:128-1:133 The body must not start with a variable (Meta rejects such templates); put text before it. @/structured/content/0/text',
      'template-variable-edge error 1:141-1:146 The body must not end with a variable (Meta rejects such templates); add text after it. @/structured/content/0/text',
    ]);
  });

  it('text around the variables', () => {
    expect(run(B('Hello {{1}}, your bill is due {{2}} at noon.', { n: 2 }))).toEqual([]);
  });
});
