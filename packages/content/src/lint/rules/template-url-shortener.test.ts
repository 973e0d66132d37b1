import { describe, expect, it } from 'vitest';
import { B, runRule } from './template-rule.fixture.js';

const RULE = 'template-url-shortener';
const run = runRule(RULE);

describe(RULE, () => {
  it('a bit.ly URL button', () => {
    expect(
      run(
        B('Your order is ready.', {
          extra: ',{"index":2,"type":"url-button","text":"Track","url":"https://bit.ly/{{1}}","parameters":[{"index":1,"value":"x"}]}',
        }),
      ),
    ).toEqual([
      'template-url-shortener warning 1:228-1:234 bit.ly is a URL shortener: use the full link of your own domain (Meta may reject templates whose links hide their destination). @/structured/content/1/url',
    ]);
  });

  it('a URL of the business', () => {
    expect(
      run(
        B('Your order is ready.', {
          extra:
            ',{"index":2,"type":"url-button","text":"Track","url":"https://shop.example.com/t/{{1}}","parameters":[{"index":1,"value":"x"}]}',
        }),
      ),
    ).toEqual([]);
  });
});
