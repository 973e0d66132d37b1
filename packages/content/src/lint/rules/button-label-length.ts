import { ruleMeta, type Rule } from '../rule.js';
import { checkTableLimits, LENGTH_MESSAGES } from '../structure.js';

/** Button labels, reply-button and quick-reply titles and ids, URL and phone values of buttons (limit table: message/limits.ts). */
export const buttonLabelLength: Rule = {
  meta: ruleMeta({
    id: 'button-label-length',
    defaultSeverity: 'error',
    description: 'Button labels (and button URLs and phone numbers) must fit the profile.',
    fixable: false,
    messages: LENGTH_MESSAGES,
  }),
  check(context) {
    checkTableLimits(context, 'button-label-length');
  },
};
