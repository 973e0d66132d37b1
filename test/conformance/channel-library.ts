// The responses the channel conformance tests render: every example of the library and a
// generated set (every content type × header kinds × button kinds), with the data they use.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const profiles = ['whatsapp', 'whatsapp-cloud'] as const;

export const data = {
  Contact: { FirstName: 'John', LastName: 'Smith' },
  Variables: { OrderId: 'A17/B', Amount: '129.99', Store: 'Opera' },
};

export const options = { now: '2026-11-21T09:30:00Z', to: '+16315551002' } as const;

export type Profile = (typeof profiles)[number];

export interface LibraryEntry {
  /** A readable name of the case (it is the test's title): content type and its variations. */
  name: string;
  response: unknown;
  /** Render data (an envelope's sampleData is used when absent). */
  data?: unknown;
  /** The profiles whose lint accepts the response (all when absent): e.g. copy-code buttons are whatsapp-cloud only. */
  profiles?: readonly Profile[];
  /** What each channel knowingly leaves out, as `code pointer` of its warnings (nothing when absent). */
  drops?: Partial<Record<'genesys' | 'open-messaging' | 'whatsapp-cloud', string[]>>;
}

/** The entries whose lint accepts them under a profile. */
export const forProfile = (entries: LibraryEntry[], profile: Profile): LibraryEntry[] =>
  entries.filter((entry) => entry.profiles === undefined || entry.profiles.includes(profile));

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

const readExample = (path: string): unknown => JSON.parse(readFileSync(`${examplesDir}${path}`, 'utf8')) as unknown;

/** Every JSON standard response of examples/ with its sampleData; the bare seed body with the bill reminder's data file. */
export function examples(): LibraryEntry[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json') && file !== 'fieldcode.config.json')
    .sort()
    .map((file) => ({
      name: `examples/${file}`,
      response: readExample(file),
      ...(file === 'seed-bill-reminder.body.json' ? { data: readExample('data/bill-reminder.data.json') } : {}),
    }));
}

const image = { type: 'image', url: 'https://example.com/header.png', name: 'header.png', mime: 'image/png', size: 20480 };
const video = { type: 'video', url: 'https://example.com/clip.mp4', name: 'clip.mp4', mime: 'video/mp4' };
const document = { type: 'document', url: 'https://example.com/invoice.pdf', name: 'invoice.pdf', mime: 'application/pdf', size: 48213 };
const textHeader = { type: 'text', text: 'Your order' };
const textHeaderWithVariable = {
  type: 'text',
  text: 'Order {{1}}',
  parameters: [{ name: 'order', index: 1, value: '<$ Variables.OrderId $>' }],
};

const locationHeader = {
  type: 'location',
  latitude: '48.870502',
  longitude: '2.332147',
  name: 'Acme <$ Variables.Store $>',
  address: '8 Rue Scribe, 75009 Paris',
};

const templateHeaders: Record<string, object | undefined> = {
  none: undefined,
  text: textHeader,
  'text-variable': textHeaderWithVariable,
  image,
  video,
  document,
  location: locationHeader,
};
const templateButtons: Record<string, object[]> = {
  none: [],
  'quick-replies': [
    { type: 'quick-reply', text: 'Yes', payload: 'yes' },
    { type: 'quick-reply', text: 'No' },
  ],
  'url-static': [{ type: 'url-button', text: 'Open shop', url: 'https://example.com/shop' }],
  'url-suffix': [
    {
      type: 'url-button',
      text: 'Track order',
      url: 'https://example.com/track/{{1}}',
      parameters: [{ name: 'order', index: 1, value: '<$ Variables.OrderId $>' }],
    },
  ],
  phone: [{ type: 'phone-button', text: 'Call us', phone: '+16315551002' }],
  'copy-code': [{ type: 'copy-code-button', code: 'SAVE10' }],
  'url-and-copy-code': [
    { type: 'url-button', text: 'Open shop', url: 'https://example.com/shop' },
    { type: 'copy-code-button', code: 'SAVE10' },
  ],
  'url-and-phone': [
    {
      type: 'url-button',
      text: 'Track order',
      url: 'https://example.com/track/{{1}}',
      parameters: [{ name: 'order', index: 1, value: '<$ Variables.OrderId $>' }],
    },
    { type: 'phone-button', text: 'Call us', phone: '+16315551002' },
  ],
};

function notification(header: object | undefined, buttons: object[]): object {
  const content: object[] = [];
  if (header !== undefined) content.push({ ...header });
  content.push({
    type: 'notification',
    id: 'acme@order_update',
    language: 'en_US',
    text: 'Hi {{1}}, your order of {{2}} shipped.',
    parameters: [
      { name: 'name', index: 1, value: '<$ Contact.FirstName $>' },
      { name: 'amount', index: 2, value: '$<$ Variables.Amount $>' },
    ],
  });
  content.push({ type: 'text', text: 'Acme support' });
  content.push(...buttons);
  return { contentType: 'notification', content: content.map((item, index) => ({ index: index + 1, ...item })) };
}

const replyHeaders: Record<string, object | undefined> = { none: undefined, text: textHeader, image, video, document };

