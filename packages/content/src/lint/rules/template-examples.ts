import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * Meta requires a sample value for every variable, and a sample file for a media header, when a
 * template is created (META-TEMPLATES, META-COMPONENTS). Examples come from `examples` or from the
 * variable's parameter rendered with `sampleData`. The rule applies to responses meant for Meta's
 * review, i.e. that declare a `category`.
 */
export const templateExamples: Rule = {
  meta: ruleMeta({
    id: 'template-examples',
    defaultSeverity: 'error',
    description: 'Every template variable has an example value, and a media header a sample handle (Meta requires them).',
    fixable: false,
    messages: {
      variableWithoutExample:
        'Variable {{variable}} has no example: add {{where}}["{{key}}"] or sample data that gives its parameter a value (Meta requires an example for every variable).',
      copyCodeWithoutExample:
        'The copy-code button has no example code: add examples.buttons["{{key}}"] or sample data that gives its code a value (Meta requires a sample code).',
      headerWithoutSample:
        'The {{format}} header has no sample: set examples.header.handle to the upload handle of a sample file (Meta requires one for media headers).',
    },
  }),
  check(context) {
    const template = viewTemplate(context);
    if (!template || template.category === undefined) return;
    const parts = [
      { part: template.header?.text, where: 'examples.header' },
      { part: template.body, where: 'examples.body' },
      ...template.buttons.map((b) => ({ part: b.url, where: `examples.buttons` })),
    ];
    for (const { part, where } of parts) {
      if (!part) continue;
      for (const example of part.examples) {
        if (example.value !== undefined) continue;
        const v = part.variables.find((x) => x.key === example.key)!;
        const button = template.buttons.find((b) => b.url === part);
        const key = button ? String(button.position) : example.key;
        reportAt(context, {
          path: part.pointer,
          start: v.start,
          end: v.end,
          messageId: 'variableWithoutExample',
          data: { variable: `{{${example.key}}}`, where, key },
        });
      }
    }
    // A marketing copy-code button is reviewed with a sample code (the OTP button of an
    // AUTHENTICATION template is not: Meta fills it).
    for (const button of template.buttons) {
      if (button.type !== 'COPY_CODE' || button.code === undefined || button.code.example !== undefined) continue;
      reportAt(context, { path: button.code.pointer, messageId: 'copyCodeWithoutExample', data: { key: String(button.position) } });
    }
    const header = template.header;
    // A location header has no sample: the place is a send-time parameter.
    if (header && header.format !== 'TEXT' && header.format !== 'LOCATION' && header.handle === undefined) {
      reportAt(context, {
        path: `${header.pointer}/type`,
        messageId: 'headerWithoutSample',
        data: { format: header.format.toLowerCase() },
      });
    }
  },
};
