/**
 * Templates as Meta lists them: the JSON of `GET /{WABA-ID}/message_templates?fields=name,language,
 * status,category,components,parameter_format` (one page, or a saved list of pages). Platform-free:
 * the caller reads the files and hands the parsed JSON to {@link readTemplateExport}; the lint core
 * receives the result as `LintOptions.templates`.
 */
import { validateSchema } from '../model/validate.js';
import { findPlaceholders } from '../message/placeholders.js';

/** Review status of a template in Meta's listing. */
export type TemplateStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'IN_APPEAL'
  | 'PENDING_DELETION'
  | 'DELETED'
  | 'LIMIT_EXCEEDED'
  | 'ARCHIVED';

export interface ApprovedButton {
  type: string;
  text?: string;
  url?: string;
  phone_number?: string;
}

/** One template in one language, as listed by Meta. */
export interface ApprovedTemplate {
  id?: string;
  name: string;
  language: string;
  status: TemplateStatus;
  category?: string;
  parameterFormat: 'positional' | 'named';
  rejectedReason?: string;
  header?: { format: string; text?: string };
  body?: { text: string };
  footer?: { text: string };
  /**
   * Meta's preset fields of an AUTHENTICATION template: the body's `add_security_recommendation`
   * and the footer's `code_expiration_minutes`, when the listing gives them.
   */
  authentication?: { addSecurityRecommendation?: boolean; codeExpirationMinutes?: number };
  buttons: ApprovedButton[];
}

/** The result of reading an export: the templates and what was wrong with the input. */
export interface TemplateExport {
  templates: ApprovedTemplate[];
  /** Schema problems (`instancePath` JSON pointer + message); templates are read only when empty. */
  problems: Array<{ path: string; message: string }>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function str(value: unknown, key: string): string | undefined {
  const v = own(value, key);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads a parsed export (a page `{ data, paging }` or an array of pages), validating it against
 * `meta-template-list.schema.json` first. Never throws.
 */
export function readTemplateExport(value: unknown): TemplateExport {
  const issues = validateSchema('meta-template-list', value);
  if (issues.length > 0) return { templates: [], problems: issues.map((i) => ({ path: i.instancePath, message: i.message })) };
  const pages = Array.isArray(value) ? value : [value];
  const templates: ApprovedTemplate[] = [];
  for (const page of pages) {
    const data = (page as Json)['data'] as unknown[];
    for (const entry of data) templates.push(readTemplate(entry as Json));
  }
  return { templates, problems: [] };
}

function readTemplate(entry: Json): ApprovedTemplate {
  const components = Array.isArray(entry['components']) ? (entry['components'] as unknown[]) : [];
  const find = (type: string) => components.find((c) => str(c, 'type') === type) as Json | undefined;
  const header = find('HEADER');
  const body = find('BODY');
  const footer = find('FOOTER');
  const buttons = find('BUTTONS');
  const format = (str(entry, 'parameter_format') ?? '').toLowerCase();
  const bodyText = str(body, 'text');
  const template: ApprovedTemplate = {
    name: str(entry, 'name') ?? '',
    language: str(entry, 'language') ?? '',
    status: (str(entry, 'status') ?? 'PENDING') as TemplateStatus,
    // Meta's default is positional; a listing without the field but with named variables is named.
    parameterFormat:
      format === 'named' || (format === '' && findPlaceholders(bodyText ?? '', 'any').some((v) => v.named)) ? 'named' : 'positional',
    buttons: [],
  };
  const id = str(entry, 'id');
  if (id !== undefined) template.id = id;
  const category = str(entry, 'category');
  if (category !== undefined) template.category = category;
  const reason = str(entry, 'rejected_reason');
  if (reason !== undefined) template.rejectedReason = reason;
  if (header) {
    template.header = { format: str(header, 'format') ?? 'TEXT' };
    const text = str(header, 'text');
    if (text !== undefined) template.header.text = text;
  }
  if (bodyText !== undefined) template.body = { text: bodyText };
  // Meta's preset fields of an AUTHENTICATION template, as the listing gives them.
  const recommendation = own(body, 'add_security_recommendation');
  if (typeof recommendation === 'boolean') (template.authentication ??= {}).addSecurityRecommendation = recommendation;
  const footerText = str(footer, 'text');
  if (footerText !== undefined) template.footer = { text: footerText };
  const minutes = own(footer, 'code_expiration_minutes');
  if (typeof minutes === 'number' && Number.isInteger(minutes)) (template.authentication ??= {}).codeExpirationMinutes = minutes;
  const list = isObject(buttons) && Array.isArray(buttons['buttons']) ? (buttons['buttons'] as unknown[]) : [];
  for (const b of list) {
    const button: ApprovedButton = { type: str(b, 'type') ?? '' };
    for (const key of ['text', 'url', 'phone_number'] as const) {
      const v = str(b, key);
      if (v !== undefined) button[key] = v;
    }
    template.buttons.push(button);
  }
  return template;
}

/** Every listed template with this name, in every language. */
export function templatesNamed(templates: readonly ApprovedTemplate[], name: string): ApprovedTemplate[] {
  return templates.filter((t) => t.name === name);
}

/**
 * The listed template with this name and language. When the listing holds several (an export
 * of several WABAs, or a re-created template), an approved one wins.
 */
export function findTemplate(templates: readonly ApprovedTemplate[], name: string, language: string): ApprovedTemplate | undefined {
  const matches = templates.filter((t) => t.name === name && t.language === language);
  return matches.find((t) => t.status === 'APPROVED') ?? matches[0];
}
