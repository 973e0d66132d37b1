import { describe, it, expect } from 'vitest';
import type { LimitProfile } from '@fieldcode/content';
import { countersFor, formatCounter } from './counters.js';
import { toPreviewMessage } from './model.js';

const source = 'test fixture';
const profile: LimitProfile = {
  name: 'test',
  description: 'test profile',
  lengthUnit: 'code-points',
  buttonMixing: 'exclusive',
  attachmentTypes: { image: [], video: [], audio: [], document: [] },
  limits: {
    'header.text.length': { value: 60, source },
    'body.length': { value: 1024, source },
    'footer.length': { value: 60, source },
    'buttons.label.length': { value: 20, source },
    'list.button.length': { value: 20, source },
    'list.rowTitle.length': { value: 24, source },
    'list.rowDescription.length': { value: 72, source },
    'list.sectionTitle.length': { value: 24, source },
    'list.body.length': { value: 4096, source },
  },
};

describe('countersFor', () => {
  it('counts header, body, footer and button labels of a notification', () => {
    const message = toPreviewMessage({
      contentType: 'notification',
      content: [
        { index: 2, type: 'notification', text: 'Hello John Smith,' },
        { index: 1, type: 'text', text: 'x'.repeat(61) },
        { index: 3, type: 'text', text: 'Footer' },
        { index: 4, type: 'quick-reply', text: 'A label longer than twenty' },
      ],
    });
    const counters = countersFor(message, profile);
    expect(counters.map(formatCounter)).toEqual(['header 61/60', 'body 17/1024', 'footer 6/60', 'button 1 26/20']);
    expect(counters.map((c) => c.over)).toEqual([true, false, false, true]);
  });

  it("counts a copy-code button's code against its own limit, and its label only when it sets one", () => {
    const message = toPreviewMessage({
      contentType: 'notification',
      content: [
        { index: 1, type: 'notification', text: 'Your coupon' },
        { index: 2, type: 'copy-code-button', code: 'SPRINGSALE2026XY' },
        { index: 3, type: 'copy-code-button', text: 'Copy the coupon', code: 'SAVE10' },
      ],
    });
    const counters = countersFor(message, { ...profile, limits: { ...profile.limits, 'buttons.copyCode.length': { value: 15, source } } });
    expect(counters.map(formatCounter)).toEqual(['body 11/1024', 'button 1 code 16/15', 'button 2 15/20', 'button 2 code 6/15']);
    expect(counters.map((c) => c.over)).toEqual([false, true, false, false]);
  });

  it('counts list fields and shows counters without a limit', () => {
    const message = toPreviewMessage({
      contentType: 'single-selection-list',
      text: 'Which store?',
      button: 'Choose store',
      content: [{ type: 'section', title: 'Paris', rows: [{ id: 'p1', title: 'Opera', description: '9:00–19:00' }] }],
    });
    expect(countersFor(message, profile).map(formatCounter)).toEqual([
      'body 12/4096',
      'list button 12/20',
      'section 1 title 5/24',
      'row 1.1 title 5/24',
      'row 1.1 description 10/72',
    ]);
    const bare: LimitProfile = { ...profile, limits: {} };
    expect(countersFor(toPreviewMessage('Hi'), bare).map(formatCounter)).toEqual(['text 2']);
  });
});

describe('counters from the compiled model', () => {
  it('place an item with "index": "-1" where the lint and the renderer do (the footer), counted against footer.length', () => {
    const message = toPreviewMessage({
      contentType: 'notification',
      content: [
        { index: '-1', type: 'text', text: 'x'.repeat(61) },
        { index: 1, type: 'notification', text: 'Body' },
      ],
    });
    expect(message.header).toBeNull();
    expect(message.footer).toBe('x'.repeat(61));
    expect(countersFor(message, profile).map(formatCounter)).toEqual(['body 4/1024', 'footer 61/60']);
  });

  it('count what the payload carries: placeholders filled from rendered parameters', () => {
    const message = toPreviewMessage(
      {
        contentType: 'notification',
        content: [{ type: 'notification', text: 'Hi {{1}}', parameters: [{ index: 1, value: '<$ Contact.FirstName $>' }] }],
      },
      { Contact: { FirstName: 'Ann' } },
    );
    expect(countersFor(message, profile).map(formatCounter)).toEqual(['body 6/1024']);
  });
});
