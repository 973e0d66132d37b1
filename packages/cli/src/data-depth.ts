/** Nesting limit for render data received from outside (bulk rows, service requests). */

/** Deepest nesting of render data accepted; deeper values are refused before rendering. */
export const maxDataDepth = 32;

/** Nesting depth of a JSON value, stopping early past {@link maxDataDepth}. */
export function dataDepth(value: unknown, depth = 0): number {
  if (depth > maxDataDepth || typeof value !== 'object' || value === null) return depth;
  let deepest = depth + 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, dataDepth(child, depth + 1));
    if (deepest > maxDataDepth) break;
  }
  return deepest;
}
