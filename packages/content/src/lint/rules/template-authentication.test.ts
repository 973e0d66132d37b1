import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-authentication';
const run = runRule(RULE);

describe(RULE, () => {
  it('every constraint broken at once', () => {
    expect(
      run(
        B('{{1}} is your code. Visit https://example.com for help {{2}} ok.', {
          n: 2,
          category: 'AUTHENTICATION',
          extra:
            ',{"index":0,"type":"image","url":"https://example.com/a.png"},{"index":2,"type":"url-button","text":"Go","url":"https://example.com"}',
          sample: '{"Contact":{"F1":"1234567890123456","F2":"x"}}',
        }),
      ),
    ).toEqual([
      'template-authentication error 1:84-1:315 An authentication template needs a one-time-password button (copy code or one-tap); Meta accepts only its preset for AUTHENTICATION templates. @/structured/content/0',
      'template-authentication error 1:156-1:161 The code {{1}} is 16 characters long in its example; one-time codes are at most 15 characters; Meta accepts only its preset for AUTHENTICATION templates. @/structured/content/0/text',
      'template-authentication error 1:182-1:190 An authentication template body takes no URL; Meta accepts only its preset for AUTHENTICATION templates. @/structured/content/0/text',
      'template-authentication error 1:211-1:216 An authentication template body has exactly one variable, the code; this one has 2; Meta accepts only its preset for AUTHENTICATION templates. @/structured/content/0/text',
      'template-authentication error 1:334-1:341 An authentication template takes no image header; Meta accepts only its preset for AUTHENTICATION templates. @/structured/content/1/type',
      'template-authentication error 1:395-1:407 An authentication template takes only a one-time-password button, not URL; Meta accepts only its preset for AUTHENTICATION templates. @/structured/content/2/type',
    ]);
  });

  it('not for other categories', () => {
    expect(run(B('Visit https://example.com for help with {{1}} today.', { n: 1, category: 'UTILITY' }))).toEqual([]);
  });
});