/** The generated library: content type × header kind × button kind. */
export function generated(): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const [headerName, header] of Object.entries(templateHeaders)) {
    for (const [buttonsName, buttons] of Object.entries(templateButtons)) {
      const response = notification(header, buttons) as { content: Array<{ type: string }> };
      const copy = response.content.findIndex((item) => item.type === 'copy-code-button');
      const location = response.content.findIndex((item) => item.type === 'location');
      // The whatsapp profile (Genesys connector) has no copy-code button; Genesys channels leave it out.
      const copyDrop = copy === -1 ? [] : [`channel-unsupported /content/${copy}`];
      // Genesys DMS documents no location item: the genesys channel leaves it out.
      const locationDrop = location === -1 ? [] : [`channel-unsupported /content/${location}`];
      const drops = { genesys: [...locationDrop, ...copyDrop], 'open-messaging': copyDrop };
      entries.push({
        name: `notification header=${headerName} buttons=${buttonsName}`,
        response,
        data,
        ...(copy === -1 ? {} : { profiles: ['whatsapp-cloud'] as const }),
        ...(drops.genesys.length === 0 ? {} : { drops }),
      });
    }
  }
  for (const [headerName, header] of Object.entries(replyHeaders)) {
    for (const count of [1, 2, 3]) {
      const content = ['Yes', 'No', 'Later'].slice(0, count).map((text) => ({ type: 'reply-button', id: text.toLowerCase(), text }));
      entries.push({
        name: `reply-buttons header=${headerName} buttons=${count}`,
        data,
        response: {
          contentType: 'reply-buttons',
          ...(header ? { header } : {}),
          text: 'Is <$ Contact.FirstName $> available?',
          footer: 'Acme',
          content,
        },
      });
    }
  }
  for (const count of [1, 3]) {
    entries.push({
      name: `quick-replies replies=${count}`,
      data,
      response: {
        type: 'Structured',
        contentType: 'quick-replies',
        messageType: 'text',
        text: 'Pick a time, <$ Contact.FirstName $>',
        content: ['9:00', '12:00', '15:00'].slice(0, count).map((text, i) => ({ id: i + 1, type: 'quick-reply', action: 'message', text })),
      },
    });
  }
  for (const header of [undefined, { type: 'text', text: 'Opening hours' }]) {
    for (const sections of [1, 2]) {
      const content = [
        ['Paris', ['Opera', 'Bastille']],
        ['Lyon', ['Bellecour']],
      ]
        .slice(0, sections)
        .map(([title, rows]) => ({
          type: 'section',
          title,
          rows: (rows as string[]).map((row) => ({ id: row.toLowerCase(), title: row, description: '9:00-19:00' })),
        }));
      entries.push({
        name: `single-selection-list header=${header ? 'text' : 'none'} sections=${sections}`,
        data,
        response: {
          contentType: 'single-selection-list',
          ...(header ? { header } : {}),
          text: 'Which store, <$ Contact.FirstName $>?',
          footer: 'Acme',
          button: 'Choose store',
          content,
        },
      });
    }
  }
  for (const [headerName, header] of Object.entries(replyHeaders)) {
    entries.push({
      name: `cta-url header=${headerName}`,
      data,
      response: {
        contentType: 'cta-url',
        ...(header ? { header } : {}),
        text: 'Your order ships today, <$ Contact.FirstName $>.',
        footer: 'Acme',
        content: [{ type: 'url-button', text: 'Track order', url: 'https://example.com/track?order=<$ Variables.Store $>' }],
      },
    });
  }
  const cardButtons: Record<string, object[]> = {
    url: [{ type: 'url-button', text: 'Details', url: 'https://example.com/plan' }],
    'quick-replies': [
      { type: 'quick-reply', text: 'Choose', payload: 'choose' },
      { type: 'quick-reply', text: 'Later', payload: 'later' },
    ],
  };
  for (const media of ['image', 'video'] as const) {
    for (const [buttonsName, buttons] of Object.entries(cardButtons)) {
      const content = ['S', 'M', 'L'].map((size) => ({
        type: 'card',
        title: `Plan ${size}`,
        subtitle: '10 GB',
        [media]: { url: `https://example.com/${size}.${media === 'image' ? 'png' : 'mp4'}` },
        buttons: buttons.map((button) => ({ ...button, ...('payload' in button ? { payload: `${String(button.payload)}-${size}` } : {}) })),
      }));
      entries.push({
        name: `generic media=${media} buttons=${buttonsName}`,
        data,
        response: { contentType: 'generic', text: 'Offers for <$ Contact.FirstName $>', content },
      });
    }
  }
  for (const attachments of [
    [],
    [image],
    [document],
    [video],
    [{ type: 'audio', url: 'https://example.com/a.ogg', name: 'a.ogg', mime: 'audio/ogg' }],
  ]) {
    entries.push({
      name: `text attachments=${attachments.map((a) => a.type).join('+') || 'none'}`,
      data,
      response: {
        contentType: 'text',
        text: 'Here you are, <$ Contact.FirstName $>.',
        ...(attachments.length > 0 ? { content: attachments } : {}),
      },
    });
  }
  return entries;
}
