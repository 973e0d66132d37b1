import { getNodeValue } from 'jsonc-parser';
import { renderWithDiagnostics } from '../language.js';
import { propertyNode } from '../json/tree.js';
import { ruleMeta, type Rule } from '../rule.js';

/**
 * With an envelope's `sampleData`, every field code the templates use should have a value there,
 * so that the preview shows the message as a customer would see it.
 */
export const missingValue: Rule = {
  meta: ruleMeta({
    id: 'missing-value',
    defaultSeverity: 'info',
    description: "Field codes should have a value in the envelope's sample data.",
    fixable: false,
    messages: {
      notInSampleData: '{{field}} is not in the sample data: the preview shows it empty.',
    },
  }),
  check(context) {
    const sample = propertyNode(context.file.envelope, 'sampleData');
    if (!sample || sample.type !== 'object') return;
    const data = getNodeValue(sample) as unknown;
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const d of renderWithDiagnostics(template.value, data).diagnostics) {
        if (d.code !== 'missing-value') continue;
        context.report({
          template,
          start: d.range.start.offset,
          end: d.range.end.offset,
          messageId: 'notInSampleData',
          data: { field: d.message.replace(/ renders as empty text\.$/, '') },
        });
      }
    }
  },
};
