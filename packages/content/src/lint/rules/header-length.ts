import { ruleMeta, type Rule } from '../rule.js';
import { scanPlaceholders } from '../../message/placeholders.js';
import { checkTableLimits, LENGTH_MESSAGES } from '../structure.js';

/** Text headers: length (after filling `{{n}}`, limit table: message/limits.ts) and number of variables. */
export const headerLength: Rule = {
  meta: ruleMeta({
    id: 'header-length',
    defaultSeverity: 'error',
    description: 'Text headers must fit the profile (60 characters, at most 1 variable on WhatsApp).',
    fixable: false,
    messages: {
      ...LENGTH_MESSAGES,
      tooManyVariables: 'The text header has {{count}} variables; at most {{max}} allowed ({{profile}}).',
    },
  }),
  check(context) {
    for (const { template } of checkTableLimits(context, 'header-length')) {
      if (context.file.response?.model.contentType !== 'notification') continue;
      const maxVariables = context.limit('header.text.variables');
      const count = scanPlaceholders(template.value).length;
      if (maxVariables && count > maxVariables.value) {
        context.report({
          template,
          messageId: 'tooManyVariables',
          data: { count, max: maxVariables.value, profile: context.profile.name },
        });
      }
    }
  },
};
