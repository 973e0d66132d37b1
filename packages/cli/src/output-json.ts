/**
 * JSON text of a render output, as `JSON.stringify(output ?? null)` writes it, for the render
 * service and the bulk renderer. A compiled response hands out deeply frozen objects for what does
 * not depend on the data; when the whole payload is such an object (a response without field codes)
 * its JSON cannot change, so it is made once and reused.
 *
 * Why not per frozen part: walking the payload in JavaScript to splice in the cached JSON of its
 * frozen items costs more than `JSON.stringify` writing them again (measured on the seed
 * notification: about 20% less on the genesys payload, 20–35% more on whatsapp-cloud and
 * open-messaging, whose frozen parts sit deeper).
 */

/** JSON of deeply frozen payloads met so far (kept as long as the payload lives). */
const frozenJson = new WeakMap<object, string>();
/** Frozen payloads with something mutable inside: serialized every time. */
const shallowFrozen = new WeakSet<object>();

/** True when `value` and everything inside it is frozen (so its JSON never changes). */
function deeplyFrozen(value: object, depth = 0): boolean {
  if (!Object.isFrozen(value) || depth > 64) return false;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && !deeplyFrozen(child, depth + 1)) return false;
  }
  return true;
}

/** `JSON.stringify(output ?? null)`; a deeply frozen payload's JSON is made once. */
export function outputJson(output: unknown): string {
  if (typeof output !== 'object' || output === null || !Object.isFrozen(output)) return JSON.stringify(output ?? null) ?? 'null';
  const known = frozenJson.get(output);
  if (known !== undefined) return known;
  const text = JSON.stringify(output);
  if (!shallowFrozen.has(output)) {
    if (deeplyFrozen(output)) frozenJson.set(output, text);
    else shallowFrozen.add(output);
  }
  return text;
}
