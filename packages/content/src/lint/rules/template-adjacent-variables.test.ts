import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-adjacent-variables';
const run = runRule(RULE);

describe(RULE, () => {
  it('two variables with only a space between them', () => {
    expect(run(B('Pay {{1}} {{2}} now.', { n: 2 }))).toEqual([
      'template-adjacent-variables warning 1:132-1:143 Adjacent variables {{1}} and {{2}}: put text between them (Meta may reject the template). @/structured/content/0/text',
    ]);
  });

  it('a word between variables', () => {
    expect(run(B('Pay {{1}} by {{2}} now.', { n: 2 }))).toEqual([]);
  });
});
