/**
 * Hang guard for denial-of-service regression tests. Vitest's test timeout is a timer, and a
 * timer never fires while synchronous work (a backtracking regex, a quadratic loop) holds the
 * thread: a regression would hang the whole run instead of failing. `finishes` runs the work
 * under a V8 watchdog that interrupts even a running regex, so the test fails with a clear
 * message at the same point the test timeout would have. It asserts that work ends, not how fast.
 */
import vm from 'node:vm';

/** A little under the suite's 20 s test timeout, so the failure names the work that hung. */
const WATCHDOG_MS = 18_000;

export function finishes<T>(work: () => T): T {
  try {
    return vm.runInNewContext('work()', { work }, { timeout: WATCHDOG_MS }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new Error(`The work did not finish within the test timeout (${WATCHDOG_MS} ms): a denial-of-service regression`, {
        cause: error,
      });
    }
    throw error;
  }
}
