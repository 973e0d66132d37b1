/**
 * Mapping of an InviteToChat request to field-code render data (SPEC §3, §4.6).
 */
import type { RenderData } from '@fieldcode/language';
import { getOwn, setOwn } from './invite-to-chat.js';
import type { InviteToChatRequest } from './types.js';

/** ESP parameters that configure DMS and are not user data. */
const REQUEST_PARAMETERS = new Set([
  '_umsChannel',
  '_umsClientId',
  '_umsBusinessId',
  'StandardResponseId',
  'ChatQueueKey',
  'TerminateSessionFlag',
  'Contact',
  'Agent',
  'CustomProperties',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies own enumerable properties into a fresh plain object (no prototype keys are followed). */
function copyObject(source: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (!isObject(source)) return result;
  for (const key of Object.keys(source)) setOwn(result, key, source[key]);
  return result;
}

/**
 * Builds render data from a request: `Contact` → `Contact`, `Agent` → `Agent`, `CustomProperties`
 * → `Variables` (each `OtherProperty` `{ Name, Value }` pair becomes `Variables[Name] = Value`;
 * other keys are copied as they are), and every other parameter that is not an ESP setting
 * (`_ums*`, `StandardResponseId`, `ChatQueueKey`, `TerminateSessionFlag`) → `Interaction.AttachedData`.
 */
export function inviteToChatToRenderData(request: InviteToChatRequest): RenderData {
  const parameters = getOwn(request, 'Parameters');
  const data: RenderData = {};
  const contact = getOwn(parameters, 'Contact');
  if (isObject(contact)) data.Contact = copyObject(contact);
  const agent = getOwn(parameters, 'Agent');
  if (isObject(agent)) data.Agent = copyObject(agent);

  const customProperties = getOwn(parameters, 'CustomProperties');
  if (isObject(customProperties)) {
    const variables: Record<string, unknown> = {};
    for (const key of Object.keys(customProperties)) {
      const value = customProperties[key];
      if (key !== 'OtherProperty') {
        setOwn(variables, key, value);
        continue;
      }
      for (const pair of Array.isArray(value) ? value : [value]) {
        const name = getOwn(pair, 'Name');
        if (typeof name === 'string' && name !== '') setOwn(variables, name, getOwn(pair, 'Value') ?? '');
      }
    }
    data.Variables = variables;
  }

  const attached: Record<string, unknown> = {};
  if (isObject(parameters)) {
    for (const key of Object.keys(parameters)) {
      if (!REQUEST_PARAMETERS.has(key)) setOwn(attached, key, parameters[key]);
    }
  }
  if (Object.keys(attached).length > 0) data.Interaction = { AttachedData: attached };
  return data;
}
