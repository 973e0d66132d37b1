import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'header-format';
const run = (text: string) =>
  lint(text)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const notification = (header: string) =>
  `{"contentType":"notification","content":[{"type":"text","text":${JSON.stringify(header)}},{"type":"notification","id":"ns@n","language":"en_US","text":"Hello *there*."}]}`;

describe('header-format', () => {
  it('reports each formatting character in the literal text of a notification text header', () => {
    expect(run(notification('Your *order* ships'))).toEqual([
      "header-format warning 1:70-1:71 The text header uses the formatting character '*'; WhatsApp template headers take no formatting (only the body does). @/content/0/text",
      "header-format warning 1:76-1:77 The text header uses the formatting character '*'; WhatsApp template headers take no formatting (only the body does). @/content/0/text",
    ]);
    expect(run(notification('_Hi_ ~x~ `y`')).length).toBe(6);
  });

  it('ignores operators inside field codes, plain headers and the body', () => {
    expect(run(notification('Total <$ 2 * 3 $> items'))).toEqual([]);
    expect(run(notification('Your order ships'))).toEqual([]);
  });

  it('reads a named placeholder as no formatting: `{{order_id}}` has underscores, the text around it is still checked', () => {
    const named = (header: string) =>
      `{"parameterFormat":"named","structured":{"contentType":"notification","content":[{"type":"text","text":${JSON.stringify(header)},"parameters":[{"name":"order_id","index":1,"value":"x"}]},{"type":"notification","id":"ns@n","language":"en_US","text":"Hello there."}]}}`;
    expect(run(named('Order {{order_id}} ships'))).toEqual([]);
    expect(run(named('Order {{order_id}} _now_'))).toEqual([
      "header-format warning 1:124-1:125 The text header uses the formatting character '_'; WhatsApp template headers take no formatting (only the body does). @/structured/content/0/text",
      "header-format warning 1:128-1:129 The text header uses the formatting character '_'; WhatsApp template headers take no formatting (only the body does). @/structured/content/0/text",
    ]);
  });
});
