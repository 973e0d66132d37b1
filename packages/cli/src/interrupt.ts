/**
 * An AbortSignal that aborts on the first SIGINT or SIGTERM: how `serve`, `studio` and
 * `render --bulk` stop (a caller that embeds them passes its own signal instead).
 */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}
