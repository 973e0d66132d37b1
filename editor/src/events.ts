// Typed events of the fieldcode elements. Their names carry the `fieldcode-` prefix so they never
// collide with native events (a `change` from an <input> or monaco's hidden textarea bubbling
// through the element). Each is a CustomEvent subclass: `detail` is typed, `instanceof` works, and
// `addEventListener('fieldcode-change', …)` is typed through HTMLElementEventMap (below).
//
// Deprecation: until 0.3.0 the elements also dispatch the former un-prefixed events (`change`,
// `diagnostics`, `rendered`, `profile-change`) with the same detail, right after the new one;
// they are removed in 0.3.0 (see docs/editor.md, "Events").
import type { Diagnostic, RenderData } from '@fieldcode/language';

const init = { bubbles: true, composed: true } as const;

/** `<fieldcode-editor>`: the text changed (after every edit). */
export class FieldcodeChangeEvent extends CustomEvent<{ value: string }> {
  static readonly type = 'fieldcode-change';
  constructor(value: string) {
    super(FieldcodeChangeEvent.type, { ...init, detail: { value } });
  }
}

/**
 * `<fieldcode-editor>`: a lint run finished and its markers are set. `text` is the text that was
 * linted: when it differs from the element's `value`, a newer run is on its way. `provisional`: an incremental answer for a
 * large file (the edited string re-linted, other findings moved from the last whole-file lint);
 * the whole-file lint follows once typing pauses, with `provisional: false`.
 */
export class FieldcodeDiagnosticsEvent extends CustomEvent<{
  diagnostics: Diagnostic[];
  text: string;
  lintMs: number;
  roundTripMs: number;
  provisional: boolean;
}> {
  static readonly type = 'fieldcode-diagnostics';
  constructor(detail: { diagnostics: Diagnostic[]; text: string; lintMs: number; roundTripMs: number; provisional: boolean }) {
    super(FieldcodeDiagnosticsEvent.type, { ...init, detail });
  }
}

/** `<fieldcode-sample-data>`: the sample data changed and is valid. */
export class FieldcodeSampleDataChangeEvent extends CustomEvent<{ value: RenderData }> {
  static readonly type = 'fieldcode-sample-data-change';
  constructor(value: RenderData) {
    super(FieldcodeSampleDataChangeEvent.type, { ...init, detail: { value } });
  }
}

/** `<fieldcode-preview>`: the preview re-rendered. */
export class FieldcodeRenderedEvent extends CustomEvent<{ durationMs: number }> {
  static readonly type = 'fieldcode-rendered';
  constructor(durationMs: number) {
    super(FieldcodeRenderedEvent.type, { ...init, detail: { durationMs } });
  }
}

/** `<fieldcode-preview>`: the user picked another limit profile. */
export class FieldcodeProfileChangeEvent extends CustomEvent<{ profile: string }> {
  static readonly type = 'fieldcode-profile-change';
  constructor(profile: string) {
    super(FieldcodeProfileChangeEvent.type, { ...init, detail: { profile } });
  }
}

type FieldcodeEvent =
  FieldcodeChangeEvent | FieldcodeDiagnosticsEvent | FieldcodeSampleDataChangeEvent | FieldcodeRenderedEvent | FieldcodeProfileChangeEvent;

/** The deprecated un-prefixed name of each event (dispatched too until 0.3.0). */
const legacyTypes: Readonly<Record<keyof FieldcodeEventMap, string>> = {
  'fieldcode-change': 'change',
  'fieldcode-diagnostics': 'diagnostics',
  'fieldcode-sample-data-change': 'change',
  'fieldcode-rendered': 'rendered',
  'fieldcode-profile-change': 'profile-change',
};

/** Dispatches the event, then its deprecated un-prefixed twin (removed in 0.3.0). */
export function dispatchFieldcodeEvent(target: EventTarget, event: FieldcodeEvent): void {
  target.dispatchEvent(event);
  target.dispatchEvent(new CustomEvent(legacyTypes[event.type as keyof FieldcodeEventMap], { ...init, detail: event.detail }));
}

/** Every fieldcode event by name. */
export interface FieldcodeEventMap {
  'fieldcode-change': FieldcodeChangeEvent;
  'fieldcode-diagnostics': FieldcodeDiagnosticsEvent;
  'fieldcode-sample-data-change': FieldcodeSampleDataChangeEvent;
  'fieldcode-rendered': FieldcodeRenderedEvent;
  'fieldcode-profile-change': FieldcodeProfileChangeEvent;
}

declare global {
  interface HTMLElementEventMap extends FieldcodeEventMap {}
}
