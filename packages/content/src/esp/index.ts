// Barrel of src/esp: ESP InviteToChat requests, DMS log KVLists, WhatsApp phone numbers.
export { parseInviteToChat } from './invite-to-chat.js';
export { validateInviteToChat } from './validate.js';
export { inviteToChatToRenderData } from './render-data.js';
export { parseKvListLog, type KvList, type KvEntry, type KvValue, type ParseKvListLogResult } from './kvlist.js';
export { normalizeWhatsAppNumber, type NormalizeWhatsAppNumberOptions, type NormalizedWhatsAppNumber } from './phone.js';
export type {
  InviteToChatRequest,
  InviteToChatParameters,
  KvObject,
  KvObjectValue,
  ParseInviteToChatOptions,
  ParseInviteToChatResult,
  ValidateInviteToChatOptions,
  SourceLocator,
} from './types.js';
