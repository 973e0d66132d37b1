/**
 * `POST /v1/templates/check` and `POST /v1/templates/export`: the WhatsApp template round-trip
 * with Meta over HTTP. No second implementation: the check is the lint core run with the templates
 * (rules `template-approved` and `template-drift`, as `fieldcode lint --templates` and `fieldcode
 * template diff`), the export is `exportTemplates` (as `fieldcode template export`). This module
 * finds the response, reads the templates and shapes the answers.
 */
import type { Diagnostic } from '@fieldcode/language';
import type { ApprovedTemplate, LintOptions } from '@fieldcode/content';
import type { ContentApi } from '../content.js';
import { diagnosticJson } from './answer-json.js';
import type { LibrarySnapshot } from './library.js';
import { describeIssues } from './render-request.js';
import { isTemplateCheckFinding, templateCheckCodes } from '../templates-input.js';

export type TemplatesApi = Pick<
  ContentApi,
  | 'lint'
  | 'validateSchema'
  | 'readTemplateExport'
  | 'exportTemplates'
  | 'exportProblemDiagnostics'
  | 'responseTemplates'
  | 'findTemplate'
  | 'positionInJsonText'
>;

/** The validated body of a template request (schema `template-request`). */
export interface TemplateRequest {
  response: string | Record<string, unknown>;
  templates?: unknown;
}

/** An answer: status and JSON body. */
export interface TemplateAnswer {
  status: 200 | 400 | 404 | 422;
  body: unknown;
}

/** The response's text (findings are positioned in it), its value and the path it is linted as. */
interface Source {
  text: string;
  value: unknown;
  path: string;
}

function sourceOf(library: LibrarySnapshot, response: TemplateRequest['response']): Source | TemplateAnswer {
  if (typeof response === 'object') return { text: JSON.stringify(response, null, 2), value: response, path: 'response.json' };
  const key = response.replace(/^\.\//, '');
  const entry = library.byId.get(key) ?? library.byPath.get(key);
  if (entry === undefined) {
    return {
      status: 404,
      body: {
        error: 'unknown-response',
        message: `No standard response with the id or path ${JSON.stringify(response)} in the served folder`,
      },
    };
  }
  return { text: entry.text, value: entry.response, path: entry.path };
}

const noTemplate = (what: string): TemplateAnswer => ({
  status: 422,
  body: { error: 'no-template', message: `${what} has no WhatsApp notification (template) to check or export` },
});

/**
 * Checks a response against the templates Meta lists: those of the request, else those of the
 * folder's configuration. `200 { ok: true, templates, diagnostics }` when every language matches
 * an approved template, `422` with the same shape when not.
 */
export function checkTemplates(api: TemplatesApi, library: LibrarySnapshot, request: TemplateRequest): TemplateAnswer {
  let templates: readonly ApprovedTemplate[] | undefined = library.settings.templates;
  if (request.templates !== undefined) {
    const issues = api.validateSchema('meta-template-list', request.templates);
    if (issues.length > 0) {
      return {
        status: 400,
        body: {
          error: 'bad-request',
          message: `"templates" is not the JSON of GET /{WABA-ID}/message_templates (one page or a list of pages): ${describeIssues(issues, 'body.templates')}`,
        },
      };
    }
    templates = api.readTemplateExport(request.templates).templates;
  }
  if (templates === undefined) {
    return {
      status: 400,
      body: {
        error: 'bad-request',
        message: `No templates to check against: give "templates" (the JSON of GET /{WABA-ID}/message_templates) or set "templates" in the served folder's fieldcode.config.json`,
      },
    };
  }
  const source = sourceOf(library, request.response);
  if ('status' in source) return source;
  const ours = api.responseTemplates(source.value);
  if (ours.length === 0) return noTemplate(typeof request.response === 'string' ? request.response : 'The response');

  const settings = library.settings;
  const options: LintOptions = { filePath: source.path, templates, rules: { ...settings.rules } };
  for (const code of templateCheckCodes) options.rules![code] = 'error';
  if (settings.profile !== undefined) options.profile = settings.profile;
  if (settings.dataDictionary !== undefined) options.dataDictionary = settings.dataDictionary;
  const findings = api.lint(source.text, options).diagnostics.filter(isTemplateCheckFinding);
  const ok = !findings.some((d) => d.severity === 'error');
  return {
    status: ok ? 200 : 422,
    body: {
      ok,
      templates: ours.map((template) => {
        const approved =
          template.name === undefined || template.language === undefined
            ? undefined
            : api.findTemplate(templates, template.name, template.language);
        return {
          name: template.name ?? null,
          language: template.language ?? null,
          pointer: template.variantPointer,
          status: approved?.status ?? null,
          ...(approved?.id === undefined ? {} : { templateId: approved.id }),
        };
      }),
      diagnostics: findings.map(answerDiagnostic),
    },
  };
}

/**
 * The bodies of Meta's `POST /{WABA-ID}/message_templates` for every language of the response,
 * all or nothing: `200 { templates: [{ name, language, pointer, body }] }`, or `422 { ok: false,
 * problems }` with each reason positioned on the part of the response at fault.
 */
export function exportResponseTemplates(api: TemplatesApi, library: LibrarySnapshot, request: TemplateRequest): TemplateAnswer {
  const source = sourceOf(library, request.response);
  if ('status' in source) return source;
  const exported = api.exportTemplates(source.value);
  if (exported.length === 0) return noTemplate(typeof request.response === 'string' ? request.response : 'The response');
  const problems = exported.flatMap((template) => api.exportProblemDiagnostics(template.problems));
  if (problems.length > 0) {
    return { status: 422, body: { ok: false, problems: api.positionInJsonText(source.text, problems).map(answerDiagnostic) } };
  }
  return {
    status: 200,
    body: {
      ok: true,
      templates: exported.map((template) => ({
        name: template.name,
        language: template.language,
        pointer: template.variantPointer,
        body: template.body,
      })),
    },
  };
}

/** A finding as the API answers it (no editor fixes), as an object. */
function answerDiagnostic(diagnostic: Diagnostic): unknown {
  return JSON.parse(diagnosticJson(diagnostic));
}
