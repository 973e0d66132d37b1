import { describe, expect, it } from 'vitest';
import { parse as parseTemplate } from './index.js';
import { render } from '../api.js';

describe('number literals', () => {
  it.each([
    ['<$ .5 $>', 0.5],
    ['<$.25$>', 0.25],
    ['<$ .5e2 $>', 50],
    ['<$ 12.5 $>', 12.5],
  ])('%s is the number %d', (source, value) => {
    const { ast, diagnostics } = parseTemplate(source);
    expect(diagnostics).toEqual([]);
    const code = ast.body.find((n) => n.kind === 'FieldCode');
    expect(code?.kind === 'FieldCode' && code.expression).toMatchObject({ kind: 'Number', value });
  });

  it('evaluates .5 like 0.5', () => {
    expect(render('<$ .5 * 4 $>|<$ 1 - .25 * 4 $>|<$ If(.5 < .75, .75, .5) * 4 $>', {}).output).toBe('2|0|3');
  });

  it('a dot after a name, a number or a parenthesis is still member access or a malformed number', () => {
    expect(parseTemplate('<$ Contact.5 $>').diagnostics.map((d) => d.code)).toEqual(['unexpected-token']);
    expect(parseTemplate('<$ 1.5.5 $>').diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['invalid-number', "Invalid number '1.5.5'"],
    ]);
  });

  it('a long run of digits after a dot is scanned once (no backtracking)', () => {
    const digits = '9'.repeat(90_000);
    const { diagnostics } = parseTemplate(`<$ .${digits}x $>`);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-number']);
  });
});
