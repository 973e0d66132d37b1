import { closestName } from '@fieldcode/language';
import { catalogObjects } from '../catalog.js';
import { templateEdit } from '../fixes.js';
import { ruleMeta, type Rule } from '../rule.js';

/**
 * Fields must exist: a property spelled with the wrong case (`field-case`, fixable), a field of a
 * closed object (`Agent`, `Interaction`, or any object the data dictionary closes) that is not
 * known, or — on open objects such as `Contact`, whose custom attributes cannot all be known — a
 * name one or two letters away from a known field (`Contact.FristName`), with a suggestion.
 */
export const unknownField: Rule = {
  meta: ruleMeta({
    id: 'unknown-field',
    defaultSeverity: 'warning',
    description: 'Field codes must use known fields with their exact spelling.',
    fixable: true,
    messages: {
      fieldCase: "'{{field}}' matches '{{root}}.{{known}}' only when ignoring case; write '{{known}}' [field-case].",
      unknownField: "Unknown field '{{field}}'.",
      unknownFieldDidYouMean: "Unknown field '{{field}}'; did you mean '{{suggestion}}'?",
      notInDictionary: "Unknown field '{{field}}' (not in the data dictionary).",
      notInDictionaryDidYouMean: "Unknown field '{{field}}' (not in the data dictionary); did you mean '{{suggestion}}'?",
      // An open object (fields beyond the catalog exist): reported only when a known name is close.
      customFieldDidYouMean:
        "Unknown field '{{field}}'; did you mean '{{suggestion}}'? If it is a custom field, declare it in the data dictionary.",
      replaceWith: "Replace with '{{name}}'",
    },
  }),
  check(context) {
    const catalog = catalogObjects();
    const dictionary = context.dataDictionary;
    const dictionaryFields = Object.keys(dictionary?.fields ?? {});
    // The catalog closes Agent and Interaction; a data dictionary may close Contact or Variables.
    const knownByRoot = new Map<string, Set<string>>();
    const closed = new Set([...[...catalog].filter(([, o]) => o.closed).map(([name]) => name), ...(dictionary?.closedObjects ?? [])]);
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const use of context.analyze(template).fieldCodes) {
        const [root, property] = use.path.split('.');
        if (!root || !property) continue;
        if (root === 'Interaction' && property === 'AttachedData') continue;
        let known = knownByRoot.get(root);
        if (!known) {
          const names = [
            ...(catalog.get(root)?.properties ?? []),
            ...dictionaryFields.filter((f) => f.startsWith(`${root}.`)).map((f) => f.slice(root.length + 1).split('.')[0]!),
          ];
          knownByRoot.set(root, (known = new Set(names)));
        }
        if (known.has(property)) continue;
        const lower = property.toLowerCase();
        const sameCase = [...known].find((k) => k.toLowerCase() === lower);
        const start = use.range.start.offset;
        const end = use.range.end.offset;
        if (sameCase) {
          const at = template.value.slice(start, end).lastIndexOf(property);
          const propStart = at >= 0 ? start + at : start;
          context.report({
            template,
            start,
            end,
            messageId: 'fieldCase',
            data: { field: `${root}.${property}`, root, known: sameCase },
            fix: at >= 0 ? templateEdit(template, propStart, propStart + property.length, sameCase) : undefined,
          });
        } else {
          const near = closestName(property, known);
          if (!closed.has(root) && !near) continue;
          const at = template.value.slice(start, end).lastIndexOf(property);
          const propStart = at >= 0 ? start + at : start;
          // Contact and Variables fields come from the data dictionary when it closes them.
          const inDictionary = closed.has(root) && (root === 'Contact' || root === 'Variables');
          const field = `${root}.${property}`;
          const suggestion = near ? `${root}.${near}` : undefined;
          context.report({
            template,
            start,
            end,
            ...(suggestion === undefined
              ? { messageId: inDictionary ? 'notInDictionary' : 'unknownField', data: { field } }
              : {
                  messageId: !closed.has(root)
                    ? 'customFieldDidYouMean'
                    : inDictionary
                      ? 'notInDictionaryDidYouMean'
                      : 'unknownFieldDidYouMean',
                  data: { field, suggestion },
                }),
            suggestions:
              near && at >= 0
                ? [
                    {
                      messageId: 'replaceWith',
                      data: { name: near },
                      fix: templateEdit(template, propStart, propStart + property.length, near),
                    },
                  ]
                : undefined,
          });
        }
      }
    }
  },
};
