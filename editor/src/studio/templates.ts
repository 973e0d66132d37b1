/**
 * Starting points for "New": one standard response per content type, each an envelope (so it
 * can hold its `profile` and `sampleData`) that lints clean with the shipped rules.
 */

export interface StudioTemplate {
  id: string;
  label: string;
  /** File extension of the new file. */
  extension: 'json' | 'txt';
  /** The file text (two-space JSON, ending with a newline). */
  text: string;
}

const sampleData = { Contact: { FirstName: 'John', LastName: 'Smith' } };

function envelope(name: string, structured: unknown, extra: Record<string, unknown> = {}, data: unknown = sampleData): string {
  return `${JSON.stringify({ name, ...extra, structured, sampleData: data }, null, 2)}\n`;
}

/** Copy-code buttons are sent by the WhatsApp Cloud API only (the whatsapp profile has none), so these templates name that profile. */
const cloud = { profile: 'whatsapp-cloud' };

export const studioTemplates: readonly StudioTemplate[] = [
  {
    id: 'notification',
    label: 'Notification (WhatsApp template)',
    extension: 'json',
    text: envelope('New notification', {
      contentType: 'notification',
      content: [
        {
          index: 1,
          type: 'notification',
          language: 'en_US',
          id: 'namespace@template_name',
          text: 'Hello {{1}}, thank you for contacting us.',
          parameters: [{ name: 'Customer name', index: '1', value: '<$ Contact.FirstName $>' }],
        },
        { index: 2, type: 'quick-reply', text: 'Thanks' },
      ],
    }),
  },
  {
    id: 'rich-media',
    label: 'Rich media (notification with an image)',
    extension: 'json',
    text: envelope('New rich media', {
      contentType: 'notification',
      content: [
        { index: 1, type: 'image', url: 'https://media.example.com/image.png', name: 'image.png', mime: 'image/png' },
        {
          index: 2,
          type: 'notification',
          language: 'en_US',
          id: 'namespace@template_name',
          text: 'Hello {{1}}, here is your picture.',
          parameters: [{ name: 'Customer name', index: '1', value: '<$ Contact.FirstName $>' }],
        },
      ],
    }),
  },
  {
    id: 'quick-replies',
    label: 'Quick replies',
    extension: 'json',
    text: envelope('New quick replies', {
      type: 'Structured',
      contentType: 'quick-replies',
      messageType: 'text',
      text: '<$ Contact.FirstName $>, does this answer your question?',
      content: [
        { id: 1, type: 'quick-reply', action: 'message', text: 'Yes' },
        { id: 2, type: 'quick-reply', action: 'message', text: 'No' },
      ],
    }),
  },
  {
    id: 'reply-buttons',
    label: 'Reply buttons',
    extension: 'json',
    text: envelope('New reply buttons', {
      contentType: 'reply-buttons',
      text: 'Hi <$ Contact.FirstName $>, how can we help?',
      footer: 'Customer care',
      content: [
        { type: 'reply-button', id: 'order', text: 'My order' },
        { type: 'reply-button', id: 'other', text: 'Something else' },
      ],
    }),
  },
  {
    id: 'list',
    label: 'List (single selection)',
    extension: 'json',
    text: envelope('New list', {
      contentType: 'single-selection-list',
      header: { type: 'text', text: 'Our options' },
      text: 'Please choose, <$ Contact.FirstName $>:',
      footer: 'Customer care',
      button: 'Choose',
      content: [
        {
          type: 'section',
          title: 'Options',
          rows: [
            { id: 'first', title: 'First option', description: 'What it means' },
            { id: 'second', title: 'Second option', description: 'What it means' },
          ],
        },
      ],
    }),
  },
  {
    id: 'carousel',
    label: 'Carousel',
    extension: 'json',
    text: envelope('New carousel', {
      contentType: 'generic',
      text: 'Our offers for <$ Contact.FirstName $>',
      content: [
        {
          type: 'card',
          title: 'First offer',
          subtitle: 'What it includes',
          image: { url: 'https://media.example.com/first.png', name: 'first.png', mime: 'image/png' },
          buttons: [{ type: 'quick-reply', text: 'Choose this', payload: 'first' }],
        },
        {
          type: 'card',
          title: 'Second offer',
          subtitle: 'What it includes',
          image: { url: 'https://media.example.com/second.png', name: 'second.png', mime: 'image/png' },
          buttons: [{ type: 'quick-reply', text: 'Choose this', payload: 'second' }],
        },
      ],
    }),
  },
  {
    id: 'cta-url',
    label: 'Call-to-action URL button',
    extension: 'json',
    text: envelope(
      'New call-to-action URL',
      {
        contentType: 'cta-url',
        text: 'Hi <$ Contact.FirstName $>, you can follow your order online.',
        footer: 'Customer care',
        content: [
          { type: 'url-button', text: 'Track my order', url: "https://www.example.com/orders/<$ Interaction.AttachedData('OrderId') $>" },
        ],
      },
      {},
      { ...sampleData, Interaction: { AttachedData: { OrderId: 'A1234' } } },
    ),
  },
  {
    id: 'copy-code',
    label: 'Notification with a copy-code button (coupon)',
    extension: 'json',
    text: envelope(
      'New coupon',
      {
        contentType: 'notification',
        content: [
          {
            index: 1,
            type: 'notification',
            language: 'en_US',
            id: 'namespace@template_name',
            text: 'Hello {{1}}, here is 10% off your next order.',
            parameters: [{ name: 'Customer name', index: '1', value: '<$ Contact.FirstName $>' }],
          },
          { index: 2, type: 'copy-code-button', code: 'SAVE10' },
        ],
      },
      { ...cloud, category: 'MARKETING' },
    ),
  },
  {
    id: 'authentication',
    label: 'Authentication (one-time password)',
    extension: 'json',
    text: envelope(
      'New one-time password',
      {
        contentType: 'notification',
        content: [
          {
            index: 1,
            type: 'notification',
            language: 'en_US',
            id: 'namespace@verification_code',
            text: '*{{1}}* is your verification code.',
            parameters: [{ name: 'Code', index: '1', value: "<$ Interaction.AttachedData('OTP') $>" }],
          },
          { index: 2, type: 'copy-code-button', code: "<$ Interaction.AttachedData('OTP') $>" },
        ],
      },
      { ...cloud, category: 'AUTHENTICATION' },
      { Interaction: { AttachedData: { OTP: '482913' } } },
    ),
  },
  {
    id: 'text-attachment',
    label: 'Text with an attachment',
    extension: 'json',
    text: envelope('New text with an attachment', {
      contentType: 'text',
      text: 'Hello <$ Contact.FirstName $>, please find the document attached.',
      content: [{ type: 'document', url: 'https://media.example.com/document.pdf', name: 'document.pdf', mime: 'application/pdf' }],
    }),
  },
  {
    id: 'plain-text',
    label: 'Plain text (.txt)',
    extension: 'txt',
    text: 'Hello <$ Contact.FirstName $>,\nthank you for contacting us.\n',
  },
];
