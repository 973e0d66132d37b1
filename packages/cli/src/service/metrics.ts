/** Prometheus metrics of the render service (prom-client, one registry per service instance). */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  latency: Histogram<'method' | 'route' | 'status'>;
  renders: Counter<'channel' | 'result'>;
  /**
   * Counts one render in `renders` (by channel and result). Kept in plain numbers and added to the
   * counter when the metrics are read: a render costs an array slot, not a label hash.
   */
  countRender(channel: string, ok: boolean): void;
  libraryResponses: Gauge;
  libraryBroken: Gauge;
  libraryDuplicateIds: Gauge;
  reloads: Counter<'result'>;
  inFlight: Gauge;
}

/** Creates the metrics; `processMetrics` adds prom-client's default process metrics (CPU, memory, event loop). */
export function createMetrics(processMetrics = true): ServiceMetrics {
  const registry = new Registry();
  // Renders per channel: [ok, errors] counted, and what the counter was last given.
  const renderCounts = new Map<string, { counted: [number, number]; published: [number, number] }>();
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'fieldcode_' });
  return {
    registry,
    requests: new Counter({
      name: 'fieldcode_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'fieldcode_http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    renders: new Counter({
      name: 'fieldcode_renders_total',
      help: 'Renders by channel and result (ok, errors)',
      labelNames: ['channel', 'result'],
      registers: [registry],
      collect() {
        for (const [channel, { counted, published }] of renderCounts) {
          if (counted[0] > published[0]) this.inc({ channel, result: 'ok' }, counted[0] - published[0]);
          if (counted[1] > published[1]) this.inc({ channel, result: 'errors' }, counted[1] - published[1]);
          published[0] = counted[0];
          published[1] = counted[1];
        }
      },
    }),
    countRender(channel, ok) {
      let counts = renderCounts.get(channel);
      if (counts === undefined) renderCounts.set(channel, (counts = { counted: [0, 0], published: [0, 0] }));
      counts.counted[ok ? 0 : 1]++;
    },
    libraryResponses: new Gauge({
      name: 'fieldcode_library_responses',
      help: 'Standard responses served from the folder',
      registers: [registry],
    }),
    libraryBroken: new Gauge({
      name: 'fieldcode_library_broken_files',
      help: 'Files of the folder that failed to load',
      registers: [registry],
    }),
    libraryDuplicateIds: new Gauge({
      name: 'fieldcode_library_duplicate_ids',
      help: 'Envelope ids declared by more than one file of the folder (the first path answers)',
      registers: [registry],
    }),
    reloads: new Counter({
      name: 'fieldcode_library_reloads_total',
      help: 'Library refreshes by result (ok, failed: a file or the config did not load)',
      labelNames: ['result'],
      registers: [registry],
    }),
    inFlight: new Gauge({ name: 'fieldcode_http_requests_in_flight', help: 'Requests being processed', registers: [registry] }),
  };
}
