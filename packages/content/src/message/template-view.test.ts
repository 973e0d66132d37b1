import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vendorIssues } from '../../../../test/conformance/vendor-models.js';
import { whatsappCloud } from '../render/channels/whatsapp-cloud.js';
import { compileStandardResponse } from './compile.js';

// The seed-based bill reminder (examples/): image header, three body parameters, footer, two quick replies.
const bill = JSON.parse(readFileSync(new URL('../../../../examples/bill-reminder.json', import.meta.url), 'utf8')) as Envelope;

type Envelope = Record<string, unknown> & { structured: { content: Array<Record<string, unknown>> } };

const copy = (envelope: Envelope): Envelope => structuredClone(envelope);
const item = (envelope: Envelope, type: string): Record<string, unknown> => envelope.structured.content.find((i) => i['type'] === type)!;

/**
 * The same message with a footer rendered per contact (same text): the notification is then not of
 * the campaign shape, so the channel reads the rendered body — the reference for the template view.
 */
function withDynamicFooter(envelope: Envelope): Envelope {
  const variant = copy(envelope);
  const footer = item(variant, 'text');
  footer['text'] = `${String(footer['text']).slice(0, -1)}<$ "." $>`;
  return variant;
}

const contacts = [
  {
    Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99' },
    Variables: { CustomProp_Date: 'March 7', CustomProp_Time: '3:00 PM' },
  },
  {
    Contact: { FirstName: 'Zoë', LastName: 'Durand "Jr"', MyFC_BillAmount: 'twelve' },
    Variables: { CustomProp_Date: 'May 1', CustomProp_Time: '9:00' },
  },
  // Whitespace Meta refuses, and a missing value (a field-code warning).
  { Contact: { FirstName: 'Ann\n', LastName: 'Lee      x', MyFC_BillAmount: '$1,299.00' }, Variables: {} },
  {},
];

const variants: Record<string, Envelope> = {
  'the bill reminder': copy(bill),
  'a currency parameter': (() => {
    const variant = copy(bill);
    const parameters = item(variant, 'notification')['parameters'] as Array<Record<string, unknown>>;
    Object.assign(parameters[1]!, { type: 'currency', currency: 'USD', value: '<$ Contact.MyFC_BillAmount $>' });
    return variant;
  })(),
  'named parameters': (() => {
    const variant = copy(bill);
    variant['parameterFormat'] = 'named';
    const body = item(variant, 'notification');
    body['text'] = 'Hello {{customer}},\nYour bill of {{amount}} is due on *{{due}}*.';
    (body['parameters'] as Array<Record<string, unknown>>).forEach((p, i) => (p['name'] = ['customer', 'amount', 'due'][i]));
    return variant;
  })(),
  'no language and an item with no place': (() => {
    const variant = copy(bill);
    delete item(variant, 'notification')['language'];
    variant.structured.content.push({ index: 6, type: 'audio', url: 'https://example.com/a.mp3' });
    return variant;
  })(),
  'an AUTHENTICATION copy-code button': (() => {
    const variant = copy(bill);
    variant['category'] = 'AUTHENTICATION';
    variant.structured.content.push({ index: 6, type: 'copy-code-button', code: '123456' });
    return variant;
  })(),
};

afterEach(() => vi.restoreAllMocks());

describe('template view (a notification payload built from the rendered texts)', () => {
  for (const [name, envelope] of Object.entries(variants)) {
    it(`gives the payload, diagnostics and verdict of the rendered body: ${name}`, () => {
      const spy = vi.spyOn(whatsappCloud, 'renderTemplate');
      const viewed = compileStandardResponse(envelope).response!;
      const reference = compileStandardResponse(withDynamicFooter(envelope)).response!;
      contacts.forEach((data, n) => {
        for (const strict of [false, true]) {
          const options = {
            channel: 'whatsapp-cloud' as const,
            to: n === 3 ? '12' : `+1631555100${n}`,
            strict,
            now: '2026-12-01T09:00:00Z',
          };
          const calls = spy.mock.calls.length;
          const fromTexts = viewed.render(data, options);
          expect(spy.mock.calls.length).toBe(calls + 1);
          const fromBody = reference.render(data, options);
          expect(spy.mock.calls.length).toBe(calls + 1);
          expect(fromTexts).toEqual(fromBody);
          if (fromTexts.ok) expect(vendorIssues('whatsapp-cloud', fromTexts.output)).toEqual([]);
        }
      });
    });
  }

  it('replays the diagnostics of the shared header on every render, as separate objects', () => {
    const response = compileStandardResponse(bill).response!;
    const first = response.render(contacts[0], { channel: 'whatsapp-cloud', to: '+16315551000' });
    const second = response.render(contacts[0], { channel: 'whatsapp-cloud', to: '+16315551000' });
    expect(first.diagnostics.map((d) => [d.code, d.path])).toEqual([['channel-media-link', '/structured/content/1/url']]);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.diagnostics[0]).not.toBe(first.diagnostics[0]);
    expect(second.diagnostics[0]!.range).not.toBe(first.diagnostics[0]!.range);
  });

  it('reports the whitespace Meta refuses in a rendered parameter at that parameter', () => {
    const response = compileStandardResponse(bill).response!;
    const result = response.render(contacts[2], { channel: 'whatsapp-cloud', to: '+16315551000' });
    expect(result.diagnostics.filter((d) => d.code === 'parameter-whitespace').map((d) => [d.path, d.message])).toEqual([
      ['/structured/content/0/parameters/0/value', 'The rendered value of parameter "Customer Name" in the body contains a newline'],
    ]);
    expect(result.ok).toBe(false);
  });
});
