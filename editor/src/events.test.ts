import { describe, expect, it } from 'vitest';
import {
  dispatchFieldcodeEvent,
  FieldcodeChangeEvent,
  FieldcodeDiagnosticsEvent,
  FieldcodeProfileChangeEvent,
  FieldcodeRenderedEvent,
  FieldcodeSampleDataChangeEvent,
} from './events.js';

function record(target: EventTarget, types: string[]): Array<[string, unknown, boolean]> {
  const seen: Array<[string, unknown, boolean]> = [];
  for (const type of types)
    target.addEventListener(type, (event) => seen.push([event.type, (event as CustomEvent).detail, event.bubbles && event.composed]));
  return seen;
}

describe('fieldcode element events', () => {
  it('dispatch the prefixed typed event, then the deprecated un-prefixed one with the same detail', () => {
    const target = new EventTarget();
    const seen = record(target, ['fieldcode-change', 'change']);
    dispatchFieldcodeEvent(target, new FieldcodeChangeEvent('Hi <$ Contact.FirstName $>'));
    expect(seen).toEqual([
      ['fieldcode-change', { value: 'Hi <$ Contact.FirstName $>' }, true],
      ['change', { value: 'Hi <$ Contact.FirstName $>' }, true],
    ]);
  });

  it('name every event with the fieldcode- prefix and map it to its former name', () => {
    const target = new EventTarget();
    const types = [
      'fieldcode-diagnostics',
      'diagnostics',
      'fieldcode-sample-data-change',
      'change',
      'fieldcode-rendered',
      'rendered',
      'fieldcode-profile-change',
      'profile-change',
    ];
    const seen = record(target, types);
    dispatchFieldcodeEvent(
      target,
      new FieldcodeDiagnosticsEvent({ diagnostics: [], text: '', lintMs: 1, roundTripMs: 2, provisional: false }),
    );
    dispatchFieldcodeEvent(target, new FieldcodeSampleDataChangeEvent({ Contact: { FirstName: 'Ann' } }));
    dispatchFieldcodeEvent(target, new FieldcodeRenderedEvent(3));
    dispatchFieldcodeEvent(target, new FieldcodeProfileChangeEvent('whatsapp-cloud'));
    expect(seen.map(([type]) => type)).toEqual(types);
    expect(seen[3]![1]).toEqual({ value: { Contact: { FirstName: 'Ann' } } });
    expect(seen[7]![1]).toEqual({ profile: 'whatsapp-cloud' });
  });

  it('are CustomEvent instances of their own class', () => {
    const event = new FieldcodeRenderedEvent(5);
    expect(event).toBeInstanceOf(CustomEvent);
    expect(event).toBeInstanceOf(FieldcodeRenderedEvent);
    expect([event.type, event.detail]).toEqual(['fieldcode-rendered', { durationMs: 5 }]);
  });
});
