import { getProfile, profileNames } from '../../profiles/index.js';
import { stringProperty } from '../json/tree.js';
import { propertyNode } from '../json/tree.js';
import { ruleMeta, type Rule } from '../rule.js';

/** An envelope's `profile` must name a shipped profile; the lint falls back to the default. */
export const unknownProfile: Rule = {
  meta: ruleMeta({
    id: 'unknown-profile',
    defaultSeverity: 'error',
    description: "The envelope's `profile` must name a known limit profile.",
    fixable: false,
    appliesTo: ['envelope'],
    messages: {
      unknownProfile: "Unknown profile '{{name}}'; known profiles: {{known}}. Linted with '{{used}}'.",
    },
  }),
  check(context) {
    const envelope = context.file.envelope;
    const name = stringProperty(envelope, 'profile');
    if (name === undefined || getProfile(name)) return;
    context.report({
      node: propertyNode(envelope, 'profile'),
      path: '/profile',
      messageId: 'unknownProfile',
      data: { name, known: profileNames.join(', '), used: context.profile.name },
    });
  },
};
