/**
 * Coalesces lint runs while the author types: the first change after a quiet period runs at once
 * (so a single keystroke gets fresh markers within a frame), later changes of a burst are merged
 * into at most one run per `intervalMs`, and the last change of a burst always gets a run.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RunScheduler {
  private lastRun = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;

  constructor(
    private readonly run: () => void,
    private readonly intervalMs = 150,
    private readonly clock: Clock = realClock,
  ) {}

  /** Signals a change. */
  trigger(): void {
    if (this.timer !== null) return;
    const wait = this.lastRun + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.fire();
      return;
    }
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.fire();
    }, wait);
  }

  /** Drops a pending run (on disconnect). */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.lastRun = this.clock.now();
    this.run();
  }
}
