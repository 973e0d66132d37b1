import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-variable-density';
const run = runRule(RULE);

describe(RULE, () => {
  it('three variables in three words', () => {
    expect(run(B('Hi {{1}}, {{2}} and {{3}} ok.', { n: 3, category: 'UTILITY' }))).toEqual([
      'template-variable-density warning 1:149-1:178 The body has 3 variables and 3 words; Meta may reject it for too many variables for its length: aim for at least 7 words besides the variables (words and variables together ≥ 3 × 3 + 1). @/structured/content/0/text',
    ]);
  });

  it('one word short of 3 × 3 + 1', () => {
    expect(run(B('Hi {{1}}, your order {{2}} ships {{3}} today ok.', { n: 3, category: 'UTILITY' }))).toEqual([
      'template-variable-density warning 1:149-1:197 The body has 3 variables and 6 words; Meta may reject it for too many variables for its length: aim for at least 7 words besides the variables (words and variables together ≥ 3 × 3 + 1). @/structured/content/0/text',
    ]);
  });

  it('enough words', () => {
    expect(run(B('Hi {{1}}, your order {{2}} ships {{3}} today, see you soon.', { n: 3, category: 'UTILITY' }))).toEqual([]);
  });
});
