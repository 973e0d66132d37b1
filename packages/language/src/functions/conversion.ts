/** Type conversion functions of the Genesys reference (§7.5). */
import type { FunctionDefinition } from '../types.js';
import { formatWithPattern, patternSiteOf } from '../runtime/format.js';
import { parseNumberPrefix } from '../runtime/numbers.js';
import { RenderState } from '../runtime/state.js';
import { boolKeyword, toBoolean } from '../runtime/values.js';
import { localeOf, stringArg, text } from './arguments.js';

export const conversionFunctions: FunctionDefinition[] = [
  {
    name: 'Bool',
    signature: 'Bool(Arg[, Default])',
    description:
      'Number: 0 → False, any other → True. String: Off/No/False → False, On/Yes/True → True (any case); any other string → Default, or False without one.',
    minArgs: 1,
    maxArgs: 2,
    extension: false,
    examples: [
      ['Bool(0)', 'False'],
      ['Bool(25.23)', 'True'],
      ['Bool("Yes")', 'True'],
      ['Bool("off", True)', 'False'],
      ['Bool("Asteroids")', 'False'],
      ['Bool("Asteroids", True)', 'True'],
    ],
    call([value, fallback]) {
      const arg = value ?? null;
      if (typeof arg === 'boolean') return arg;
      if (typeof arg === 'number') return arg !== 0;
      if (typeof arg === 'string') {
        const keyword = boolKeyword(arg);
        if (keyword !== undefined) return keyword;
      }
      return fallback === undefined || fallback === null ? false : toBoolean(fallback);
    },
  },
  {
    name: 'Num',
    signature: 'Num(String[, Locale])',
    description:
      'The number at the start of String in a locale (with the locale’s decimal and group separators and digits: `.` in en_US, `,` in fr_FR and de_DE; exponents allowed); characters after it are ignored; 0 when the text does not start with a number.',
    minArgs: 1,
    maxArgs: 2,
    extension: false,
    examples: [
      ['Num("10")', '10'],
      ['Num("10.00")', '10'],
      ['Num("10,00", "fr_FR")', '10'],
      ['Num("12e-2") : "0.00"', '0.12'],
      ['Num("12.2e2Zork")', '1220'],
      ['Num("12,2e2Zork", "fr_FR")', '1220'],
      ['Num("Zaxxon")', '0'],
    ],
    call([value, locale], ctx) {
      if (typeof value === 'number') return value;
      return parseNumberPrefix(stringArg(value ?? null, ctx), localeOf(ctx, locale)) ?? 0;
    },
  },
  {
    name: 'Text',
    signature: 'Text(Arg[, Format])',
    description:
      'Arg as text: with its default format, or with Format (the same patterns as the `:` operator — Java number patterns `#,##0.00`, `0%`, `¤#,##0.00`; date patterns `dd/MM/yyyy HH:mm`; durations in seconds `H:mm:ss`; Boolean `Yes;No`).',
    minArgs: 1,
    maxArgs: 2,
    extension: false,
    examples: [
      ['Text(2.5)', '3'],
      ['Text(1234.5, "#,##0.00")', '1,234.50'],
      ['Text(0.256, "0.0%")', '25.6%'],
      ['Text(Date(1965, 11, 23), "dd/MM/yyyy")', '23/11/1965'],
      ['Text(True, "Yes;No")', 'Yes'],
      ['Text(2, "#.##")', '2.00'],
      ['Text(90061, "H:mm:ss")', '25:01:01'],
    ],
    call([value, format], ctx) {
      const arg = value ?? null;
      if (format === undefined || format === null) return text(arg, ctx);
      if (ctx instanceof RenderState) {
        const node = ctx.callSite?.args[1];
        const site = node === undefined ? { start: 0, end: 0, literal: false } : patternSiteOf(node);
        return formatWithPattern(arg, text(format, ctx), ctx, site);
      }
      return text(arg, ctx);
    },
  },
];
