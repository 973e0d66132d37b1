import { ruleMeta, type Rule } from '../rule.js';
import { checkTableLimits, LENGTH_MESSAGES } from '../structure.js';

/** List texts: button label, section titles, row titles, descriptions and ids (limit table: message/limits.ts). */
export const listTextLength: Rule = {
  meta: ruleMeta({
    id: 'list-text-length',
    defaultSeverity: 'error',
    description: 'List button label, section titles, row titles, descriptions and ids must fit the profile.',
    fixable: false,
    messages: LENGTH_MESSAGES,
  }),
  check(context) {
    checkTableLimits(context, 'list-text-length');
  },
};
