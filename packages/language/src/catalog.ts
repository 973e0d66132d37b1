/**
 * Known objects and properties (reference §6, SPEC §3): types and descriptions for completion,
 * hover and the `unknown-field` rule. Contact, Variables and AttachedData are open-ended (a data
 * dictionary may add fields); Agent and Interaction are closed.
 */
import type { FieldType } from './types.js';

export interface PropertyInfo {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  /** Properties that take an argument, e.g. `AttachedData("Key")`, `Exists(Value)`. */
  readonly argument?: string;
  /** Members of an object- or list-valued property. */
  readonly properties?: ReadonlyMap<string, PropertyInfo>;
}

export interface ObjectInfo {
  readonly name: string;
  readonly description: string;
  /** True when every property is known (any other name is certainly unknown). */
  readonly closed: boolean;
  /** Keyed by lower-case property name. */
  readonly properties: ReadonlyMap<string, PropertyInfo>;
}

function props(list: PropertyInfo[]): ReadonlyMap<string, PropertyInfo> {
  return new Map(list.map((p) => [p.name.toLowerCase(), p]));
}

const str = (name: string, description: string): PropertyInfo => ({ name, type: 'string', description });

/** The objects a template can read, keyed by lower-case name. */
export const objectCatalog: ReadonlyMap<string, ObjectInfo> = new Map<string, ObjectInfo>([
  [
    'contact',
    {
      name: 'Contact',
      description: 'The contact (customer) the response is for. Projects may add their own attributes.',
      closed: false,
      properties: props([
        str('Id', 'Contact ID.'),
        str('Title', 'Title, e.g. Mr., Ms.'),
        str('FirstName', 'First name.'),
        str('LastName', 'Last name.'),
        str('FullName', 'First and last name.'),
        str('PrimaryEmailAddress', 'Primary e-mail address.'),
        str('PrimaryPhoneNumber', 'Primary phone number.'),
        {
          name: 'EmailAddresses',
          type: 'list',
          description: 'The contact’s e-mail addresses (a list).',
          properties: props([
            { name: 'Count', type: 'number', description: 'Number of e-mail addresses.' },
            { name: 'Exists', type: 'boolean', description: 'True when the address is one of the contact’s.', argument: 'Address' },
          ]),
        },
      ]),
    },
  ],
  [
    'agent',
    {
      name: 'Agent',
      description: 'The agent handling the interaction (for automated replies, the configured default agent).',
      closed: true,
      properties: props([
        str('FirstName', 'First name.'),
        str('LastName', 'Last name.'),
        str('FullName', 'First and last name.'),
        str('Signature', 'Signature text.'),
      ]),
    },
  ],
  [
    'interaction',
    {
      name: 'Interaction',
      description: 'The interaction being processed.',
      closed: true,
      properties: props([
        str('Id', 'Interaction ID.'),
        { name: 'DateCreated', type: 'date-time', description: 'Date/Time the interaction was created (ISO 8601 in the data).' },
        str('Subject', 'Subject.'),
        str('ToAddress', 'Recipient address.'),
        str('FromAddress', 'Originator address.'),
        { name: 'AttachedData', type: 'object', description: 'Value of an attached-data key (interaction attribute).', argument: 'Key' },
        str('TimeZone', 'Time zone of the interaction: GMT, GMT+hh.mm or GMT-hh.mm (e.g. GMT+01.00).'),
      ]),
    },
  ],
  [
    'variables',
    {
      name: 'Variables',
      description: 'Custom variables; a bare name such as CustomProp_Date reads Variables.CustomProp_Date.',
      closed: false,
      properties: new Map(),
    },
  ],
]);

/** Looks up a dotted path (`Contact.EmailAddresses.Count`) in the catalog, ignoring case. */
export function catalogEntry(path: string): PropertyInfo | ObjectInfo | undefined {
  const [objectName, ...rest] = path.split('.');
  let entry: PropertyInfo | ObjectInfo | undefined = objectCatalog.get((objectName ?? '').toLowerCase());
  for (const name of rest) {
    entry = entry?.properties?.get(name.toLowerCase());
    if (entry === undefined) return undefined;
  }
  return entry;
}
