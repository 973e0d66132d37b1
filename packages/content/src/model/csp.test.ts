// Validation works where code generation from strings is forbidden (a browser worker under a
// strict Content-Security-Policy): the model is bundled and run in a V8 context with
// `codeGeneration: { strings: false }`, where `eval` and `new Function` throw.
import { describe, it, expect } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const example = readFileSync(new URL('../../../../examples/bill-reminder.json', import.meta.url), 'utf8');

describe('validation without run-time code generation', () => {
  it('validates in a context where eval and new Function are disabled', async () => {
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'model',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => vm.runInContext('Function("return 1")()', context)).toThrow(/Code generation from strings disallowed/);
    vm.runInContext(bundle.outputFiles[0]!.text, context);
    context.document = JSON.parse(example);
    expect(vm.runInContext("JSON.stringify(model.validateSchema('standard-response', document))", context)).toBe('[]');
    expect(
      JSON.parse(vm.runInContext("JSON.stringify(model.validateSchema('render-data', { Interaction: { DateCreated: 'soon' } }))", context)),
    ).toEqual([
      {
        instancePath: '/Interaction/DateCreated',
        keyword: 'format',
        message: 'must match format "date-time"',
        params: { format: 'date-time' },
      },
    ]);
  }, 20_000);
});
