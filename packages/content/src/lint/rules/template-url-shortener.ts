import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/** Well-known public URL shorteners (hosts, lowercase). */
export const URL_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  't.ly',
  'tiny.cc',
  'bl.ink',
  's.id',
  'v.gd',
  'shorte.st',
  'adf.ly',
  'lnkd.in',
  'wa.link',
]);

/**
 * URL buttons must not use a URL shortener: Meta's template guidelines ask to refrain from
 * shorteners (bit.ly, tinyurl, goo.gl) because they obscure the link destination, and list them
 * among rejection reasons (Meta, WhatsApp message template guidelines, "Rejections").
 */
export const templateUrlShortener: Rule = {
  meta: ruleMeta({
    id: 'template-url-shortener',
    defaultSeverity: 'warning',
    description: 'URL buttons do not use URL shorteners such as bit.ly (Meta may reject the template).',
    fixable: false,
    messages: {
      shortener:
        '{{host}} is a URL shortener: use the full link of your own domain (Meta may reject templates whose links hide their destination).',
    },
  }),
  check(context) {
    for (const button of viewTemplate(context)?.buttons ?? []) {
      const url = button.url;
      if (!url) continue;
      const m = /^\s*https?:\/\/([^/?#:\s{}]+)/i.exec(url.text);
      if (!m) continue;
      const host = m[1]!.toLowerCase().replace(/^www\./, '');
      if (!URL_SHORTENERS.has(host)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      reportAt(context, {
        path: url.pointer,
        start,
        end: start + m[1]!.length,
        messageId: 'shortener',
        data: { host },
      });
    }
  },
};
