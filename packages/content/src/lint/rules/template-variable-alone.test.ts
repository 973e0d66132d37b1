import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-variable-alone';
const run = runRule(RULE);

describe(RULE, () => {
  it('a line made only of a variable', () => {
    expect(run(B('Your order is ready.\n{{1}}\nThank you for shopping with us.', { n: 1 }))).toEqual([
      'template-variable-alone warning 1:150-1:155 Variable {{1}} makes a line or sentence on its own: surround it with text that says what it holds (Meta may reject the template). @/structured/content/0/text',
    ]);
  });

  it('a sentence made only of a variable', () => {
    expect(run(B('Your order is ready. {{1}}. Thank you for shopping with us.', { n: 1 }))).toEqual([
      'template-variable-alone warning 1:149-1:154 Variable {{1}} makes a line or sentence on its own: surround it with text that says what it holds (Meta may reject the template). @/structured/content/0/text',
    ]);
  });

  it('a variable inside a sentence', () => {
    expect(run(B('Hello {{1}}, your order is ready.', { n: 1 }))).toEqual([]);
  });
});
