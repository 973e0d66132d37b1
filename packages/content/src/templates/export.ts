/**
 * `exportTemplates`: the body of Meta's `POST /{WABA-ID}/message_templates` for each template
 * (language) of a standard response, validated against `meta-template-create.schema.json`.
 * Field codes are not part of a Meta template: the exported text is the notification's `{{…}}`
 * text; the parameter values stay in the response and only lend their rendered sample as example.
 */
import type { Diagnostic } from '@fieldcode/language';
import { validateSchema } from '../model/validate.js';
import { buttonGroupBreak } from '../message/button-groups.js';
import { scanPlaceholders } from '../message/placeholders.js';
import { responseTemplates, withExamples, type ResponseTemplate, type TemplateButton, type TemplateText } from './model.js';

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

/**
 * Why a template cannot be exported, with the JSON pointer of the part of the response at fault
 * and, when that part is a string, the offending run in it (offsets in the decoded string: the
 * `{{…}}` placeholder, the field code, or the whole string).
 */
export interface ExportProblem {
  message: string;
  path: string;
  start?: number;
  end?: number;
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
    problems.push({
      message: `A '${u.type}' item at this place has no counterpart in a Meta template.`,
      ...whole(`${u.pointer}/type`, u.type),
    });

  for (const part of [template.header?.text, template.body, ...template.buttons.map((b) => b.url)])
    if (part !== undefined) problems.push(...strayPlaceholders(part, template.parameterFormat));
  const broken = buttonGroupBreak(template.buttons, (b) => b.type === 'QUICK_REPLY');
  if (broken !== undefined)
    problems.push({
      message:
        broken.kind === 'between-quick-replies'
          ? 'This button sits between quick replies; Meta takes quick replies mixed with other buttons only as one group before or after them (invalid combination).'
          : 'This button follows the quick replies while other buttons precede them; Meta takes quick replies mixed with other buttons only as one group before or after them (invalid combination).',
      ...whole(`${template.buttons[broken.position]!.pointer}/type`, template.buttons[broken.position]!.itemType),
    });

  const components: MetaComponent[] = [];
  // Where each part of the request comes from, to position a creation-schema problem on the
  // response (the longest request path that prefixes the problem's path wins).
  const sources = new Map<string, Place>();
  const at = (component: MetaComponent, place: Place): MetaComponent => {
    sources.set(`/components/${components.length}`, place);
    components.push(component);
    return component;
  };
  const named = template.parameterFormat === 'named';
  const authentication = template.category === 'AUTHENTICATION';
  if (template.header) {
    const h = template.header;
    const type = whole(`${h.pointer}/type`, h.itemType);
    if (h.format === 'TEXT' && h.text) {
      const component = at({ type: 'HEADER', format: 'TEXT', text: staticText(h.text, problems) }, whole(h.text.pointer, h.text.text));
      sources.set(`/components/${components.length - 1}/text`, whole(h.text.pointer, h.text.text));
      const example = textExample(h.text, named, 'header', problems);
      if (example) component['example'] = example;
    } else if (h.format === 'LOCATION') {
      // Meta approves the LOCATION format alone: the place is the send-time `location` parameter.
      at({ type: 'HEADER', format: 'LOCATION' }, type);
    } else {
      if (h.handle === undefined) {
        problems.push({
          message: `${h.format === 'IMAGE' ? 'An' : 'A'} ${h.format.toLowerCase()} header needs a sample: set examples.header.handle to the upload handle Meta's Resumable Upload API returned for the sample file.`,
          ...type,
        });
      }
      at({ type: 'HEADER', format: h.format, example: { header_handle: [h.handle ?? ''] } }, type);
    }
  }
  if (template.body && authentication) {
    // Meta writes an authentication template's body itself ("<code> is your verification code."):
    // the request carries only the preset's option (Meta: authentication templates).
    const component: MetaComponent = { type: 'BODY' };
    const recommendation = template.authentication?.addSecurityRecommendation;
    if (recommendation !== undefined) component['add_security_recommendation'] = recommendation;
    at(component, whole(template.body.pointer, template.body.text));
  } else if (template.body) {
    const body = template.body;
    const component = at({ type: 'BODY', text: staticText(body, problems) }, whole(body.pointer, body.text));
    sources.set(`/components/${components.length - 1}/text`, whole(body.pointer, body.text));
    const example = textExample(body, named, 'body', problems);
    if (example) component['example'] = example;
  }
  const minutes = template.authentication?.codeExpirationMinutes;
  if (authentication && minutes !== undefined) {
    // The footer of an authentication template is Meta's expiry notice ("This code expires in N minutes.").
    at({ type: 'FOOTER', code_expiration_minutes: minutes }, { path: `${template.authentication!.pointer}/codeExpirationMinutes` });
  } else if (authentication && template.footer) {
    problems.push({
      message:
        'An authentication template has no footer text of its own: Meta writes "This code expires in N minutes." when the response sets authentication.codeExpirationMinutes; remove this footer or set the minutes.',
      ...whole(template.footer.pointer, template.footer.text),
    });
  } else if (template.footer) {
    const footer = template.footer;
    at({ type: 'FOOTER', text: staticText({ text: footer.text, pointer: footer.pointer }, problems) }, whole(footer.pointer, footer.text));
    sources.set(`/components/${components.length - 1}/text`, whole(footer.pointer, footer.text));
  }
  if (template.buttons.length > 0) {
    const index = components.length;
    at({ type: 'BUTTONS', buttons: template.buttons.map((b) => exportButton(b, problems)) }, { path: template.buttons[0]!.pointer });
    template.buttons.forEach((b, n) => {
      const prefix = `/components/${index}/buttons/${n}`;
      sources.set(prefix, whole(`${b.pointer}/type`, b.itemType));
      sources.set(`${prefix}/text`, whole(`${b.pointer}/text`, b.label));
      if (b.url) sources.set(`${prefix}/url`, whole(b.url.pointer, b.url.text));
      if (b.phone !== undefined) sources.set(`${prefix}/phone_number`, whole(`${b.pointer}/phone`, b.phone));
      if (b.code) sources.set(`${prefix}/example`, whole(b.code.pointer, b.code.text));
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
        ...placeOf(issue.instancePath, sources, template),
      });
    }
  if (problems.length === 0) result.body = body;
  return result;
}

