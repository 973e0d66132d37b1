import { describe, it, expect } from 'vitest';
import { compileStandardResponse, getProfile, lint } from '@fieldcode/content';
import { isSafeLink, problemsOf, toPreviewMessage, visibleButtons } from './model.js';

describe('toPreviewMessage', () => {
  it('orders notification items by index: media header, body, footer, buttons', () => {
    const message = toPreviewMessage({
      contentType: 'notification',
      content: [
        { index: 2, type: 'notification', text: 'Hello {{1}},', parameters: [{ name: 'n', index: '1', value: 'John Smith' }] },
        { index: 1, type: 'image', url: 'genesys://ucs/document/0009?file-name=Hulibut-png-192k.png', mime: 'image/png' },
        { index: 5, type: 'quick-reply', text: 'Wrong Addressee' },
        { index: 4, type: 'quick-reply', text: 'Got It' },
        { index: 3, type: 'text', text: 'Your next bill reminder.' },
      ],
    });
    expect(message).toEqual({
      kind: 'notification',
      header: {
        type: 'media',
        media: {
          kind: 'image',
          url: 'genesys://ucs/document/0009?file-name=Hulibut-png-192k.png',
          name: 'Hulibut-png-192k.png',
          mime: 'image/png',
        },
      },
      body: 'Hello John Smith,',
      footer: 'Your next bill reminder.',
      buttons: [
        { kind: 'quick-reply', text: 'Got It' },
        { kind: 'quick-reply', text: 'Wrong Addressee' },
      ],
      list: null,
      cards: [],
      attachments: [],
    });
  });

  it('draws a location header with its place filled from the data', () => {
    const message = toPreviewMessage(
      {
        contentType: 'notification',
        content: [
          {
            index: 0,
            type: 'location',
            latitude: '<$ Variables.StoreLatitude $>',
            longitude: '<$ Variables.StoreLongitude $>',
            name: '<$ Variables.StoreName $>',
            address: 'Damrak 1, 1012 LG Amsterdam',
          },
          { index: 1, type: 'notification', text: 'Your order is ready.', parameters: [] },
        ],
      },
      { Variables: { StoreLatitude: '52.370216', StoreLongitude: '4.895168', StoreName: 'Damrak store' } },
    );
    expect(message.header).toEqual({
      type: 'location',
      latitude: '52.370216',
      longitude: '4.895168',
      name: 'Damrak store',
      address: 'Damrak 1, 1012 LG Amsterdam',
    });
    expect(message.body).toBe('Your order is ready.');
  });

  it('reads an envelope, preferring the structured body', () => {
    expect(
      toPreviewMessage({ plainText: 'Hi', structured: { contentType: 'quick-replies', text: 'Q?', content: [{ text: 'Yes' }] } }),
    ).toMatchObject({
      kind: 'quick-replies',
      body: 'Q?',
      buttons: [{ kind: 'quick-reply', text: 'Yes' }],
    });
    expect(toPreviewMessage({ plainText: 'Hi', attachments: [{ type: 'document', url: 'https://x.io/a.pdf' }] })).toMatchObject({
      kind: 'text',
      body: 'Hi',
      attachments: [{ kind: 'document', name: 'a.pdf', url: 'https://x.io/a.pdf', mime: '' }],
    });
  });

  it('reads carousel cards and list sections', () => {
    const carousel = toPreviewMessage({
      contentType: 'generic',
      text: 'Offers',
      content: [
        {
          type: 'card',
          title: 'Plan S',
          subtitle: '10 GB',
          image: { url: 'https://x.io/s.png' },
          buttons: [{ type: 'url-button', text: 'Details', url: 'https://x.io' }],
        },
      ],
    });
    expect(carousel.cards).toEqual([
      {
        media: { kind: 'image', url: 'https://x.io/s.png', name: 's.png', mime: '' },
        title: 'Plan S',
        subtitle: '10 GB',
        buttons: [{ kind: 'url', text: 'Details', url: 'https://x.io' }],
      },
    ]);
    const list = toPreviewMessage({
      contentType: 'single-selection-list',
      header: { type: 'text', text: 'Hours' },
      text: 'Which?',
      button: 'Choose',
      content: [{ title: 'Paris', rows: [{ id: 'p', title: 'Opera' }] }],
    });
    expect(list.header).toEqual({ type: 'text', text: 'Hours' });
    expect(list.list).toEqual({ button: 'Choose', sections: [{ title: 'Paris', rows: [{ id: 'p', title: 'Opera', description: '' }] }] });
  });

  it("draws a copy-code button with its label or WhatsApp's default, and the code it copies", () => {
    const notification = (category: string | undefined, button: Record<string, string>) =>
      toPreviewMessage(
        {
          ...(category ? { category } : {}),
          structured: {
            contentType: 'notification',
            content: [
              { index: 1, type: 'notification', text: 'Your code' },
              { index: 2, type: 'copy-code-button', ...button },
            ],
          },
        },
        { Interaction: { AttachedData: { OTP: '482913' } } },
      ).buttons;
    expect(notification(undefined, { code: 'SAVE10' })).toEqual([{ kind: 'copy-code', text: 'Copy offer code', code: 'SAVE10' }]);
    expect(notification('AUTHENTICATION', { code: "<$ Interaction.AttachedData('OTP') $>" })).toEqual([
      { kind: 'copy-code', text: 'Copy code', code: '482913' },
    ]);
    expect(notification('MARKETING', { text: 'Get the coupon', code: 'SPRING25' })).toEqual([
      { kind: 'copy-code', text: 'Get the coupon', code: 'SPRING25' },
    ]);
  });

  it('draws a cta-url message as a bubble with one URL button, its address rendered', () => {
    expect(
      toPreviewMessage(
        {
          contentType: 'cta-url',
          header: { type: 'text', text: 'Your order' },
          text: 'Track it online, <$ Contact.FirstName $>.',
          footer: 'Customer care',
          content: [
            { type: 'url-button', text: 'Track order', url: "https://shop.example.com/o/<$ Interaction.AttachedData('OrderId') $>" },
          ],
        },
        { Contact: { FirstName: 'Ann' }, Interaction: { AttachedData: { OrderId: 'A17' } } },
      ),
    ).toEqual({
      kind: 'reply-buttons',
      header: { type: 'text', text: 'Your order' },
      body: 'Track it online, Ann.',
      footer: 'Customer care',
      buttons: [{ kind: 'url', text: 'Track order', url: 'https://shop.example.com/o/A17' }],
      list: null,
      cards: [],
      attachments: [],
    });
  });

  it('never reads inherited properties', () => {
    const message = toPreviewMessage(JSON.parse('{"contentType":"quick-replies","__proto__":{"text":"x"},"content":[]}'));
    expect(message.body).toBe('');
  });
});

