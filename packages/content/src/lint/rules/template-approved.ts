import { findTemplate, templatesNamed } from '../../templates/approved.js';
import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/** What each non-approved status means at send time (META-ERRORS; META-TEMPLATES for the statuses). */
const STATUS_MESSAGES: Record<string, string> = {
  PENDING:
    'is still in review (PENDING); it cannot be sent until Meta approves it: sends fail with error 132001 (template does not exist) until then',
  PAUSED: 'is PAUSED by Meta for low quality: sends fail with error 132015 (template is paused)',
  DISABLED: 'is DISABLED by Meta for low quality: sends fail with error 132016 (template is disabled)',
  IN_APPEAL: 'is IN_APPEAL after a rejection; it cannot be sent until the appeal is granted',
  PENDING_DELETION: 'is being deleted (PENDING_DELETION): sends fail with error 132001 (template does not exist)',
  DELETED: 'was DELETED: sends fail with error 132001 (template does not exist)',
  ARCHIVED: 'is ARCHIVED (unused for a year); unarchive it before sending',
  LIMIT_EXCEEDED: 'is over the template limit of the account (LIMIT_EXCEEDED); it cannot be sent',
};

/**
 * The notification's `id` must name a template that Meta lists, in the notification's language,
 * with status APPROVED. Needs the templates export (`--templates`, config `templates`).
 */
export const templateApproved: Rule = {
  meta: ruleMeta({
    id: 'template-approved',
    defaultSeverity: 'error',
    description: 'The notification names a template approved by Meta in its language (needs the templates export).',
    fixable: false,
  }),
  check(context) {
    const list = context.options.templates;
    if (!list) return;
    const template = viewTemplate(context);
    if (!template || template.name === undefined || template.language === undefined) return;
    const named = templatesNamed(list, template.name);
    if (named.length === 0) {
      reportAt(context, {
        path: template.idPointer,
        message: `Template '${template.name}' is not in the templates export: sends fail with error 132001 (template name does not exist in the translation).`,
      });
      return;
    }
    const found = findTemplate(list, template.name, template.language);
    if (!found) {
      const languages = [...new Set(named.map((t) => t.language))].sort().join(', ');
      reportAt(context, {
        path: template.languagePointer,
        message: `Template '${template.name}' has no ${template.language} translation in the export (it has ${languages}): sends fail with error 132001 (template name does not exist in the translation).`,
      });
      return;
    }
    if (found.status === 'APPROVED') return;
    const reason = found.rejectedReason && found.rejectedReason !== 'NONE' ? ` (reason: ${found.rejectedReason})` : '';
    const status =
      found.status === 'REJECTED'
        ? `was REJECTED by Meta${reason}; it cannot be sent: sends fail with error 132001 (template does not exist)`
        : (STATUS_MESSAGES[found.status] ?? `has status ${found.status}; only APPROVED templates can be sent`);
    reportAt(context, { path: template.idPointer, message: `Template '${template.name}' (${template.language}) ${status}.` });
  },
};