/** A place in the response: a pointer and, in a string, the offending run of it. */
type Place = Pick<ExportProblem, 'path' | 'start' | 'end'>;

/** The whole string `text` at `path`. */
function whole(path: string, text: string): Place {
  return { path, start: 0, end: text.length };
}

/** The part of the response a request path comes from: the longest recorded prefix, else the body item. */
function placeOf(instancePath: string, sources: ReadonlyMap<string, Place>, template: ResponseTemplate): Place {
  for (let path = instancePath; path !== ''; path = path.slice(0, path.lastIndexOf('/'))) {
    const place = sources.get(path);
    if (place !== undefined) return place;
  }
  return { path: template.body?.itemPointer ?? '' };
}

/** One button of the BUTTONS component, in Meta's shape. */
function exportButton(b: TemplateButton, problems: ExportProblem[]): Record<string, unknown> {
  const label = staticText({ text: b.label, pointer: `${b.pointer}/text` }, problems);
  if (b.type === 'URL' && b.url) {
    const button: Record<string, unknown> = { type: 'URL', text: label, url: staticText(b.url, problems) };
    if (b.url.variables.length > 0) {
      const missing = b.url.examples.find((e) => e.value === undefined);
      if (missing)
        problems.push({
          message: `The URL variable {{${missing.key}}} has no example: add examples.buttons["${b.position}"] or sample data for its parameter.`,
          ...variablePlace(b.url, missing.key),
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
        ...(b.code === undefined ? whole(`${b.pointer}/type`, b.itemType) : whole(b.code.pointer, b.code.text)),
      });
    return { type: 'COPY_CODE', example: b.code?.example ?? '' };
  }
  if (b.type === 'PHONE_NUMBER')
    return {
      type: 'PHONE_NUMBER',
      text: label,
      phone_number: staticText({ text: b.phone ?? '', pointer: `${b.pointer}/phone` }, problems),
    };
  return { type: b.type, text: label };
}

/**
 * A template text must be static: field codes are evaluated per customer, Meta approves fixed
 * text. The problem is positioned on the first field code (`<$ … $>`, or a stray delimiter).
 */
function staticText(part: { text: string; pointer: string }, problems: ExportProblem[]): string {
  const text = part.text;
  const open = text.indexOf('<$');
  const close = text.indexOf('$>', open === -1 ? 0 : open + 2);
  if (open !== -1 || close !== -1) {
    const start = open !== -1 ? open : close;
    const end = close !== -1 ? close + 2 : text.length;
    problems.push({
      message: 'This text holds field codes; a Meta template text is fixed: move the field codes into parameters and use {{…}} variables.',
      path: part.pointer,
      start,
      end,
    });
  }
  return text;
}

/** The first `{{key}}` placeholder of a text. */
function variablePlace(part: TemplateText, key: string): Place {
  const variable = part.variables.find((v) => v.key === key);
  return variable === undefined ? whole(part.pointer, part.text) : { path: part.pointer, start: variable.start, end: variable.end };
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
        ...variablePlace(part, e.key),
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
 * Each is positioned on its spelling.
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
      return {
        message: `'${written}' is not a variable of this template: ${why} (placeholder-syntax).`,
        path: part.pointer,
        start: p.start,
        end: p.end,
      };
    });
}

/**
 * Export problems as diagnostics (code `template-export`, error) whose ranges are offsets in the
 * decoded string at `path` (the whole string when a problem names none): `positionInJsonText`
 * turns them into exact file ranges through JSON escapes. Shared by `fieldcode template export`
 * and the service's `POST /v1/templates/export`.
 */
export function exportProblemDiagnostics(problems: readonly ExportProblem[]): Diagnostic[] {
  return problems.map((problem) => {
    const start = problem.start ?? 0;
    const end = problem.end ?? start;
    return {
      code: 'template-export',
      severity: 'error',
      message: problem.message,
      path: problem.path,
      range: { start: { offset: start, line: 1, column: start + 1 }, end: { offset: end, line: 1, column: end + 1 } },
    };
  });
}