describe('visibleButtons', () => {
  it('shows two buttons and "See all options" when there are more than three', () => {
    const b = (text: string) => ({ kind: 'quick-reply' as const, text });
    expect(visibleButtons([b('1'), b('2'), b('3')])).toEqual({ shown: [b('1'), b('2'), b('3')], overflow: false });
    expect(visibleButtons([b('1'), b('2'), b('3'), b('4')])).toEqual({ shown: [b('1'), b('2')], overflow: true });
  });
});

describe('isSafeLink', () => {
  it('accepts only http(s) URLs', () => {
    expect(isSafeLink('https://example.com')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('JAVASCRIPT:alert(1)')).toBe(false);
    expect(isSafeLink(undefined)).toBe(false);
  });
});

describe('problemsOf', () => {
  it('lists button-count for 4 reply buttons, as the lint does (the render leaves counts to the lint)', () => {
    const body = {
      contentType: 'reply-buttons',
      text: 'Pick one',
      content: ['A', 'B', 'C', 'D'].map((text, i) => ({ type: 'reply-button', id: String(i), text })),
    };
    const rendered = compileStandardResponse(body).response!.renderModel({}, { channel: 'genesys', profile: 'whatsapp' });
    expect(rendered.diagnostics).toEqual([]);
    expect(problemsOf(rendered, getProfile('whatsapp')!).map((d) => [d.code, d.path, d.message])).toEqual([
      ['button-count', '/content/3', 'Reply buttons: 4 given; at most 3 allowed (whatsapp).'],
    ]);
  });

  it('lists list-row-count and carousel-cards from the same count module as the lint', () => {
    const list = {
      contentType: 'single-selection-list',
      text: 'Pick a store',
      button: 'Stores',
      content: [
        { type: 'section', title: 'North', rows: Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, title: `North ${i}` })) },
        { type: 'section', title: 'South', rows: Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, title: `South ${i}` })) },
      ],
    };
    const listRender = compileStandardResponse(list).response!.renderModel({}, { channel: 'genesys', profile: 'whatsapp' });
    const lintCounts = (body: unknown) =>
      lint(JSON.stringify(body), { profile: 'whatsapp' })
        .diagnostics.filter((d) => d.code === 'list-row-count' || d.code === 'carousel-cards')
        .map((d) => [d.code, d.path, d.message]);
    const expectedList = [
      ['list-row-count', '/content/1/rows/4', 'The list has 11 rows in total; at most 10 across all sections (whatsapp).'],
    ];
    expect(problemsOf(listRender, getProfile('whatsapp')!).map((d) => [d.code, d.path, d.message])).toEqual(expectedList);
    expect(lintCounts(list)).toEqual(expectedList);
    const carousel = {
      contentType: 'generic',
      text: 'Our plans',
      content: [
        { type: 'card', title: 'Basic', image: { url: 'https://example.com/a.png' }, buttons: [{ type: 'quick-reply', text: 'Pick' }] },
      ],
    };
    const carouselRender = compileStandardResponse(carousel).response!.renderModel({}, { channel: 'genesys', profile: 'whatsapp' });
    const expectedCarousel = [['carousel-cards', '/content', 'The carousel has 1 card; at least 2 required (whatsapp).']];
    expect(problemsOf(carouselRender, getProfile('whatsapp')!).map((d) => [d.code, d.path, d.message])).toEqual(expectedCarousel);
    expect(lintCounts(carousel)).toEqual(expectedCarousel);
  });
});
