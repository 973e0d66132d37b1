import { findTemplate } from '../../templates/approved.js';
import { compareTemplate, DRIFT_KINDS } from '../../templates/compare.js';
import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * The notification must match the template Meta approved: header format, header and body
 * variables, body and footer text, buttons (count, types, order, labels, URLs and their suffix
 * variable). Each difference is reported on the part that differs, with the send-time error.
 */
export const templateDrift: Rule = {
  meta: ruleMeta({
    id: 'template-drift',
    defaultSeverity: 'error',
    description: 'The notification matches the template Meta approved (needs the templates export).',
    fixable: false,
    // One id per kind of drift; templates/compare.ts words each difference with the approved and
    // the response's values and the send-time error, so the message is that wording.
    messages: Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, '{{difference}}'])),
  }),
  check(context) {
    const list = context.options.templates;
    if (!list) return;
    const template = viewTemplate(context);
    if (!template || template.name === undefined || template.language === undefined) return;
    const approved = findTemplate(list, template.name, template.language);
    if (!approved) return;
    for (const drift of compareTemplate(template, approved)) {
      reportAt(context, {
        path: drift.path,
        start: drift.start,
        end: drift.end,
        messageId: drift.kind,
        data: { difference: drift.message },
      });
    }
  },
};
