/** Date and time functions of the Genesys reference (§7.3). Fields are read in the render time zone. */
import { FieldDate, type FunctionContext, type FunctionDefinition, type Value } from '../types.js';
import { dateFields, instantFromLocal, type DateFields } from '../runtime/dates.js';
import { readDateString, type DateProblem } from '../runtime/date-parse.js';
import { FunctionError } from '../runtime/errors.js';
import { patternSiteOf } from '../runtime/format.js';
import { RenderState } from '../runtime/state.js';
import type { Span } from '../ast.js';
import { dateArg, integerArg, localeOf, stringArg, zoneOf } from './arguments.js';

/** A function of one Date/Time argument reading one of its local fields. */
export function dateField(
  name: string,
  description: string,
  read: (fields: DateFields, ctx: FunctionContext) => Value,
  examples: Array<[string, string]>,
  extension = false,
): FunctionDefinition {
  return {
    name,
    signature: `${name}(DateTime)`,
    description,
    minArgs: 1,
    maxArgs: 1,
    extension,
    examples,
    call([value], ctx) {
      const ms = dateArg(value ?? null, ctx, 1);
      return ms === null ? null : read(dateFields(ms, zoneOf(ctx)), ctx);
    },
  };
}

const TUESDAY = 'Date(1965, 11, 23, 9, 3, 10)';

/**
 * The characters of a date problem in the source: inside the first argument when it is a string
 * literal without escapes (its value is its source text), else undefined (the whole call).
 */
function problemSpan(ctx: FunctionContext, problem: DateProblem): Span | undefined {
  if (!(ctx instanceof RenderState)) return undefined;
  const node = ctx.callSite?.args[0];
  if (node === undefined) return undefined;
  const site = patternSiteOf(node);
  return site.literal
    ? { start: site.start + 1 + problem.offset, end: site.start + 1 + problem.offset + Math.max(problem.length, 1) }
    : undefined;
}

export const dateFunctions: FunctionDefinition[] = [
  {
    name: 'Date',
    signature: 'Date(Year, Month, Day[, Hour[, Minute[, Second]]]) | Date(String[, Locale])',
    description:
      'Builds a Date/Time from its parts (Month 1–12; omitted parts are 0) in the render time zone, or parses a string in a locale (any locale, written es_ES or es-ES: its month and weekday names, digits and date order). Unreadable text gives an invalid-date diagnostic and no value.',
    minArgs: 1,
    maxArgs: 6,
    extension: false,
    examples: [
      [TUESDAY, '1965-11-23 09:03:10'],
      ['Date(1965, 11, 23)', '1965-11-23 00:00:00'],
      ['Date("November 23, 1965 9:03 AM")', '1965-11-23 09:03:00'],
      ['Date("23 novembre 1965 21:03:00", "fr_FR")', '1965-11-23 21:03:00'],
    ],
    call(args, ctx) {
      const first = args[0] ?? null;
      if (first === null) return null;
      if (typeof first === 'string' && args.length <= 2) {
        const locale = localeOf(ctx, args[1]);
        const read = readDateString(stringArg(first, ctx), locale, zoneOf(ctx), ctx.now);
        if ('problem' in read)
          throw new FunctionError(
            'invalid-date',
            `the text is not a date in locale ${locale.id}: ${read.problem.message}`,
            'warning',
            problemSpan(ctx, read.problem),
          );
        if (read.warning !== undefined && ctx instanceof RenderState) {
          const span = problemSpan(ctx, read.warning) ?? ctx.callSite ?? { start: 0, end: 0 };
          ctx.report('unknown-date-zone', 'warning', `Date: ${read.warning.message}`, span);
        }
        return new FieldDate(read.ms);
      }
      if (first instanceof FieldDate && args.length === 1) return first;
      if (args.length < 3)
        throw new FunctionError('argument-count', 'expects Year, Month, Day[, Hour[, Minute[, Second]]] or a String[, Locale].', 'error');
      const parts = args.map((a, i) => integerArg(a, i + 1));
      const [year, month, day, hour = 0, minute = 0, second = 0] = parts as [number, number, number, number?, number?, number?];
      const ms = instantFromLocal(zoneOf(ctx), year, month, day, hour, minute, second);
      if (!Number.isFinite(ms)) throw new FunctionError('invalid-date', 'the parts do not form a date.');
      return new FieldDate(ms);
    },
  },
  dateField('Day', 'Day of the month, 1–31.', (f) => f.day, [[`Day(${TUESDAY})`, '23']]),
  dateField('Hour12', 'Hour on a 12-hour clock, 1–12.', (f) => (f.hour % 12 === 0 ? 12 : f.hour % 12), [
    [`Hour12(Date(1965, 11, 23, 21, 3, 10))`, '9'],
  ]),
  dateField('Hour24', 'Hour on a 24-hour clock, 0–23.', (f) => f.hour, [[`Hour24(Date(1965, 11, 23, 21, 3, 10))`, '21']]),
  dateField('IsAm', 'True between midnight and noon.', (f) => f.hour < 12, [[`IsAm(${TUESDAY})`, 'True']]),
  dateField('IsPm', 'True between noon and midnight.', (f) => f.hour >= 12, [[`IsPm(${TUESDAY})`, 'False']]),
  dateField(
    'WeekdayName',
    'Name of the weekday in the render locale (English by default).',
    (f, ctx) => localeOf(ctx).weekdays[f.weekday] ?? '',
    [[`WeekdayName(${TUESDAY})`, 'Tuesday']],
  ),
];
