import { ruleMeta, type Rule } from '../rule.js';

/**
 * A language variant is keyed by its Meta language code; its notification must carry that
 * `language`, or the variant would be sent (and checked) as another translation.
 */
export const templateVariantLanguage: Rule = {
  meta: ruleMeta({
    id: 'template-variant-language',
    defaultSeverity: 'error',
    description: "A language variant's notification has the variant's language.",
    fixable: false,
    messages: {
      noLanguage: "The notification of variant '{{variant}}' has no language; set it to '{{variant}}'.",
      wrongLanguage: "The notification of variant '{{variant}}' has language '{{language}}'; it must be '{{variant}}'.",
    },
  }),
  check(context) {
    const variant = context.file.variant;
    if (!variant?.structured) return;
    const body = variant.structured.items.find((i) => i.type === 'notification');
    if (!body) return;
    const language = body.node.children?.find((p) => p.children?.[0]?.value === 'language')?.children?.[1];
    if (!language || language.type !== 'string') {
      context.report({
        node: body.node,
        path: body.pointer,
        messageId: 'noLanguage',
        data: { variant: variant.language },
      });
    } else if (language.value !== variant.language) {
      context.report({
        node: language,
        path: `${body.pointer}/language`,
        messageId: 'wrongLanguage',
        data: { variant: variant.language, language: String(language.value) },
      });
    }
  },
};
