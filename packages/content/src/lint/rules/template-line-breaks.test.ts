import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-line-breaks';
const run = runRule(RULE);

describe(RULE, () => {
  it('three line breaks in a row, not two', () => {
    expect(run(B('Hello,\n\n\nyour order is ready.\n\nThanks.'))).toEqual([
      'template-line-breaks warning 1:134-1:140 3 consecutive line breaks in the body; keep at most 2 (Meta may reject the template). @/structured/content/0/text',
    ]);
  });
});
