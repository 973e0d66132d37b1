/**
 * An AbortSignal that aborts on the first SIGINT or SIGTERM: how `serve`, `studio` and
 * `render --bulk` stop (a caller that embeds them passes its own signal instead).
 */

/** The signal, and `release()` to stop listening once the command is over (a bulk run that ends by itself). */
export interface Interrupt {
  signal: AbortSignal;
  release(): void;
}

export function interruptSignal(): Interrupt {
  const controller = new AbortController();
  const release = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  // Both listeners go with the first signal: the other one must not outlive the command either.
  const stop = (): void => {
    release();
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signal: controller.signal, release };
}
