/**
 * `exportTemplates`: the body of Meta's `POST /{WABA-ID}/message_templates` for each template
 * (language) of a standard response, validated against `meta-template-create.schema.json`.
 * Field codes are not part of a Meta template: the exported text is the notification's `{{…}}`
 * text; the parameter values stay in the response and only lend their rendered sample as example.
 */
import { validateSchema } from '../model/validate.js';
import { buttonGroupBreak } from '../message/button-groups.js';
import { scanPlaceholders } from '../message/placeholders.js';
import { responseTemplates, withExamples, type ResponseTemplate, type TemplateText } from './model.js';

/** A component of the creation request (Meta's shape). */
export type MetaComponent = Record<string, unknown> & { type: 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS' };

/** The creation request body (validated against `meta-template-create`). */
export interface MetaTemplateCreate {
  name: string;
  language: string;
  category: string;
  parameter_format: 'positional' | 'named';
  components: MetaComponent[];
}

/** Why a template cannot be exported, with the JSON pointer of the part of the response at fault. */
export interface ExportProblem {
  message: string;
  path: string;
}

export interface ExportedTemplate {
  name?: string;
  language?: string;
  /** `''` for the main body, `/variants/<language>` for a variant. */
  variantPointer: string;
  /** The request body; undefined when a problem prevents the export. */
  body?: MetaTemplateCreate;
  problems: ExportProblem[];
}

const FIELD_CODE = /<\$|\$>/;

/**
 * Exports every template (main body and language variants) of a parsed standard response.
 * A response with no `notification` body gives an empty list. Never throws.
 */
export function exportTemplates(response: unknown): ExportedTemplate[] {
  return responseTemplates(response).map(exportTemplate);
}

/** Exports one template; problems name the pointer of the part of the response at fault. */
export function exportTemplate(template: ResponseTemplate): ExportedTemplate {
  const problems: ExportProblem[] = [];
  const result: ExportedTemplate = { variantPointer: template.variantPointer, problems };
  if (template.name !== undefined) result.name = template.name;
  if (template.language !== undefined) result.language = template.language;
  if (template.name === undefined)
    problems.push({
      message: 'The notification has no template id (namespace@name); Meta needs a template name.',
      path: template.idPointer,
    });
  if (template.language === undefined) problems.push({ message: 'The notification has no language.', path: template.languagePointer });
  if (template.category === undefined) {
    // A bare structured body has no place for template metadata: say where it goes.
    const bare = template.structuredPointer === '';
    problems.push({
      message: bare
        ? 'The response has no category (MARKETING, UTILITY or AUTHENTICATION); Meta needs one to review the template. A bare structured body cannot hold one: wrap it in an envelope, { "category": "UTILITY", "structured": { … } }.'
        : 'The response has no category (MARKETING, UTILITY or AUTHENTICATION); Meta needs one to review the template.',
      path: '',
    });
  }
  for (const u of template.unsupported)
    problems.push({ message: `A '${u.type}' item at this place has no counterpart in a Meta template.`, path: u.pointer });

  for (const part of [template.header?.text, template.body, ...template.buttons.map((b) => b.url)])
    if (part !== undefined) problems.push(...strayPlaceholders(part, template.parameterFormat));
  const broken = buttonGroupBreak(template.buttons, (b) => b.type === 'QUICK_REPLY');
  if (broken !== undefined)
    problems.push({
      message:
        broken.kind === 'between-quick-replies'
          ? 'This button sits between quick replies; Meta takes quick replies mixed with other buttons only as one group before or after them (invalid combination).'
          : 'This button follows the quick replies while other buttons precede them; Meta takes quick replies mixed with other buttons only as one group before or after them (invalid combination).',
      path: template.buttons[broken.position]!.pointer,
    });

  const components: MetaComponent[] = [];
  const named = template.parameterFormat === 'named';
  if (template.header) {
    const h = template.header;
    if (h.format === 'TEXT' && h.text) {
      const component: MetaComponent = { type: 'HEADER', format: 'TEXT', text: staticText(h.text.text, h.text.pointer, problems) };
      const example = textExample(h.text, named, 'header', problems);
      if (example) component['example'] = example;
      components.push(component);
    } else {
      if (h.handle === undefined) {
        problems.push({
          message: `${h.format === 'IMAGE' ? 'An' : 'A'} ${h.format.toLowerCase()} header needs a sample: set examples.header.handle to the upload handle Meta's Resumable Upload API returned for the sample file.`,
          path: h.pointer,
        });
      }
      components.push({ type: 'HEADER', format: h.format, example: { header_handle: [h.handle ?? ''] } });
    }
  }
  if (template.body) {
    const component: MetaComponent = { type: 'BODY', text: staticText(template.body.text, template.body.pointer, problems) };
    const example = textExample(template.body, named, 'body', problems);
    if (example) component['example'] = example;
    components.push(component);
  }
  if (template.footer) components.push({ type: 'FOOTER', text: staticText(template.footer.text, template.footer.pointer, problems) });
  if (template.buttons.length > 0) {
    components.push({
      type: 'BUTTONS',
      buttons: template.buttons.map((b) => {
        const label = staticText(b.label, `${b.pointer}/text`, problems);
        if (b.type === 'URL' && b.url) {
          const button: Record<string, unknown> = { type: 'URL', text: label, url: staticText(b.url.text, b.url.pointer, problems) };
          if (b.url.variables.length > 0) {
            const missing = b.url.examples.find((e) => e.value === undefined);
            if (missing)
              problems.push({
                message: `The URL variable {{${missing.key}}} has no example: add examples.buttons["${b.position}"] or sample data for its parameter.`,
                path: b.url.pointer,
              });
            button['example'] = [withExamples(b.url)];
          }
          return button;
        }
        if (b.type === 'OTP') {
          // Meta's copy-code one-time-password button; the label is optional (Meta shows "Copy code").
          const otp: Record<string, unknown> = { type: 'OTP', otp_type: 'COPY_CODE' };
          if (b.label !== '') otp['text'] = label;
          return otp;
        }
        if (b.type === 'COPY_CODE') {
          if (b.code?.example === undefined)
            problems.push({
              message: `The copy-code button has no example code: add examples.buttons["${b.position}"] or sample data for its code (Meta reviews a sample code).`,
              path: b.code?.pointer ?? b.pointer,
            });
          return { type: 'COPY_CODE', example: b.code?.example ?? '' };
        }
        if (b.type === 'PHONE_NUMBER')
          return { type: 'PHONE_NUMBER', text: label, phone_number: staticText(b.phone ?? '', `${b.pointer}/phone`, problems) };
        return { type: b.type, text: label };
      }),
    });
  }
  const body: MetaTemplateCreate = {
    name: template.name ?? '',
    language: template.language ?? '',
    category: template.category ?? '',
    parameter_format: template.parameterFormat,
    components,
  };
  // Truth comes from Meta's rules: the request must validate against the creation schema (checked
  // once the response's own problems are fixed, so that one cause is reported once).
  if (problems.length === 0)
    for (const issue of validateSchema('meta-template-create', body)) {
      problems.push({
        message: `The exported template breaks Meta's creation rules at ${issue.instancePath || '/'}: ${issue.message}.`,
        path: template.body?.itemPointer ?? '',
      });
    }
  if (problems.length === 0) result.body = body;
  return result;
}

/** A template text must be static: field codes are evaluated per customer, Meta approves fixed text. */
function staticText(text: string, path: string, problems: ExportProblem[]): string {
  if (FIELD_CODE.test(text)) {
    problems.push({
      message: 'This text holds field codes; a Meta template text is fixed: move the field codes into parameters and use {{…}} variables.',
      path,
    });
  }
  return text;
}

function textExample(
  part: TemplateText,
  named: boolean,
  kind: 'header' | 'body',
  problems: ExportProblem[],
): Record<string, unknown> | undefined {
  if (part.variables.length === 0) return undefined;
  for (const e of part.examples) {
    if (e.value === undefined) {
      problems.push({
        message: `Variable {{${e.key}}} has no example: add examples.${kind}["${e.key}"] or sample data for its parameter (Meta requires an example for every variable).`,
        path: e.parameterPointer ?? part.pointer,
      });
    }
  }
  const values = part.examples.map((e) => e.value ?? '');
  if (named) {
    return { [`${kind}_text_named_params`]: part.examples.map((e) => ({ param_name: e.key, example: e.value ?? '' })) };
  }
  return kind === 'header' ? { header_text: values } : { body_text: [values] };
}

/**
 * Placeholder spellings the response does not fill (the `placeholder-syntax` findings): they
 * would reach Meta as text that looks like a variable, or as a variable without a parameter.
 */
function strayPlaceholders(part: TemplateText, format: 'positional' | 'named'): ExportProblem[] {
  const filled = new Set(part.variables.map((v) => v.start));
  const url = part.pointer.endsWith('/url');
  return scanPlaceholders(part.text)
    .filter((p) => !filled.has(p.start))
    .map((p) => {
      const written = part.text.slice(p.start, p.end);
      let why: string;
      if (!p.wellFormed) why = `write it {{${p.key}}}`;
      else if (url) why = "a URL button's suffix variable is always {{1}}";
      else if (p.named && format === 'positional')
        why = 'this response\'s parameters are positional: write {{n}}, or declare "parameterFormat": "named"';
      else if (!p.named && format === 'named') why = 'this response has named parameters: write {{name}}';
      else why = 'it is no variable Meta accepts';
      return { message: `'${written}' is not a variable of this template: ${why} (placeholder-syntax).`, path: part.pointer };
    });
}
