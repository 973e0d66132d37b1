// One describe per advisory of the template-engine security history, translated into field codes.
// Every payload must stay inert: empty output plus the one expected denial diagnostic, in lenient and in strict mode,
// with no global mutation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile, render, type FunctionDefinition, type RenderOptions } from '@fieldcode/language';

const modes: Array<[string, RenderOptions]> = [
  ['lenient', {}],
  ['strict', { strict: true }],
];

const data = {
  Contact: { FirstName: 'John', EmailAddresses: ['a@b.c'] },
  Interaction: { AttachedData: { Language: 'en' } },
  Variables: { Plan: 'gold' },
};

/**
 * The payload renders as empty text with exactly one diagnostic, the expected denial: its code and
 * the source text its range highlights, in lenient and in strict mode.
 */
function expectInert(source: string, code: string, highlighted: string, payloadData: unknown = data): void {
  for (const [mode, options] of modes) {
    const result = render(source, payloadData, options);
    expect(result.output, mode).toBe('');
    expect(
      result.diagnostics.map((d) => [d.code, source.slice(d.range.start.offset, d.range.end.offset)]),
      mode,
    ).toEqual([[code, highlighted]]);
  }
}

function snapshotPrototypes(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto).sort().join(','),
  );
}

describe('Handlebars GHSA-q42p-pg8m-cqh6 / #1495: reaching Function through constructor', () => {
  it.each(modes)('%s: constructor chains never resolve', (_mode, options) => {
    for (const payload of [
      'Contact.constructor',
      'Contact.constructor.constructor',
      'constructor',
      'Contact.constructor.prototype',
      'Contact.EmailAddresses.constructor',
      'Contact.FirstName.constructor',
    ]) {
      const result = render(`<$ ${payload} $>`, data, options);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['denied-name']);
    }
  });
  it('denies constructor even when it is an own data property', () => {
    expectInert('<$ Contact.constructor $>', 'denied-name', 'constructor', JSON.parse('{"Contact":{"constructor":"x"}}'));
  });
  it('calls through constructor are not property calls', () => {
    expectInert('<$ Contact.constructor("return process")() $>', 'unexpected-token', '(');
  });
});

describe('Handlebars CVE-2019-19919 (#1558): __proto__ and prototype pollution', () => {
  it.each(modes)('%s: __proto__ never resolves, also as attached-data key', (_mode, options) => {
    for (const source of [
      '<$ Contact.__proto__ $>',
      '<$ __proto__ $>',
      '<$ Interaction.AttachedData("__proto__") $>',
      '<$ Contact.__proto__.FirstName $>',
      '<$ Interaction.AttachedData("__pro" + "to__") $>',
    ]) {
      const result = render(source, data, options);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['denied-name']);
    }
  });
  it('an own "__proto__" key from JSON.parse is still denied', () => {
    expectInert('<$ Contact.__proto__ $>', 'denied-name', '__proto__', JSON.parse('{"Contact":{"__proto__":{"x":1}}}'));
    expectInert(
      '<$ Interaction.AttachedData("__proto__") $>',
      'denied-name',
      '"__proto__"',
      JSON.parse('{"Interaction":{"AttachedData":{"__proto__":"x"}}}'),
    );
  });
  it('helperMissing-style hooks do not exist: unknown functions are compile errors', () => {
    for (const name of ['helperMissing', 'blockHelperMissing', 'lookup', 'log']) {
      expectInert(`<$ ${name}("x") $>`, 'unknown-function', name);
    }
  });
});

describe('Handlebars npm 1325 (#1563, #1595): __defineGetter__ / __lookupGetter__ chains', () => {
  it.each(modes)('%s: every __define*/__lookup* name is denied', (_mode, options) => {
    for (const name of ['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '__DEFINEGETTER__']) {
      const result = render(`<$ Contact.${name} $>`, data, options);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['denied-name']);
    }
  });
  it('getter-definition calls are not callable', () => {
    expectInert('<$ Contact.__defineGetter__("FirstName", Now) $>', 'unknown-member', '__defineGetter__');
    expectInert('<$ Contact.__lookupGetter__("__proto__") $>', 'unknown-member', '__lookupGetter__');
    expectInert('<$ Interaction.AttachedData("__defineGetter__") $>', 'denied-name', '"__defineGetter__"');
  });
});

describe('Handlebars 4.6.0 (#1633, #1635): default-deny of prototype properties', () => {
  it('inherited members never resolve (toString, valueOf, hasOwnProperty, length)', () => {
    for (const payload of [
      'Contact.toString',
      'Contact.valueOf',
      'Contact.hasOwnProperty',
      'Contact.FirstName.length',
      'Contact.isPrototypeOf',
      'toString',
    ]) {
      const result = render(`<$ ${payload} $>`, data);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-value']);
    }
  });
  it('objects with a polluted prototype only expose own properties', () => {
    const polluted = Object.create({ FirstName: 'x' }) as Record<string, unknown>;
    expectInert('<$ Contact.FirstName $>', 'missing-value', 'Contact.FirstName', { Contact: polluted });
    const inheriting = Object.create({ Secret: 'x' }) as Record<string, unknown>;
    inheriting.Other = 'y';
    expectInert('<$ Contact.Secret $>', 'missing-value', 'Contact.Secret', { Contact: inheriting });
  });
  it('class instances are not plain data', () => {
    class Customer {
      FirstName = 'John';
    }
    expectInert('<$ Contact.FirstName $>', 'missing-value', 'Contact.FirstName', { Contact: new Customer() });
    expectInert('<$ Contact.FirstName $>', 'missing-value', 'Contact.FirstName', { Contact: new Map([['FirstName', 'John']]) });
  });
});

