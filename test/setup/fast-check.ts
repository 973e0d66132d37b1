// Global fast-check parameters for every property test (vitest `setupFiles`).
// - A fixed seed, so a run is reproducible; fast-check prints the seed and the shrink path of a
//   failure, and FC_SEED=<seed> replays it.
// - A documented run count per property (DEFAULT_RUNS); FC_FUZZ_RUNS=<n> raises it for a long run.
// A property that passes its own `seed`/`numRuns` keeps them (fast-check's local parameters win).
import fc from 'fast-check';

export const DEFAULT_SEED = 20261201;
export const DEFAULT_RUNS = 300;

function positiveInteger(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

fc.configureGlobal({
  seed: positiveInteger(process.env['FC_SEED']) ?? DEFAULT_SEED,
  numRuns: positiveInteger(process.env['FC_FUZZ_RUNS']) ?? DEFAULT_RUNS,
});
