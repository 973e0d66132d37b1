/** A one-line progress display on a terminal: rows, rate and ETA (from bytes read). Silent elsewhere and in CI. */
import type { CliIo } from '../io.js';

export interface Progress {
  update(rows: number): void;
  done(): void;
}

const silent: Progress = { update: () => undefined, done: () => undefined };

/**
 * Shown only when stderr is a terminal and `CI` is not set; redrawn at most every 200 ms of `clock`
 * (milliseconds; tests pass their own).
 */
export function progressDisplay(io: CliIo, totalBytes: number, readBytes: () => number, clock: () => number = Date.now): Progress {
  const ci = io.env['CI'];
  if (io.stderr.isTTY !== true || (ci !== undefined && ci !== '' && ci !== 'false')) return silent;
  const started = clock();
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(rows) {
      const now = clock();
      if (now - last < 200) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const rate = rows / seconds;
      const fraction = totalBytes > 0 ? Math.min(readBytes() / totalBytes, 1) : 0;
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : NaN;
      const width = 24;
      const filled = Math.round(fraction * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      io.stderr.write(
        `\r${bar} ${Math.round(fraction * 100)}%  ${rows.toLocaleString('en-US')} rows  ${Math.round(rate).toLocaleString('en-US')} rows/s  ETA ${minutesSeconds(eta)}\u001b[K`,
      );
      shown = true;
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

function minutesSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const total = Math.round(seconds);
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}
