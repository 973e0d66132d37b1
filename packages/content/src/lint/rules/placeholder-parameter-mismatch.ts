import type { TemplateText } from '../file.js';
import { propertyNode as propertyOf } from '../json/tree.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { scanPlaceholders } from '../../message/placeholders.js';
import type { ModelPart } from '../../message/model.js';
import type { CompiledText } from '../../message/text.js';
import { parameterFormat, partParameters, structuredOf, type ParameterEntry } from '../structure.js';

/**
 * `{{n}}` placeholders and `parameters[]` must match: no placeholder without a parameter, no unused
 * parameter, numbers 1, 2, 3… in order; a URL takes one trailing variable. Where variables may
 * stand (not at the body's edges, not side by side) is checked by the template-* review rules.
 */
export const placeholderParameterMismatch: Rule = {
  meta: ruleMeta({
    id: 'placeholder-parameter-mismatch',
    defaultSeverity: 'error',
    description: 'Placeholders and parameters must match, in sequence; a URL takes one trailing variable.',
    fixable: false,
    messages: {
      noParameter: 'Placeholder {{placeholder}} has no parameter with index {{index}}.',
      noIndex: 'Parameter has no numeric index.',
      namedNoIndex: "Parameter '{{name}}' has no numeric index.",
      unused: 'Parameter (index {{index}}) is not used: the text has no {{placeholder}}.',
      namedUnused: "Parameter '{{name}}' (index {{index}}) is not used: the text has no {{placeholder}}.",
      order: 'Placeholders must be numbered 1, 2, 3… in order of appearance: found {{found}} where {{expected}} was expected.',
      urlVariables: 'A button URL takes at most one variable.',
      urlVariableNotAtEnd: 'The variable of a button URL must be at the end of the URL.',
    },
  }),
  check(context) {
    const model = context.file.response?.model;
    if (!structuredOf(context, 'notification') || model === undefined || model.contentType !== 'notification') return;
    // The parts as the message model splits the notification; the texts and parameters they hold.
    const targets: Array<{ part: ModelPart | undefined; text: CompiledText | undefined; role: 'body' | 'header' | 'url' }> = [
      { part: model.body, text: model.body?.text, role: 'body' },
      { part: model.header?.type === 'text' ? model.header : undefined, text: model.header?.text, role: 'header' },
      ...model.buttons.filter((b) => b.type === 'url-button').map((b) => ({ part: b, text: b.url, role: 'url' as const })),
    ];
    for (const { part, text, role } of targets) {
      const template = context.file.templateAt(text?.pointer);
      if (part === undefined || !template) continue;
      const params = partParameters(context, part);
      // A URL button's suffix stays `{{1}}` with named parameters (Meta: named parameters are for header and body).
      if (parameterFormat(context) === 'named' && role !== 'url') checkNamed(context, template, params);
      else checkItem(context, template, params, role);
    }
  },
};

function checkItem(context: RuleContext, template: TemplateText, params: ParameterEntry[], role: 'body' | 'header' | 'url'): void {
  const text = template.value;
  // Named spellings are placeholder-syntax's; positional ones count even when malformed, so a typo does not cascade.
  const found = scanPlaceholders(text)
    .filter((p) => !p.named)
    .map((p) => ({ number: p.n!, start: p.start, end: p.end }));
  const numbers = new Set(found.map((p) => p.number));
  for (const p of found) {
    if (!params.some((e) => e.index === p.number)) {
      context.report({
        template,
        start: p.start,
        end: p.end,
        messageId: 'noParameter',
        data: { placeholder: `{{${p.number}}}`, index: p.number },
      });
    }
  }
  for (const e of params) {
    if (e.index === undefined) {
      context.report({
        node: e.node,
        path: e.pointer,
        ...(e.name ? { messageId: 'namedNoIndex', data: { name: e.name } } : { messageId: 'noIndex' }),
      });
    } else if (!numbers.has(e.index)) {
      context.report({
        node: e.indexNode ?? e.node,
        path: e.pointer,
        ...(e.name
          ? { messageId: 'namedUnused', data: { name: e.name, index: e.index, placeholder: `{{${e.index}}}` } }
          : { messageId: 'unused', data: { index: e.index, placeholder: `{{${e.index}}}` } }),
      });
    }
  }
  // Sequence: first appearances must read 1, 2, 3, …
  let expected = 1;
  const seen = new Set<number>();
  for (const p of found) {
    if (seen.has(p.number)) continue;
    seen.add(p.number);
    if (p.number !== expected) {
      context.report({
        template,
        start: p.start,
        end: p.end,
        messageId: 'order',
        data: { found: `{{${p.number}}}`, expected: `{{${expected}}}` },
      });
      break;
    }
    expected++;
  }
  if (role === 'url') {
    const last = found[found.length - 1];
    if (found.length > 1) {
      context.report({ template, start: found[1]!.start, end: found[1]!.end, messageId: 'urlVariables' });
    } else if (last && last.end !== text.trimEnd().length) {
      context.report({
        template,
        start: last.start,
        end: last.end,
        messageId: 'urlVariableNotAtEnd',
      });
    }
  }
}

/**
 * Named parameters (`"parameterFormat": "named"`): every `{{name}}` needs a parameter with that
 * `name`, every parameter is used; the order is free (Meta matches them by `parameter_name`).
 */
function checkNamed(context: RuleContext, template: TemplateText, params: ParameterEntry[]): void {
  const found = scanPlaceholders(template.value).filter((p) => p.named);
  const names = new Set(found.map((p) => p.key));
  for (const p of found) {
    if (!params.some((e) => e.name === p.key)) {
      context.report({ template, start: p.start, end: p.end, message: `Placeholder {{${p.key}}} has no parameter named '${p.key}'.` });
    }
  }
  for (const e of params) {
    if (e.name === undefined) {
      context.report({
        node: e.node,
        path: e.pointer,
        message: 'Parameter has no name: with named parameters, each parameter fills the placeholder {{name}} of its name.',
      });
    } else if (!names.has(e.name)) {
      const nameNode = propertyOf(e.node, 'name');
      context.report({
        node: nameNode ?? e.node,
        path: e.pointer,
        message: `Parameter '${e.name}' is not used: the text has no {{${e.name}}}.`,
      });
    }
  }
}
