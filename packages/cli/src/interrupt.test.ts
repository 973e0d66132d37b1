import { describe, expect, it } from 'vitest';
import { interruptSignal } from './interrupt.js';

const listeners = (): [number, number] => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];

describe('interruptSignal', () => {
  it('listens to SIGINT and SIGTERM until released, and leaves no listener behind', () => {
    const before = listeners();
    const first = interruptSignal();
    const second = interruptSignal();
    expect(listeners()).toEqual([before[0] + 2, before[1] + 2]);
    first.release();
    second.release();
    expect(listeners()).toEqual(before);
    expect(first.signal.aborted).toBe(false);
  });

  it('aborts on the first signal and then stops listening to both', () => {
    const before = listeners();
    const interrupt = interruptSignal();
    // The listener this call added is the last one: called as the signal would call it.
    const [stop] = process.listeners('SIGTERM').slice(-1) as [() => void];
    stop();
    expect(interrupt.signal.aborted).toBe(true);
    expect(listeners()).toEqual(before);
  });
});
