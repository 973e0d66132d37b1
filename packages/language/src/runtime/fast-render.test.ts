import { describe, expect, it } from 'vitest';
import { createFastRender } from './fast-render.js';
import { compileTemplate, quickRender } from './template.js';

const seed = 'Hello <$ Contact.FirstName $> <$ Contact.LastName $>, due <$ CustomProp_Date $>.';
const contact = (FirstName: unknown, LastName: unknown = 'Smith') => ({
  Contact: { FirstName, LastName },
  Variables: { CustomProp_Date: 'March 7' },
});

describe('fast render of name-path templates', () => {
  const fastRender = createFastRender([
    'Hi ',
    { rootIndex: 0, rootName: 'Contact', names: ['FirstName'] },
    { rootIndex: 2, rootName: 'Interaction', names: ['AttachedData', 'Language'] },
    '!',
  ]);
  const fast = (data: unknown) => fastRender(data, 100_000, 1_000_000);

  it('hands over to the general render past the output or step limit, which then reports it', () => {
    const data = (first: string) => ({ Contact: { FirstName: first }, Interaction: { AttachedData: { Language: 'en' } } });
    expect(fastRender(data('Jo'), 100, 8)).toBe('Hi Joen!');
    expect(fastRender(data('Jo'), 100, 7)).toBeUndefined();
    // Two field codes plus one step per 64 characters read.
    expect(fastRender(data('x'.repeat(128)), 4, 1000)).toBe(`Hi ${'x'.repeat(128)}en!`);
    expect(fastRender(data('x'.repeat(128)), 3, 1000)).toBeUndefined();
  });

  it('renders present values: text, whole and rounded numbers, booleans', () => {
    const data = (first: unknown) => ({ Contact: { FirstName: first }, Interaction: { AttachedData: { Language: 'en' } } });
    expect(fast(data('Jo'))).toBe('Hi Joen!');
    expect(fast(data(42))).toBe('Hi 42en!');
    expect(fast(data(2.5))).toBe('Hi 3en!');
    expect(fast(data(true))).toBe('Hi Trueen!');
    expect(fast(data(''))).toBe('Hi en!');
  });

  it('hands every other case to the general render', () => {
    const ok = { AttachedData: { Language: 'en' } };
    expect(fast({ Contact: {}, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { firstname: 'Jo' }, Interaction: ok })).toBeUndefined();
    expect(fast({ contact: { FirstName: 'Jo' }, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { FirstName: null }, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { FirstName: Infinity }, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { FirstName: ['a'] }, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { FirstName: { a: 1 } }, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { FirstName: () => 'x' }, Interaction: ok })).toBeUndefined();
    expect(fast({ Contact: { FirstName: 'Jo' }, Interaction: { AttachedData: [] } })).toBeUndefined();
    expect(fast({ Contact: new Map([['FirstName', 'Jo']]), Interaction: ok })).toBeUndefined();
    expect(fast([])).toBeUndefined();
    expect(fast(null)).toBeUndefined();
  });

  it('never triggers a getter', () => {
    let calls = 0;
    const data = { Contact: {}, Interaction: { AttachedData: { Language: 'en' } } };
    Object.defineProperty(data.Contact, 'FirstName', { enumerable: true, get: () => (++calls, 'Jo') });
    Object.defineProperty(data, 'Agent', { enumerable: true, get: () => (++calls, {}) });
    expect(fast(data)).toBeUndefined();
    expect(compileTemplate('<$ Contact.FirstName $><$ Agent.FullName $>').render(data).output).toBe('');
    expect(calls).toBe(0);
  });
});

describe('templates with the fast render give the general results', () => {
  it('renders the happy case without diagnostics', () => {
    expect(compileTemplate(seed).render(contact('John'))).toEqual({ output: 'Hello John Smith, due March 7.', diagnostics: [] });
  });

  it('reports a missing value exactly as before', () => {
    const result = compileTemplate(seed).render(contact(undefined));
    expect(result.output).toBe('Hello  Smith, due March 7.');
    expect(result.diagnostics.map((d) => [d.code, d.message, d.range.start.offset, d.range.end.offset])).toEqual([
      ['missing-value', 'Missing value: Contact.FirstName renders as empty text.', 9, 26],
    ]);
  });

  it('reports a case-insensitive match exactly as before', () => {
    const result = compileTemplate(seed).render({ Contact: { firstName: 'Jo', LastName: 'S' }, Variables: { CustomProp_Date: 'd' } });
    expect(result.output).toBe('Hello Jo S, due d.');
    expect(result.diagnostics.map((d) => [d.code, d.range.start.offset, d.fix?.text])).toEqual([['field-case', 17, 'firstName']]);
  });

  it('keeps the step limit: fewer steps than field codes stops the render', () => {
    const result = compileTemplate(seed).render(contact('John'), { limits: { maxSteps: 2 } });
    expect(result.output).toBe('Hello John Smith, due ');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['step-limit', 'Rendering stopped after 2 evaluation steps.']]);
    expect(compileTemplate(seed).render(contact('John'), { limits: { maxSteps: 3 } })).toEqual({
      output: 'Hello John Smith, due March 7.',
      diagnostics: [],
    });
  });

  it('keeps the output limit: the output is cut with a diagnostic', () => {
    const result = compileTemplate(seed).render(contact('John'), { limits: { maxOutputLength: 12 } });
    expect(result.output).toBe('Hello John S');
    expect(result.diagnostics.map((d) => [d.code, d.range.start.offset])).toEqual([['output-too-large', 30]]);
  });

  it('keeps date-typed fields on the general render', () => {
    const template = compileTemplate('<$ Interaction.DateCreated $>');
    expect(template.render({ Interaction: { DateCreated: '2026-11-21T09:30:00Z' } }).output).toBe('2026-11-21 09:30:00');
  });
});

