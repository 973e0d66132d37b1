import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-trailing-punctuation';
const run = runRule(RULE);

describe(RULE, () => {
  it('a last variable followed only by a period', () => {
    expect(run(B('Your order number is {{1}}.', { n: 1, category: 'UTILITY' }))).toEqual([
      'template-trailing-punctuation warning 1:170-1:176 The body ends with {{1}} followed only by ".": Meta may treat it as ending with a variable; end with a few words instead. @/structured/content/0/text',
    ]);
  });

  it('only for responses that declare a category', () => {
    expect(run(B('Your order number is {{1}}.', { n: 1 }))).toEqual([]);
  });
});
