// Property-based: rendering any template (well-formed or not) with any JSON-like data terminates
// within the limits and never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, compile, render } from '@fieldcode/language';

const names = [
  'Contact',
  'Agent',
  'Interaction',
  'Variables',
  'FirstName',
  'DateCreated',
  'AttachedData',
  'EmailAddresses',
  'Count',
  'Exists',
  '__proto__',
  'constructor',
  'x',
];
const functions = [
  'If',
  'Left',
  'Mid',
  'Find',
  'Length',
  'Date',
  'Num',
  'Bool',
  'Text',
  'Replace',
  'Upper',
  'Default',
  'WeekdayName',
  'Nope',
];
const operators = [' + ', ' - ', ' * ', ' / ', ' ^ ', ' Mod ', ' = ', ' <> ', ' < ', ' And ', ' Or ', ' XOr ', ' : '];

/** Expressions built from the grammar, so that most samples parse and exercise the evaluator. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => String(n)),
    fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
    fc.constantFrom('True', 'False', '"#,##0.00"', '"yyyy-MM-dd"', '"fr_FR"'),
    fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.')),
    fc.tuple(fc.constantFrom(...functions), fc.array(tie('expr'), { maxLength: 4 })).map(([name, args]) => `${name}(${args.join(', ')})`),
    fc.tuple(tie('expr'), fc.constantFrom(...operators), tie('expr')).map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom('-', 'Not ', '('), tie('expr')).map(([op, e]) => (op === '(' ? `(${e})` : `${op}${e}`)),
  ),
})).expr;

const template = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 10 }),
      expression.map((e) => `<$ ${e} $>`),
      fc.constantFrom('<$', '$>', '<${', '}>', '<$<', '>>', '"', "'", '(', ')'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const json = fc.jsonValue({ maxDepth: 3 });
const data = fc.oneof(
  json,
  fc.record({
    Contact: fc.dictionary(fc.constantFrom(...names), json, { maxKeys: 4 }),
    Interaction: fc.record({
      DateCreated: fc.oneof(fc.string(), fc.constant('2026-11-21T09:30:00Z')),
      AttachedData: fc.dictionary(fc.string({ maxLength: 5 }), json, { maxKeys: 3 }),
    }),
    Variables: fc.dictionary(fc.constantFrom(...names), json, { maxKeys: 3 }),
  }),
);

const limits = { maxSteps: 20_000, maxOutputLength: 20_000 };

describe('render fuzzing', () => {
  it('never throws, stays within the output limit and returns positioned diagnostics', () => {
    fc.assert(
      fc.property(template, data, fc.boolean(), (source, input, strict) => {
        const result = render(source, input, { strict, limits, now: 0 });
        expect(typeof result.output).toBe('string');
        expect(result.output.length).toBeLessThanOrEqual(limits.maxOutputLength);
        for (const d of result.diagnostics) {
          expect(d.code).not.toBe('internal-error');
          expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range.end.offset).toBeLessThanOrEqual(source.length);
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('arbitrary text never throws in compile, render or analyze', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), json, (source, input) => {
        const compiled = compile(source);
        expect(Array.isArray(compiled.diagnostics)).toBe(true);
        expect(typeof compiled.render(input, { limits }).output).toBe('string');
        const analysis = analyze(source);
        expect(analysis.length.min).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a compiled template renders the same output twice (no hidden state)', () => {
    fc.assert(
      fc.property(template, data, (source, input) => {
        const compiled = compile(source, { limits });
        expect(compiled.render(input, { now: 0 })).toEqual(compiled.render(input, { now: 0 }));
      }),
    );
  });
});
