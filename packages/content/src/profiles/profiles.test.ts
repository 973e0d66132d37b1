import { describe, expect, it } from 'vitest';
import type { LimitId } from '../types.js';
import { validateSchema } from '../model/index.js';
import { defaultProfileName, getProfile, limitValue, profileNames, profiles, resolveProfile } from './index.js';

describe('limit profiles', () => {
  it('ships whatsapp (default), whatsapp-cloud and apple-messages', () => {
    expect(profileNames).toEqual(['whatsapp', 'whatsapp-cloud', 'apple-messages']);
    expect(defaultProfileName).toBe('whatsapp');
    expect(resolveProfile(undefined)?.name).toBe('whatsapp');
    expect(resolveProfile('apple-messages')?.name).toBe('apple-messages');
    expect(resolveProfile('nope')).toBeUndefined();
    expect(getProfile('toString')).toBeUndefined();
    const custom = { ...profiles.whatsapp!, name: 'custom' };
    expect(resolveProfile(custom)).toBe(custom);
  });

  it('match the limit-profile schema', () => {
    for (const name of profileNames) expect(validateSchema('limit-profile', getProfile(name)), name).toEqual([]);
  });

  it('keeps a source on every figure and counts code points by default', () => {
    for (const name of profileNames) {
      const profile = getProfile(name)!;
      expect(profile.lengthUnit).toBe('code-points');
      for (const [id, limit] of Object.entries(profile.limits)) {
        expect(typeof limit!.value, `${name} ${id}`).toBe('number');
        expect(limit!.source.length, `${name} ${id}`).toBeGreaterThan(10);
      }
    }
  });

  it('holds the seed figures (whatsapp) and Meta 2026 figures (whatsapp-cloud)', () => {
    const pick = (name: string, ids: LimitId[]) => Object.fromEntries(ids.map((id) => [id, limitValue(getProfile(name)!, id)]));
    const ids: LimitId[] = [
      'header.text.length',
      'header.text.variables',
      'body.length',
      'footer.length',
      'buttons.total',
      'buttons.quickReply',
      'buttons.url',
      'buttons.phone',
      'buttons.label.length',
      'list.rows',
      'list.body.length',
      'list.body.warnLength',
      'carousel.cardBody.length',
      'attachment.bytes',
      'attachment.image.bytes',
    ];
    expect(pick('whatsapp', ids)).toEqual({
      'header.text.length': 60,
      'header.text.variables': 1,
      'body.length': 1024,
      'footer.length': 60,
      'buttons.total': 3,
      'buttons.quickReply': 3,
      'buttons.url': 1,
      'buttons.phone': 1,
      'buttons.label.length': 20,
      'list.rows': 10,
      'list.body.length': 4096,
      'list.body.warnLength': 1024,
      'carousel.cardBody.length': 160,
      'attachment.bytes': 104857600,
      'attachment.image.bytes': undefined,
    });
    expect(pick('whatsapp-cloud', ids)).toEqual({
      'header.text.length': 60,
      'header.text.variables': 1,
      'body.length': 1024,
      'footer.length': 60,
      'buttons.total': 10,
      'buttons.quickReply': 10,
      'buttons.url': 2,
      'buttons.phone': 1,
      'buttons.label.length': 25,
      'list.rows': 10,
      'list.body.length': 4096,
      'list.body.warnLength': 1024,
      'carousel.cardBody.length': 160,
      'attachment.bytes': 104857600,
      'attachment.image.bytes': 5242880,
    });
    expect(getProfile('whatsapp')!.buttonMixing).toBe('grouped');
    expect(getProfile('whatsapp-cloud')!.buttonMixing).toBe('grouped');
    expect(
      pick('apple-messages', ['quickReplies.min', 'quickReplies.max', 'interactive.string.length', 'text.length', 'body.length']),
    ).toEqual({
      'quickReplies.min': 2,
      'quickReplies.max': 5,
      'interactive.string.length': 200,
      'text.length': 2000,
      'body.length': undefined,
    });
  });

  it('whatsapp keeps the figures the Genesys guide states and says so; other figures follow Meta', () => {
    const whatsapp = getProfile('whatsapp')!;
    for (const id of ['buttons.total', 'buttons.quickReply', 'buttons.url', 'buttons.label.length'] as LimitId[]) {
      expect(whatsapp.limits[id]!.source, id).toMatch(/^Genesys Messaging Applications 9\.1\.0, WhatsApp Guide/);
      expect(whatsapp.limits[id]!.note, id).toMatch(/Meta/);
    }
    expect(whatsapp.limits['list.body.length']!.source).toBe(
      'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages',
    );
    // Meta's media page: no audio/opus, but MP3 and M4A.
    for (const name of ['whatsapp', 'whatsapp-cloud'])
      expect(getProfile(name)!.attachmentTypes.audio, name).toEqual(['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg']);
  });

  it('takes the carousel figures from the interactive carousel page (the carousel the channels send)', () => {
    const page = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages';
    for (const name of ['whatsapp', 'whatsapp-cloud']) {
      const profile = getProfile(name)!;
      for (const id of [
        'carousel.cards.min',
        'carousel.cards.max',
        'carousel.cardBody.length',
        'carousel.cardButtons',
        'carousel.buttonLabel.length',
      ] as LimitId[]) {
        expect(profile.limits[id]!.source, `${name} ${id}`).toBe(page);
      }
      expect(limitValue(profile, 'carousel.buttonLabel.length'), name).toBe(20);
    }
  });
});
