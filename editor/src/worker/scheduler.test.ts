import { describe, it, expect } from 'vitest';
import { RunScheduler, type Clock } from './scheduler.js';

function fakeClock() {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void; live: boolean }> = [];
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const t = { at: now + ms, fn, live: true };
      timers.push(t);
      return t;
    },
    clearTimeout: (h) => {
      (h as { live: boolean }).live = false;
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers) {
      if (t.live && t.at <= now) {
        t.live = false;
        t.fn();
      }
    }
  };
  return { clock, advance };
}

describe('RunScheduler', () => {
  it('runs a lone change at once and coalesces a burst into one trailing run', () => {
    const { clock, advance } = fakeClock();
    const runs: number[] = [];
    const s = new RunScheduler(() => runs.push(clock.now()), 150, clock);
    s.trigger();
    expect(runs).toEqual([0]);
    advance(10);
    s.trigger();
    advance(10);
    s.trigger();
    expect(runs).toEqual([0]);
    advance(130);
    expect(runs).toEqual([0, 150]);
    advance(500);
    s.trigger();
    expect(runs).toEqual([0, 150, 650]);
  });

  it('drops the pending run when cancelled', () => {
    const { clock, advance } = fakeClock();
    const runs: number[] = [];
    const s = new RunScheduler(() => runs.push(clock.now()), 150, clock);
    s.trigger();
    s.trigger();
    s.cancel();
    advance(1000);
    expect(runs).toEqual([0]);
  });
});
