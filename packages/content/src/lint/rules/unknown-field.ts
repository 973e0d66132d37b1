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
            message: `'${root}.${property}' matches '${root}.${sameCase}' only when ignoring case; write '${sameCase}' [field-case].`,
            fix: at >= 0 ? templateEdit(template, propStart, propStart + property.length, sameCase) : undefined,
          });
        } else {
          const near = closestName(property, known);
          if (!closed.has(root) && !near) continue;
          const at = template.value.slice(start, end).lastIndexOf(property);
          const propStart = at >= 0 ? start + at : start;
          const dictionaryNote = closed.has(root) && (root === 'Contact' || root === 'Variables') ? ' (not in the data dictionary)' : '';
          const guess = near ? `; did you mean '${root}.${near}'?` : '.';
          const customNote = closed.has(root) ? '' : ' If it is a custom field, declare it in the data dictionary.';
          context.report({
            template,
            start,
            end,
            message: `Unknown field '${root}.${property}'${dictionaryNote}${guess}${customNote}`,
            suggestions:
              near && at >= 0
                ? [{ message: `Replace with '${near}'`, fix: templateEdit(template, propStart, propStart + property.length, near) }]
                : undefined,
          });
        }
      }
    }
  },
};
