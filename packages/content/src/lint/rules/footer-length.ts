import { ruleMeta, type Rule } from '../rule.js';
import { checkTableLimits, LENGTH_MESSAGES } from '../structure.js';

/** Footers of notifications (a `text` item after the body) and of interactive messages (limit table: message/limits.ts). */
export const footerLength: Rule = {
  meta: ruleMeta({
    id: 'footer-length',
    defaultSeverity: 'error',
    description: 'Footers must fit the profile (60 characters on WhatsApp).',
    fixable: false,
    messages: LENGTH_MESSAGES,
  }),
  check(context) {
    checkTableLimits(context, 'footer-length');
  },
};
