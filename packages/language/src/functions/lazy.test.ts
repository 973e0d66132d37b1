import { describe, expect, it } from 'vitest';
import { render, type FunctionDefinition } from '../index.js';
import { builtinFunctions } from './registry.js';

describe('lazy functions', () => {
  it('If and Default are registry functions with lazy arguments and a guarded first argument', () => {
    for (const name of ['if', 'default']) {
      const definition = builtinFunctions.get(name)!;
      expect([definition.name, typeof definition.lazy, definition.guardsArguments]).toEqual([
        name === 'if' ? 'If' : 'Default',
        'function',
        [0],
      ]);
    }
    expect(builtinFunctions.get('isnumber')!.guardsArguments).toBe('all');
  });

  it('evaluate only the arguments they ask for', () => {
    // 1/0 reports division-by-zero only when evaluated.
    expect(render('<$ If(True, "a", 1/0) $>|<$ Default("x", 1/0) $>', {}).diagnostics.map((d) => d.code)).toEqual([]);
    expect(render('<$ Default("", 1/0) $>', {}).diagnostics.map((d) => d.code)).toEqual(['division-by-zero']);
  });

  it('are available to extra functions: a lazy extension and its guarded argument', () => {
    const first: FunctionDefinition = {
      name: 'First',
      signature: 'First(A, B)',
      description: 'A unless it is missing, else B.',
      minArgs: 2,
      maxArgs: 2,
      extension: true,
      guardsArguments: [0],
      lazy: (argument) => argument(0) ?? argument(1),
      call: ([a, b]) => a ?? b ?? null,
    };
    const functions = new Map([['first', first]]);
    const result = render('<$ First(Contact.Nickname, "there") $>|<$ First("x", 1/0) $>', { Contact: {} }, { functions });
    expect([result.output, result.diagnostics.map((d) => d.code)]).toEqual(['there|x', []]);
  });
});
