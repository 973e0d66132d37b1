import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-examples';
const run = runRule(RULE);

describe(RULE, () => {
  it('a body variable, a URL variable and a media header without examples', () => {
    expect(
      run(
        B('Hello {{1}}, your order {{2}} is ready.', {
          n: 2,
          category: 'UTILITY',
          examples: '{"body":{"1":"Ana"}}',
          extra:
            ',{"index":0,"type":"video","url":"https://example.com/a.mp4"},{"index":2,"type":"url-button","text":"Track","url":"https://example.com/t/{{1}}","parameters":[{"index":1,"value":"<$ Contact.Ref $>"}]}',
        }),
      ),
    ).toEqual([
      'template-examples error 1:205-1:210 Variable {{2}} has no example: add examples.body["2"] or sample data that gives its parameter a value (Meta requires an example for every variable). @/structured/content/0/text',
      'template-examples error 1:334-1:341 The video header has no sample: set examples.header.handle to the upload handle of a sample file (Meta requires one for media headers). @/structured/content/1/type',
      'template-examples error 1:452-1:457 Variable {{1}} has no example: add examples.buttons["0"] or sample data that gives its parameter a value (Meta requires an example for every variable). @/structured/content/2/url',
    ]);
  });

  it('examples from the sample data rendered through the parameters', () => {
    expect(
      run(B('Hello {{1}}, your order {{2}} is ready.', { n: 2, category: 'UTILITY', sample: '{"Contact":{"F1":"Ana","F2":"A-1"}}' })),
    ).toEqual([]);
  });

  it('only for responses that declare a category', () => {
    expect(run(B('Hello {{1}}, your order {{2}} is ready.', { n: 2 }))).toEqual([]);
  });
});
