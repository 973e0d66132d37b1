import { describe, expect, it } from 'vitest';
import { compile, quickRender, render, sealedOptions } from './index.js';
import { optionsOf } from './options.js';

describe('sealedOptions', () => {
  it('keeps own properties only, frozen, without a prototype, and is read by renders without a copy', () => {
    const inherited = Object.create({ locale: 'de_DE' }) as Record<string, unknown>;
    inherited['now'] = '2026-12-01T09:00:00Z';
    const sealed = sealedOptions(inherited);
    expect(Object.getPrototypeOf(sealed)).toBe(null);
    expect(Object.isFrozen(sealed)).toBe(true);
    expect({ ...sealed }).toEqual({ now: '2026-12-01T09:00:00Z' });
    expect(optionsOf(sealed)).toBe(sealed);
    expect(sealedOptions(sealed)).toBe(sealed);
    // Anything else is still copied.
    const plain = { locale: 'fr_FR' };
    expect(optionsOf(plain)).not.toBe(plain);
    expect({ ...optionsOf(plain) }).toEqual({ locale: 'fr_FR' });
  });

  it('renders with sealed options exactly as with the same plain options', () => {
    const template = compile('<$ 1234.5 : "#,##0.00" $> <$ Contact.FirstName $>');
    const data = { Contact: { FirstName: 'Zoë' } };
    expect(template.render(data, sealedOptions({ locale: 'de_DE' }))).toEqual(template.render(data, { locale: 'de_DE' }));
    expect(template.render(data, sealedOptions({ locale: 'de_DE' })).output).toBe('1.234,50 Zoë');
  });
});

describe('quickRender', () => {
  it('gives the output of a clean render of plain name paths and of static text', () => {
    const template = compile('Hello <$ Contact.FirstName $> <$ Contact.LastName $>!');
    expect(quickRender(template, { Contact: { FirstName: 'Ann', LastName: "O'Brien" } })).toBe("Hello Ann O'Brien!");
    expect(quickRender(compile('no field codes'), {})).toBe('no field codes');
  });

  it('gives undefined where render reports something or needs the general evaluator', () => {
    const template = compile('Hello <$ Contact.FirstName $>!');
    // A missing value: render warns, so there is no quick output.
    expect(quickRender(template, { Contact: {} })).toBeUndefined();
    expect(render('Hello <$ Contact.FirstName $>!', { Contact: {} }).diagnostics.map((d) => d.code)).toEqual(['missing-value']);
    // A getter is never called: the general render decides.
    let called = 0;
    const contact = Object.defineProperty({}, 'FirstName', { enumerable: true, get: () => String(++called) });
    expect(quickRender(template, { Contact: contact })).toBeUndefined();
    expect(called).toBe(0);
    // A function call is not a plain name path; a template with a compile error reports it.
    expect(quickRender(compile('<$ Upper(Contact.FirstName) $>'), { Contact: { FirstName: 'a' } })).toBeUndefined();
    expect(quickRender(compile('<$ Nope(1) $>'), {})).toBeUndefined();
    // Limits given with the render options: the general render applies them.
    expect(quickRender(template, { Contact: { FirstName: 'Ann' } }, { limits: { maxOutputLength: 3 } })).toBeUndefined();
  });
});
