/**
 * Validation of an InviteToChat request (SPEC §4.6; DMS "ESP request" table).
 */
import { ownOptions } from '@fieldcode/language';
import type { Diagnostic, Severity } from '@fieldcode/language';
import { normalizeWhatsAppNumber } from './phone.js';
import { startRange } from './text-position.js';
import type { InviteToChatRequest, ValidateInviteToChatOptions } from './types.js';

/** `<tenant-id>:<Chat Server endpoint name>`, e.g. `1:session-WA-sendSR`. */
const CHAT_QUEUE_KEY = /^\d+:[^\s:]+$/;

/** Parameters whose value must be a string. */
const STRING_PARAMETERS = [
  '_umsChannel',
  '_umsClientId',
  '_umsBusinessId',
  'StandardResponseId',
  'ChatQueueKey',
  'TerminateSessionFlag',
] as const;
/** Parameters whose value must be a KVList (object). */
const LIST_PARAMETERS = ['Contact', 'Agent', 'CustomProperties'] as const;

function own(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
}

/**
 * Checks an InviteToChat request: mandatory `_umsClientId` and `_umsBusinessId`; `_umsChannel`
 * when several channels are configured (`options.channelCount`); `ChatQueueKey` format;
 * `TerminateSessionFlag` `true|false`; value types; for WhatsApp, the client number (warning).
 * Diagnostics carry `path` (JSON pointer into the request) and are positioned with
 * `options.locate` when given (otherwise at the start of the text).
 */
export function validateInviteToChat(request: InviteToChatRequest, given: ValidateInviteToChatOptions = {}): Diagnostic[] {
  const options = ownOptions(given);
  const diagnostics: Diagnostic[] = [];
  const locate = options.locate;
  const report = (code: string, severity: Severity, message: string, path: string, at: string = path): void => {
    const range = locate?.(at) ?? locate?.(parentOf(at)) ?? startRange();
    diagnostics.push({ code, severity, message, path, range });
  };
  const parameters = own(request, 'Parameters') ?? {};

  const service = own(request, 'Service');
  if (service !== undefined && service !== 'ChatService') {
    // Values of the request are customer data: messages name the field, never quote its value.
    report('esp-service-method', 'error', 'Service must be "ChatService" for InviteToChat (this request gives another value)', '/Service');
  }
  const method = own(request, 'Method');
  if (method !== undefined && method !== 'InviteToChat') {
    report('esp-service-method', 'error', 'Method must be "InviteToChat" (this request gives another value)', '/Method');
  }

  // "If application type is empty, AppName must be specified" (DMS ESP request); checked on full requests only.
  if (service !== undefined || method !== undefined) {
    const appName = own(request, 'AppName');
    const appType = own(request, 'AppType');
    if ((appName === undefined || appName === '') && (appType === undefined || appType === '')) {
      report(
        'esp-app',
        'warning',
        'The request names neither AppName nor AppType (171 for DMS): the ESP object needs one of them to reach DMS',
        '/AppName',
        service !== undefined ? '/Service' : '/Method',
      );
    }
  }

  for (const key of STRING_PARAMETERS) {
    const value = own(parameters, key);
    if (value !== undefined && typeof value !== 'string') {
      report('esp-parameter-type', 'error', `${key} must be a string, found ${describeKind(value)}`, `/Parameters/${key}`);
    }
  }
  for (const key of LIST_PARAMETERS) {
    const value = own(parameters, key);
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      report('esp-parameter-type', 'error', `${key} must be a KVList (object), found ${describeKind(value)}`, `/Parameters/${key}`);
    }
  }

  for (const key of ['_umsClientId', '_umsBusinessId'] as const) {
    const value = own(parameters, key);
    if (value === undefined || value === '') {
      report(
        'esp-missing-parameter',
        'error',
        `${key} is mandatory`,
        `/Parameters/${key}`,
        value === undefined ? '/Parameters' : `/Parameters/${key}`,
      );
    }
  }
  const channel = own(parameters, '_umsChannel');
  if ((options.channelCount ?? 1) > 1 && (channel === undefined || channel === '')) {
    report(
      'esp-missing-parameter',
      'error',
      `_umsChannel is mandatory when ${options.channelCount} channels are configured`,
      '/Parameters/_umsChannel',
      '/Parameters',
    );
  }

  const queueKey = own(parameters, 'ChatQueueKey');
  if (typeof queueKey === 'string' && !CHAT_QUEUE_KEY.test(queueKey)) {
    report(
      'esp-chat-queue-key',
      'error',
      `ChatQueueKey must be <tenant-id>:<Chat Server endpoint name> (e.g. 1:session-WA-sendSR)`,
      '/Parameters/ChatQueueKey',
    );
  }
  const terminate = own(parameters, 'TerminateSessionFlag');
  if (typeof terminate === 'string' && terminate !== 'true' && terminate !== 'false') {
    const hint = /^(true|false)$/i.test(terminate) ? ` (write it in lowercase: "${terminate.toLowerCase()}")` : '';
    report(
      'esp-terminate-session-flag',
      'error',
      `TerminateSessionFlag must be "true" or "false"${hint}`,
      '/Parameters/TerminateSessionFlag',
    );
  }

  const clientId = own(parameters, '_umsClientId');
  if (typeof clientId === 'string' && clientId !== '' && isWhatsApp(options, channel)) {
    const businessId = own(parameters, '_umsBusinessId');
    const number = normalizeWhatsAppNumber(clientId, typeof businessId === 'string' ? { registeredNumber: businessId } : {});
    if (!number.valid) {
      // The customer's number is never shown: every number in the reason becomes "the number".
      const reason = (number.reason ?? '').replace(/\+?\d{6,}/gu, 'the number');
      report('esp-client-number', 'warning', `_umsClientId may not be reachable on WhatsApp: ${reason}`, '/Parameters/_umsClientId');
    }
  }

  const customProperties = own(parameters, 'CustomProperties');
  const otherProperty = own(customProperties, 'OtherProperty');
  if (otherProperty !== undefined) {
    const pairs = Array.isArray(otherProperty) ? otherProperty : [otherProperty];
    pairs.forEach((pair, index) => {
      const path = Array.isArray(otherProperty)
        ? `/Parameters/CustomProperties/OtherProperty/${index}`
        : '/Parameters/CustomProperties/OtherProperty';
      if (typeof own(pair, 'Name') !== 'string' || own(pair, 'Name') === '') {
        report('esp-custom-property', 'error', 'An OtherProperty entry needs a non-empty Name and a Value', path);
      }
    });
  }
  return diagnostics;
}

function isWhatsApp(options: ValidateInviteToChatOptions, channel: unknown): boolean {
  if (options.media !== undefined) return options.media === 'whatsapp';
  return typeof channel === 'string' && /whatsapp/i.test(channel);
}

function parentOf(pointer: string): string {
  const index = pointer.lastIndexOf('/');
  return index <= 0 ? '' : pointer.slice(0, index);
}

/** What a value is, without the value (request values are customer data). */
function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list of repeated values';
  if (typeof value === 'object') return 'a KVList';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  return `a ${typeof value}`;
}
