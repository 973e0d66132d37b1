import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RUNS, DEFAULT_SEED } from './fast-check.js';

describe('property-test parameters', () => {
  it('every property runs with the fixed seed and the documented run count unless overridden', () => {
    const { seed, numRuns } = fc.readConfigureGlobal();
    expect(seed).toBe(process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : DEFAULT_SEED);
    expect(numRuns).toBe(process.env['FC_FUZZ_RUNS'] ? Number(process.env['FC_FUZZ_RUNS']) : DEFAULT_RUNS);
  });

  it('a failing property reports the seed that replays it', () => {
    const failure = (() => {
      try {
        fc.assert(fc.property(fc.nat(), (n) => n < 5));
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(failure).toContain(`seed: ${fc.readConfigureGlobal().seed}`);
    expect(failure).toContain('Counterexample: [5]');
  });
});