/** A proxy over `target` that logs every trap it runs as `label.trap:key`. */
function spy<T extends object>(label: string, target: T, log: string[]): T {
  const traps = ['get', 'has', 'set', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'deleteProperty'] as const;
  const handler: ProxyHandler<T> = {};
  for (const trap of traps) {
    (handler as Record<string, unknown>)[trap] = (...args: unknown[]) => {
      log.push(`${label}.${trap}${typeof args[1] === 'string' ? `:${args[1]}` : ''}`);
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return new Proxy(target, handler);
}

describe('the quick path reads no more than the general render allows', () => {
  const template = compileTemplate('Hi <$ Contact.FirstName $> <$ Contact.LastName $>, <$ Contact.FirstName $>');

  it('runs only prototype and descriptor traps of a proxy, Contact read once per render', () => {
    const log: string[] = [];
    const data = spy('data', { Contact: spy('contact', { FirstName: 'Jo', LastName: 'S' }, log) }, log);
    expect(quickRender(template, data)).toBe('Hi Jo S, Jo');
    expect(log).toEqual([
      'data.getPrototypeOf',
      'data.getOwnPropertyDescriptor:Contact',
      'contact.getPrototypeOf',
      'contact.getOwnPropertyDescriptor:FirstName',
      'contact.getOwnPropertyDescriptor:LastName',
      'contact.getOwnPropertyDescriptor:FirstName',
    ]);
    log.length = 0;
    expect(template.render(data)).toEqual({ output: 'Hi Jo S, Jo', diagnostics: [] });
    expect(log).toHaveLength(6);
  });

  it('stops reading at the first value it cannot print, and the general render never runs get or has', () => {
    const log: string[] = [];
    const data = spy('data', { Contact: spy('contact', { LastName: 'S' }, log) }, log);
    expect(quickRender(template, data)).toBeUndefined();
    expect(log).toEqual([
      'data.getPrototypeOf',
      'data.getOwnPropertyDescriptor:Contact',
      'contact.getPrototypeOf',
      'contact.getOwnPropertyDescriptor:FirstName',
    ]);
    log.length = 0;
    expect(template.render(data).output).toBe('Hi  S, ');
    expect(new Set(log.map((entry) => entry.replace(/^\w+\.(\w+).*$/, '$1')))).toEqual(
      new Set(['getPrototypeOf', 'getOwnPropertyDescriptor', 'ownKeys']),
    );
  });

  it('reads no value put on Object.prototype in place of a getter, and never runs the getter', () => {
    let calls = 0;
    const data = { Contact: { LastName: 'S' } };
    Object.defineProperty(data.Contact, 'FirstName', { enumerable: true, get: () => (++calls, 'from getter') });
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['value'] = 'POLLUTED';
    let quick: string | undefined;
    let result;
    try {
      quick = quickRender(template, data);
      result = template.render(data);
    } finally {
      delete prototype['value'];
    }
    expect(quick).toBeUndefined();
    expect(result.output).toBe('Hi  S, ');
    expect(result.diagnostics.map((d) => [d.code, d.range.start.offset])).toEqual([
      ['missing-value', 6],
      ['missing-value', 54],
    ]);
    expect(calls).toBe(0);
  });

  it('never resolves prototype names, own or inherited, on either path', () => {
    const data = JSON.parse('{"Contact":{"__proto__":"own","constructor":"own","FirstName":"Jo"}}') as unknown;
    for (const name of ['__proto__', 'constructor', 'Prototype', '__lookupGetter__']) {
      const denied = compileTemplate(`<$ Contact.${name} $>|<$ Contact.FirstName $>`);
      expect(quickRender(denied, data)).toBeUndefined();
      const result = denied.render(data);
      expect([result.output, result.diagnostics.map((d) => d.code)]).toEqual(['|Jo', ['denied-name']]);
    }
    expect(quickRender(compileTemplate('<$ Contact.toString $>'), data)).toBeUndefined();
    expect(compileTemplate('<$ Contact.toString $>').render(data).output).toBe('');
  });
});
