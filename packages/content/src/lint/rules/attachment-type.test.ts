import { RuleTester } from '../index.js';
import { attachmentType } from './attachment-type.js';

const T = (item: string) => `{"contentType":"text","text":"Here.","content":[${item}]}`;

new RuleTester().run(attachmentType, {
  valid: [
    {
      name: 'the extension of an accepted type when there is no MIME type',
      code: T('{"type":"audio","url":"https://x/a.mp3","name":"a.mp3"}'),
    },
    {
      name: 'a 5 MB image on whatsapp (100 MB for any file)',
      code: T('{"type":"image","url":"https://x/a.png","name":"a.png","mime":"image/png","size":5242881}'),
    },
    {
      name: 'an audio item after the image header (the image is the header; the audio is no header)',
      code: '{"contentType":"notification","content":[{"index":3,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."},{"index":2,"type":"audio","url":"https://x/a.aac","mime":"audio/aac"},{"index":1,"type":"image","url":"https://x/a.png","mime":"image/png"}]}',
    },
  ],
  invalid: [
    {
      name: 'a MIME type the profile does not accept',
      code: T('{"type":"image","url":"https://x/a.gif","name":"a.gif","mime":"image/gif"}'),
      errors: [
        {
          messageId: 'mimeNotAccepted',
          data: { mime: 'image/gif', kind: 'image', profile: 'whatsapp', accepted: 'image/jpeg, image/png' },
          highlighted: '"image/gif"',
          severity: 'error',
          path: '/content/0/mime',
        },
      ],
    },
    {
      name: 'a MIME type the profile does not accept, in an envelope attachment',
      code: '{"name":"x","plainText":"Hi","attachments":[{"type":"video","url":"https://x/a.mov","name":"a.mov","mime":"video/quicktime"}]}',
      errors: [
        {
          messageId: 'mimeNotAccepted',
          data: { mime: 'video/quicktime', kind: 'video', profile: 'whatsapp', accepted: 'video/mp4' },
          highlighted: '"video/quicktime"',
          severity: 'error',
          path: '/attachments/0/mime',
        },
      ],
    },
    {
      name: 'a file name that does not match the MIME type',
      code: T('{"type":"image","url":"https://x/a.jpg","name":"a.jpg","mime":"image/png"}'),
      errors: [
        {
          messageId: 'extensionMismatch',
          data: { extension: 'jpg', extensionMime: 'image/jpeg', mime: 'image/png' },
          highlighted: '"image/png"',
          severity: 'warning',
          path: '/content/0/mime',
        },
      ],
    },
    {
      name: 'a URL file-name that does not match the MIME type',
      code: '{"contentType":"notification","content":[{"index":1,"type":"image","url":"genesys://ucs/document/1?file-name=x.gif","mime":"image/png"},{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}]}',
      errors: [
        {
          messageId: 'extensionMismatch',
          data: { extension: 'gif', extensionMime: 'image/gif', mime: 'image/png' },
          highlighted: '"image/png"',
          severity: 'warning',
          path: '/content/0/mime',
        },
      ],
    },
    {
      name: 'the extension of a refused type when there is no MIME type',
      code: T('{"type":"audio","url":"https://x/a.opus","name":"a.opus"}'),
      errors: [
        {
          messageId: 'extensionNotAccepted',
          data: {
            extension: 'opus',
            extensionMime: 'audio/opus',
            kind: 'audio',
            profile: 'whatsapp',
            accepted: 'audio/aac, audio/amr, audio/mpeg, audio/mp4, audio/ogg',
          },
          highlighted: '{"type":"audio","url":"https://x/a.opus","name":"a.opus"}',
          severity: 'error',
          path: '/content/0',
        },
      ],
    },
    {
      name: 'an audio notification header',
      code: '{"contentType":"notification","content":[{"index":1,"type":"audio","url":"https://x/a.aac","mime":"audio/aac"},{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}]}',
      errors: [{ messageId: 'audioHeader', highlighted: '"audio"', severity: 'error', path: '/content/0/type' }],
    },
    {
      name: 'an audio item written after the body but placed before it by its index (the model orders items by the one index rule)',
      code: '{"contentType":"notification","content":[{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."},{"index":"1","type":"audio","url":"https://x/a.aac","mime":"audio/aac"}]}',
      errors: [{ messageId: 'audioHeader', highlighted: '"audio"', severity: 'error', path: '/content/1/type' }],
    },
    {
      name: 'a file over 100 MB on whatsapp',
      code: T('{"type":"document","url":"https://x/a.pdf","name":"a.pdf","mime":"application/pdf","size":104857601}'),
      errors: [
        {
          messageId: 'tooLarge',
          data: { kind: 'document', size: '104,857,601 bytes (100 MB)', profile: 'whatsapp', max: '104,857,600 bytes (100 MB)' },
          highlighted: '104857601',
          severity: 'error',
          path: '/content/0/size',
        },
      ],
    },
    {
      name: 'an image over 5 MB on whatsapp-cloud (Meta per-type sizes)',
      code: T('{"type":"image","url":"https://x/a.png","name":"a.png","mime":"image/png","size":5242881}'),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooLarge',
          data: { kind: 'image', size: '5,242,881 bytes (5 MB)', profile: 'whatsapp-cloud', max: '5,242,880 bytes (5 MB)' },
          highlighted: '5242881',
          severity: 'error',
          path: '/content/0/size',
        },
      ],
    },
  ],
});
