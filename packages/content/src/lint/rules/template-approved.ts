import { ownValue } from '@fieldcode/language';
import { findTemplate, templatesNamed, type TemplateStatus } from '../../templates/approved.js';
import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * The message id of each non-approved status (META-ERRORS; META-TEMPLATES for the statuses); the
 * wording is in the rule's meta.messages.
 */
const STATUS_MESSAGE: Readonly<Record<Exclude<TemplateStatus, 'APPROVED' | 'REJECTED'>, string>> = {
  PENDING: 'pending',
  PAUSED: 'paused',
  DISABLED: 'disabled',
  IN_APPEAL: 'inAppeal',
  PENDING_DELETION: 'pendingDeletion',
  DELETED: 'deleted',
  ARCHIVED: 'archived',
  LIMIT_EXCEEDED: 'limitExceeded',
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
    messages: {
      notInExport:
        "Template '{{name}}' is not in the templates export: sends fail with error 132001 (template name does not exist in the translation).",
      noTranslation:
        "Template '{{name}}' has no {{language}} translation in the export (it has {{languages}}): sends fail with error 132001 (template name does not exist in the translation).",
      rejected:
        "Template '{{name}}' ({{language}}) was REJECTED by Meta; it cannot be sent: sends fail with error 132001 (template does not exist).",
      rejectedWithReason:
        "Template '{{name}}' ({{language}}) was REJECTED by Meta (reason: {{reason}}); it cannot be sent: sends fail with error 132001 (template does not exist).",
      pending:
        "Template '{{name}}' ({{language}}) is still in review (PENDING); it cannot be sent until Meta approves it: sends fail with error 132001 (template does not exist) until then.",
      paused: "Template '{{name}}' ({{language}}) is PAUSED by Meta for low quality: sends fail with error 132015 (template is paused).",
      disabled:
        "Template '{{name}}' ({{language}}) is DISABLED by Meta for low quality: sends fail with error 132016 (template is disabled).",
      inAppeal: "Template '{{name}}' ({{language}}) is IN_APPEAL after a rejection; it cannot be sent until the appeal is granted.",
      pendingDeletion:
        "Template '{{name}}' ({{language}}) is being deleted (PENDING_DELETION): sends fail with error 132001 (template does not exist).",
      deleted: "Template '{{name}}' ({{language}}) was DELETED: sends fail with error 132001 (template does not exist).",
      archived: "Template '{{name}}' ({{language}}) is ARCHIVED (unused for a year); unarchive it before sending.",
      limitExceeded: "Template '{{name}}' ({{language}}) is over the template limit of the account (LIMIT_EXCEEDED); it cannot be sent.",
      otherStatus: "Template '{{name}}' ({{language}}) has status {{status}}; only APPROVED templates can be sent.",
    },
  }),
  check(context) {
    const list = context.options.templates;
    if (!list) return;
    const template = viewTemplate(context);
    if (!template || template.name === undefined || template.language === undefined) return;
    const named = templatesNamed(list, template.name);
    if (named.length === 0) {
      reportAt(context, { path: template.idPointer, messageId: 'notInExport', data: { name: template.name } });
      return;
    }
    const found = findTemplate(list, template.name, template.language);
    if (!found) {
      const languages = [...new Set(named.map((t) => t.language))].sort().join(', ');
      reportAt(context, {
        path: template.languagePointer,
        messageId: 'noTranslation',
        data: { name: template.name, language: template.language, languages },
      });
      return;
    }
    if (found.status === 'APPROVED') return;
    const data = { name: template.name, language: template.language };
    if (found.status === 'REJECTED') {
      const reason = found.rejectedReason && found.rejectedReason !== 'NONE' ? found.rejectedReason : undefined;
      reportAt(context, {
        path: template.idPointer,
        ...(reason === undefined ? { messageId: 'rejected', data } : { messageId: 'rejectedWithReason', data: { ...data, reason } }),
      });
      return;
    }
    const messageId = ownValue(STATUS_MESSAGE, found.status);
    reportAt(context, {
      path: template.idPointer,
      ...(messageId === undefined ? { messageId: 'otherStatus', data: { ...data, status: found.status } } : { messageId, data }),
    });
  },
};
