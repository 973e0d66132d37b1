/** Types of ESP InviteToChat requests (SPEC §4.6, DMS "Outbound interaction from Workflow"). */
import type { Diagnostic, Range } from '@fieldcode/language';

/**
 * A KVList as a plain object. A key that occurs more than once (`OtherProperty`) holds an array of
 * its values in order; integers stay numbers.
 */
export interface KvObject {
  [key: string]: KvObjectValue;
}
export type KvObjectValue = string | number | boolean | null | KvObject | KvObjectValue[];

/** The `Parameters` of an InviteToChat request. Other keys are attached user data. */
export interface InviteToChatParameters {
  /** DMS channel name; mandatory only when DMS has several channels. */
  _umsChannel?: string;
  /** WhatsApp: client phone number; Apple Messages: conversation id. Mandatory. */
  _umsClientId?: string;
  /** Business phone number of the channel in the Hub configuration. Mandatory. */
  _umsBusinessId?: string;
  StandardResponseId?: string;
  /** `<tenant-id>:<Chat Server endpoint name>`, e.g. `1:session-WA-sendSR`. */
  ChatQueueKey?: string;
  /** `true` or `false` (default `false`). */
  TerminateSessionFlag?: string;
  Contact?: KvObject;
  Agent?: KvObject;
  /** `OtherProperty` Name/Value pairs, or plain keys. */
  CustomProperties?: KvObject;
  [key: string]: KvObjectValue | undefined;
}

/** An ESP request `{ Service: "ChatService", Method: "InviteToChat", Parameters }`. */
export interface InviteToChatRequest {
  Version?: string;
  AppName?: string;
  AppType?: string | number;
  Service?: string;
  Method?: string;
  Parameters: InviteToChatParameters;
  [key: string]: KvObjectValue | InviteToChatParameters | undefined;
}

/** Where a value of the request came from in the parsed text, by JSON pointer (`/Parameters/_umsClientId`). */
export type SourceLocator = (pointer: string) => Range | undefined;

export interface ValidateInviteToChatOptions {
  /** Number of channels configured in DMS; `_umsChannel` is mandatory when greater than 1. */
  channelCount?: number;
  /**
   * Media of the channel. `whatsapp` checks `_umsClientId` as a phone number; by default the media
   * is WhatsApp when `_umsChannel` contains "whatsapp" (case-insensitive).
   */
  media?: 'whatsapp' | 'apple-messages' | 'other';
  /** Positions diagnostics in the parsed text (set by `parseInviteToChat`). */
  locate?: SourceLocator;
}

export interface ParseInviteToChatOptions extends Omit<ValidateInviteToChatOptions, 'locate'> {}

export interface ParseInviteToChatResult {
  request: InviteToChatRequest | null;
  /** Syntax and validation diagnostics, positioned in the parsed text, with `path` (JSON pointer) where a value is concerned. */
  diagnostics: Diagnostic[];
  /** Which form the text was read as. */
  format: 'json' | 'dms-log' | 'unknown';
}
