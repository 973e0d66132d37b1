/**
 * Percent-encoding of a rendered value placed in a URL (a URL button's `{{1}}`). Data can hold a
 * lone UTF-16 surrogate (half of an emoji cut off by a length limit upstream, `'a\ud800b'`), which
 * `encodeURIComponent` refuses with a URIError. Such a surrogate is replaced by U+FFFD (the
 * replacement character, `%EF%BF%BD`), and the caller reports a warning.
 */

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Diagnostic code of a repaired value. */
export const URL_LONE_SURROGATE = 'url-lone-surrogate';

/** The warning's message (the value itself is data and is not quoted). */
export const urlLoneSurrogateMessage =
  'A value placed in a URL holds a lone UTF-16 surrogate (broken text in the data); it is sent as the replacement character U+FFFD';

/** `value` percent-encoded; `repaired` tells whether lone surrogates were replaced first. */
export function encodeUrlComponent(value: string): { text: string; repaired: boolean } {
  const wellFormed = value.replace(loneSurrogate, '\uFFFD');
  return { text: encodeURIComponent(wellFormed), repaired: wellFormed !== value };
}
