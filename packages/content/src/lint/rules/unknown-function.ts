import { walkExpressions } from '../ast-walk.js';
import { templateEdit } from '../fixes.js';
import { allFunctions, findFunction, hasFunctionRegistry } from '../language.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Function calls must name a built-in (or extension) function and pass a valid number of arguments. */
export const unknownFunction: Rule = {
  meta: ruleMeta({ id: 'unknown-function', defaultSeverity: 'error', description: 'Called functions must exist and get a valid number of arguments.', fixable: false }),
  check(context) {
    if (!hasFunctionRegistry()) return;
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      walkExpressions(context.parse(template).ast, (node) => {
        if (node.kind !== 'Call' || node.callee.kind !== 'Identifier') return;
        const name = node.callee.name;
        const fn = findFunction(name);
        if (!fn) {
          const close = closestFunction(name);
          context.report({
            template,
            start: node.callee.start,
            end: node.callee.end,
            message: `Unknown function '${name}'${close ? `; did you mean '${close}'?` : '.'}`,
            suggestions: close ? [{ message: `Replace with '${close}'`, fix: templateEdit(template, node.callee.start, node.callee.end, close) }] : undefined,
          });
        } else if (node.args.length < fn.minArgs || node.args.length > fn.maxArgs) {
          const expected = fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs} to ${fn.maxArgs}`;
          context.report({
            template,
            start: node.start,
            end: node.end,
            message: `${fn.name} expects ${expected} argument${fn.maxArgs === 1 ? '' : 's'} but got ${node.args.length}: ${fn.signature}.`,
          });
        }
      });
    }
  },
};

/** The closest function name by edit distance (at most 2 edits), case-insensitive. */
function closestFunction(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const fn of allFunctions()) {
    const d = editDistance(lower, fn.name.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = fn.name;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