describe('Object.prototype polluted while rendering', () => {
  let before: string[];
  beforeEach(() => {
    before = snapshotPrototypes();
    Object.defineProperty(Object.prototype, 'Polluted', { value: 'pwned', configurable: true, writable: true, enumerable: true });
    Object.defineProperty(Object.prototype, 'FirstName', { value: 'pwned', configurable: true, writable: true, enumerable: true });
  });
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).Polluted;
    delete (Object.prototype as Record<string, unknown>).FirstName;
    expect(snapshotPrototypes()).toEqual(before);
  });
  it.each(modes)('%s: polluted names resolve to nothing', (_mode, options) => {
    for (const source of [
      '<$ Contact.Polluted $>',
      '<$ Polluted $>',
      '<$ Interaction.AttachedData("Polluted") $>',
      '<$ Agent.FirstName $>',
    ]) {
      const result = render(source, data, options);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-value']);
    }
  });
  it('own properties still win', () => {
    expect(render('<$ Contact.FirstName $>', data).output).toBe('John');
  });
});

describe('Handlebars CVE-2021-23369 / CVE-2021-23383: strict mode must not bypass the guards', () => {
  it('every payload above is inert in strict mode too', () => {
    for (const source of [
      '<$ Contact.constructor $>',
      '<$ Contact.__proto__ $>',
      '<$ Contact.__lookupGetter__ $>',
      '<$ Contact.toString $>',
    ]) {
      const result = render(source, data, { strict: true });
      expect(result.output).toBe('');
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
  it('names with backslashes or quotes are plain (missing) names, never code', () => {
    expectInert('<$ Interaction.AttachedData("a\\\\b\\"c") $>', 'missing-value', 'Interaction.AttachedData("a\\\\b\\"c")');
    expectInert(
      `<$ Interaction.AttachedData('"); require("child_process"); ("') $>`,
      'missing-value',
      `Interaction.AttachedData('"); require("child_process"); ("')`,
    );
  });
});

describe('Handlebars #2146: no public entry point accepts an AST or duck-typed objects', () => {
  it('compile() of a non-string does not interpret it as an AST', () => {
    const fakeAst = { kind: 'Template', body: [{ kind: 'FieldCode', expression: { kind: 'Identifier', name: 'constructor' } }] };
    const template = compile(fakeAst as unknown as string);
    expect(template.source).toBe('[object Object]');
    expect(template.render(data).output).toBe('[object Object]');
  });
  it('Symbol.toStringTag spoofing does not make data look like a Map or a date', () => {
    const spoof = { [Symbol.toStringTag]: 'Map', FirstName: 'John' };
    expect(render('<$ Contact.FirstName $>', { Contact: spoof }).output).toBe('John');
    expect(render('<$ IsDateTime(Contact) $>', { Contact: { [Symbol.toStringTag]: 'Date' } }).output).toBe('False');
  });
});

describe('liquidjs #897: registries inherit nothing', () => {
  it.each(modes)('%s: Object.prototype members are not functions', (_mode, options) => {
    for (const name of ['valueOf', 'toString', 'constructor', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
      const result = render(`<$ ${name}(1) $>`, data, options);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-function']);
    }
  });
  it('a plain object passed as options.functions is not a registry', () => {
    let called = false;
    const notAMap = { evil: { name: 'Evil', minArgs: 0, maxArgs: 0, call: () => ((called = true), 'x') } };
    const result = render('<$ Evil() $>', data, { functions: notAMap as unknown as ReadonlyMap<string, FunctionDefinition> });
    expect(result.output).toBe('');
    expect(called).toBe(false);
  });
});

describe('Eta CVE-2022-25967: options are never merged from data', () => {
  it('data keys named like options change nothing', () => {
    const hostile = {
      ...data,
      strict: true,
      timeZone: 'Asia/Tokyo',
      limits: { maxOutputLength: 1 },
      functions: new Map(),
      Contact: { FirstName: 'John', strict: true },
    };
    const result = render('<$ Contact.FirstName $> <$ Date(2020, 1, 1) $> <$ Contact.Nope $>', hostile);
    expect(result.output).toBe('John 2020-01-01 00:00:00 ');
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['missing-value', 'warning']]);
  });
});

describe('mustache lambdas / liquidjs readProperty: functions in data are never called', () => {
  it.each(modes)('%s: function values are missing and not invoked', (_mode, options) => {
    let calls = 0;
    const spy = () => {
      calls++;
      return 'x';
    };
    const hostile = {
      Contact: { FirstName: spy, EmailAddresses: spy },
      Interaction: { AttachedData: { Key: spy } },
      Variables: { Fn: spy },
    };
    for (const source of [
      '<$ Contact.FirstName $>',
      '<$ Contact.FirstName("a") $>',
      '<$ Interaction.AttachedData("Key") $>',
      '<$ Fn $>',
      '<$ Contact.EmailAddresses.Count $>',
    ]) {
      const result = render(source, hostile, options);
      expect(result.output).toBe('');
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
    expect(render('<$ Contact $>', { Contact: spy }, options).output).toBe('');
    expect(calls).toBe(0);
  });
  it('getters are never triggered', () => {
    let triggered = 0;
    const contact = {
      get FirstName() {
        triggered++;
        return 'x';
      },
    };
    const list = ['a'];
    Object.defineProperty(list, 0, {
      get() {
        triggered++;
        return 'x';
      },
    });
    expectInert('<$ Contact.FirstName $>', 'missing-value', 'Contact.FirstName', { Contact: contact });
    expectInert('<$ contact.firstname $>', 'missing-value', 'contact.firstname', { Contact: contact });
    expect(render('<$ Contact.EmailAddresses.Exists("x") $>', { Contact: { EmailAddresses: list } }).output).toBe('False');
    expect(render('[<$ Contact.EmailAddresses $>]', { Contact: { EmailAddresses: list } }).output).toBe('[]');
    expect(triggered).toBe(0);
  });
  it('render data that is not a plain object is ignored', () => {
    for (const hostile of [null, undefined, 42, 'x', [1], () => 1, new Date(0)]) {
      const result = render('<$ Contact.FirstName $>', hostile);
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-value']);
    }
  });
});

describe('liquidjs DoS limits (#250, #894, #896): runaway templates stop with a diagnostic', () => {
  it('10,000 nested parentheses give a diagnostic, not a stack overflow', () => {
    const source = `<$ ${'('.repeat(10_000)}1${')'.repeat(10_000)} $>`;
    const result = render(source, {});
    expect(result.output).toBe('');
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
  it('10,000 nested calls and 10,000 unary operators give a diagnostic', () => {
    expect(render(`<$ ${'Abs('.repeat(10_000)}1${')'.repeat(10_000)} $>`, {}).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(render(`<$ ${'-'.repeat(10_000)}1 $>`, {}).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(render(`<$ ${'Not '.repeat(10_000)}True $>`, {}).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
  it('a long flat operator chain renders up to 1,000 operators, then stops with a diagnostic', () => {
    expect(render(`<$ ${Array.from({ length: 500 }, () => '1').join(' + ')} $>`, {})).toEqual({ output: '500', diagnostics: [] });
    const result = render(`<$ ${Array.from({ length: 5000 }, () => '1').join(' + ')} $>`, {});
    expect(result.output).toBe('');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['nesting-too-deep', 'Expression is too long: more than 1000 chained operators.'],
    ]);
  });
  it('exponential string growth hits the output limit', () => {
    const grow = (depth: number): string => (depth === 0 ? '"abcdefghij"' : `Replace(${grow(depth - 1)}, "a", "${'a'.repeat(40)}")`);
    const source = `<$ ${grow(12)} $>`;
    const result = render(source, {}, { limits: { maxOutputLength: 100_000 } });
    expect(result.output.length).toBeLessThanOrEqual(100_000);
    expect(result.diagnostics.map((d) => d.code)).toContain('output-too-large');
  });
  it('huge output is cut at maxOutputLength', () => {
    const source = `<$ Left("${'x'.repeat(2000)}", 2000) $>`.repeat(40);
    const result = render(source, {}, { limits: { maxOutputLength: 10_000 } });
    expect(result.output.length).toBe(10_000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['output-too-large']);
  });
  it('step budget stops long evaluations', () => {
    const source = '<$ 1 + 1 $>'.repeat(2_000);
    const result = render(source, {}, { limits: { maxSteps: 1_000 } });
    expect(result.output).toBe('2'.repeat(333));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['step-limit']);
  });
  it('string functions charge the step budget by length', () => {
    const big = 'x'.repeat(50_000);
    const result = render(`<$ Length(Contact.Big) $>`.repeat(20), { Contact: { Big: big } }, { limits: { maxSteps: 5_000 } });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['step-limit']);
  });
  it('templates over maxTemplateLength are refused with a diagnostic', () => {
    const result = render('x'.repeat(200), {}, { limits: { maxTemplateLength: 100 } });
    expect(result.output).toBe('');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['template-too-large']);
  });
});

describe('no global mutation', () => {
  it('rendering every payload leaves the built-in prototypes untouched', () => {
    const before = snapshotPrototypes();
    for (const source of [
      '<$ Contact.__proto__ $>',
      '<$ Contact.constructor.prototype $>',
      '<$ Interaction.AttachedData("__proto__") $>',
      '<$ Contact.__defineGetter__("x", 1) $>',
    ]) {
      render(
        source,
        JSON.parse('{"Contact":{"__proto__":{"polluted":true}},"Interaction":{"AttachedData":{"__proto__":{"polluted":true}}}}'),
        { strict: true },
      );
    }
    expect(snapshotPrototypes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
