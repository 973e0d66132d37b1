import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'attachment-type';

const T = (item: string) => `{"contentType":"text","text":"Here.","content":[${item}]}`;

describe('attachment-type', () => {
  it('refuses a MIME type the profile does not accept', () => {
    expect(run(T('{"type":"image","url":"https://x/a.gif","name":"a.gif","mime":"image/gif"}'))).toEqual([
      "attachment-type error 1:111-1:122 'image/gif' is not an accepted image type for whatsapp; accepted: image/jpeg, image/png. @/content/0/mime",
    ]);
    expect(
      run('{"name":"x","plainText":"Hi","attachments":[{"type":"video","url":"https://x/a.mov","name":"a.mov","mime":"video/quicktime"}]}'),
    ).toEqual([
      "attachment-type error 1:107-1:124 'video/quicktime' is not an accepted video type for whatsapp; accepted: video/mp4. @/attachments/0/mime",
    ]);
  });

  it('warns when the file name does not match the MIME type (name or URL file-name)', () => {
    expect(run(T('{"type":"image","url":"https://x/a.jpg","name":"a.jpg","mime":"image/png"}'))).toEqual([
      "attachment-type warning 1:111-1:122 The file name ends in '.jpg' (image/jpeg) but the mime type is 'image/png'. @/content/0/mime",
    ]);
    const seedLike =
      '{"contentType":"notification","content":[{"index":1,"type":"image","url":"genesys://ucs/document/1?file-name=x.gif","mime":"image/png"},{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}]}';
    expect(run(seedLike)).toEqual([
      "attachment-type warning 1:124-1:135 The file name ends in '.gif' (image/gif) but the mime type is 'image/png'. @/content/0/mime",
    ]);
  });

  it('uses the extension when there is no MIME type', () => {
    expect(run(T('{"type":"audio","url":"https://x/a.opus","name":"a.opus"}'))).toEqual([
      "attachment-type error 1:49-1:106 A '.opus' file (audio/opus) is not an accepted audio type for whatsapp; accepted: audio/aac, audio/amr, audio/mpeg, audio/mp4, audio/ogg. @/content/0",
    ]);
    expect(run(T('{"type":"audio","url":"https://x/a.mp3","name":"a.mp3"}'))).toEqual([]);
  });

  it('refuses an audio notification header', () => {
    const text =
      '{"contentType":"notification","content":[{"index":1,"type":"audio","url":"https://x/a.aac","mime":"audio/aac"},{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}]}';
    expect(run(text)).toEqual([
      'attachment-type error 1:60-1:67 An audio file cannot be a notification header: use an image, a video or a document. @/content/0/type',
    ]);
  });

  it('checks sizes: 100 MB on whatsapp, Meta per-type sizes on whatsapp-cloud', () => {
    expect(run(T('{"type":"document","url":"https://x/a.pdf","name":"a.pdf","mime":"application/pdf","size":104857601}'))).toEqual([
      'attachment-type error 1:139-1:148 The document is 104,857,601 bytes (100 MB); whatsapp accepts at most 104,857,600 bytes (100 MB). @/content/0/size',
    ]);
    expect(
      run(T('{"type":"image","url":"https://x/a.png","name":"a.png","mime":"image/png","size":5242881}'), { profile: 'whatsapp-cloud' }),
    ).toEqual([
      'attachment-type error 1:130-1:137 The image is 5,242,881 bytes (5 MB); whatsapp-cloud accepts at most 5,242,880 bytes (5 MB). @/content/0/size',
    ]);
    expect(run(T('{"type":"image","url":"https://x/a.png","name":"a.png","mime":"image/png","size":5242881}'))).toEqual([]);
  });
});
