/**
 * `@fieldcode/cli/service` — the render service for embedding in a Node program (what
 * `fieldcode serve` runs): load a folder with {@link Library.open}, build the Fastify application
 * with {@link buildService}, then `service.app.listen(…)`. See docs/service.md.
 */
export { buildService, defaultLimits, type Service, type ServiceApi, type ServiceLimits, type ServiceOptions } from './app.js';
export { Library, type LibraryEntry, type LibrarySnapshot, type LoadProblem, type RefreshResult } from './library.js';
export { createMetrics, type ServiceMetrics } from './metrics.js';
