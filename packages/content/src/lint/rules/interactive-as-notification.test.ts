import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'interactive-as-notification';

describe('interactive-as-notification', () => {
  it('informs that reply buttons and lists only work inside the 24-hour window', () => {
    expect(run('{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"a","text":"A"}]}')).toEqual([
      "interactive-as-notification info 1:16-1:31 Reply buttons are an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with quick-reply buttons. @/contentType",
    ]);
    const list =
      '{"contentType":"single-selection-list","text":"Pick","button":"Go","content":[{"type":"section","title":"S","rows":[{"id":"1","title":"r"}]}]}';
    expect(run(list)).toEqual([
      "interactive-as-notification info 1:16-1:39 A list message is an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with quick-reply buttons. @/contentType",
    ]);
  });

  it('warns about interactive items inside a notification', () => {
    const text =
      '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."},{"index":2,"type":"reply-button","id":"a","text":"A"}]}';
    expect(run(text)).toEqual([
      "interactive-as-notification warning 1:138-1:152 A 'reply-button' item cannot be part of a notification: interactive messages only work inside the 24-hour window. Use 'quick-reply' buttons in notifications. @/content/1/type",
    ]);
  });

  it('says nothing for notifications, or on channels without the window (apple-messages)', () => {
    expect(
      run('{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}]}'),
    ).toEqual([]);
    expect(
      run('{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"a","text":"A"}]}', {
        profile: 'apple-messages',
      }),
    ).toEqual([]);
  });

  it('can be raised to a warning or turned off by configuration', () => {
    const text = '{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"a","text":"A"}]}';
    expect(run(text, { rules: { 'interactive-as-notification': 'warning' } })[0]).toMatch(
      /^interactive-as-notification warning 1:16-1:31 /,
    );
    expect(run(text, { rules: { 'interactive-as-notification': 'off' } })).toEqual([]);
  });
});
