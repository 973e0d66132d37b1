import type { TemplateText } from '../file.js';
import { walkExpressions } from '../ast-walk.js';
import { ruleMeta, type Problem, type Rule, type RuleContext } from '../rule.js';
import { notificationParts, parameterEntries, structuredOf } from '../structure.js';

/**
 * Parameter values in a header or a button cannot contain a line break, a tab or more than 4
 * consecutive spaces: an error when the literal text has one, a warning when a field code that
 * renders empty would join two runs of spaces into a longer one.
 */
export const parameterWhitespace: Rule = {
  meta: ruleMeta({
    id: 'parameter-whitespace',
    defaultSeverity: 'error',
    description: 'Header and button parameter values must not contain line breaks, tabs or more than 4 consecutive spaces.',
    fixable: false,
    messages: {
      lineBreak: 'A header or button parameter value cannot contain a line break.',
      tab: 'A header or button parameter value cannot contain a tab.',
      spaces: 'A header or button parameter value cannot contain {{count}} consecutive spaces (at most {{max}}).',
      literalLineBreak: 'A header or button parameter value cannot contain a line break; this string literal has one.',
      literalTab: 'A header or button parameter value cannot contain a tab; this string literal has one.',
      literalSpaces:
        'A header or button parameter value cannot contain {{count}} consecutive spaces (at most {{max}}); this string literal has one.',
      spacesIfEmpty:
        'If this field code renders empty, {{count}} consecutive spaces remain; a header or button parameter value cannot have more than {{max}}.',
    },
  }),
  check(context) {
    const s = structuredOf(context, 'notification');
    if (!s) return;
    const parts = notificationParts(context);
    const items = [...(parts.header?.type === 'text' ? [parts.header] : []), ...parts.buttons];
    const maxSpaces = context.limit('parameter.maxConsecutiveSpaces')?.value ?? 4;
    for (const item of items) {
      for (const param of parameterEntries(context, item)) {
        if (param.value) checkValue(context, param.value, maxSpaces);
      }
    }
  },
};

function checkValue(context: RuleContext, template: TemplateText, maxSpaces: number): void {
  const bad = new RegExp(`[\\n\\r\\t]| {${maxSpaces + 1},}`, 'g');
  // The message id and data of a bad run (`literal`: inside a string literal of a field code).
  const describe = (m: string, literal: boolean): Pick<Problem, 'messageId' | 'data'> => {
    const kind = m.includes('\t') ? 'tab' : /[\n\r]/.test(m) ? 'lineBreak' : 'spaces';
    const messageId = literal ? `literal${kind[0]!.toUpperCase()}${kind.slice(1)}` : kind;
    return kind === 'spaces' ? { messageId, data: { count: m.length, max: maxSpaces } } : { messageId };
  };
  const { ast } = context.parse(template);
  for (const part of ast.body) {
    if (part.kind === 'Text') {
      bad.lastIndex = 0;
      for (let m = bad.exec(part.value); m; m = bad.exec(part.value)) {
        context.report({
          template,
          start: part.start + m.index,
          end: part.start + m.index + m[0].length,
          ...describe(m[0], false),
        });
      }
    } else if (part.expression) {
      walkExpressions({ kind: 'Template', start: part.start, end: part.end, body: [part] }, (node) => {
        if (node.kind !== 'String') return;
        bad.lastIndex = 0;
        const m = bad.exec(node.value);
        if (m)
          context.report({
            template,
            start: node.start,
            end: node.end,
            ...describe(m[0], true),
          });
      });
    }
  }
  // A field code rendering empty joins the spaces around it.
  const body = ast.body;
  for (let i = 1; i + 1 < body.length; i++) {
    const before = body[i - 1]!;
    const code = body[i]!;
    const after = body[i + 1]!;
    if (code.kind !== 'FieldCode' || before.kind !== 'Text' || after.kind !== 'Text') continue;
    const trailing = trailingSpaces(before.value);
    const leading = leadingSpaces(after.value);
    const joined = trailing + leading;
    // A run already longer than the limit on either side is reported as an error above.
    if (joined > maxSpaces && trailing <= maxSpaces && leading <= maxSpaces) {
      context.report({
        template,
        start: code.start,
        end: code.end,
        severity: 'warning',
        messageId: 'spacesIfEmpty',
        data: { count: joined, max: maxSpaces },
      });
    }
  }
}

/** Spaces at the end of `text`, counted backwards (an end-anchored regex rescans every run of spaces). */
function trailingSpaces(text: string): number {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  return text.length - i;
}

/** Spaces at the start of `text`. */
function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i;
}
