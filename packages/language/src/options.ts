/**
 * Options objects are read by their own properties only. A property inherited from
 * `Object.prototype` (polluted by some other library: `Object.prototype.functions = …`) must not
 * add a function to templates, lift a limit or switch a rule off.
 */

/**
 * A copy of `options` holding only its own enumerable properties, in an object without a
 * prototype (so a property it lacks reads as `undefined`, never as an inherited value).
 * `undefined`, `null` and non-objects give an empty such object.
 */
export function ownOptions<T extends object>(options: T | null | undefined): T {
  const copy = Object.create(null) as Record<string, unknown>;
  if (options === undefined || options === null || typeof options !== 'object') return copy as T;
  for (const key of Object.keys(options)) copy[key] = (options as Record<string, unknown>)[key];
  return copy as T;
}

// Options objects made by `sealedOptions`: own properties only, frozen, no prototype.
const sealed = new WeakSet<object>();
const EMPTY: object = Object.freeze(Object.create(null) as object);
sealed.add(EMPTY);

/**
 * An own-properties copy of `options` (as {@link ownOptions}) that is frozen and remembered, so
 * {@link optionsOf} hands it back without copying: for options reused by many renders (a campaign
 * renders every contact with the same options; a copy per template render is measurable there).
 */
export function sealedOptions<T extends object>(options: T | null | undefined): Readonly<T> {
  if (typeof options === 'object' && options !== null && sealed.has(options)) return options;
  const copy = Object.freeze(ownOptions(options));
  sealed.add(copy);
  return copy;
}

/**
 * The options as read by a render: `options` itself when {@link sealedOptions} made it (it cannot
 * have changed), else an {@link ownOptions} copy. The result must not be modified.
 */
export function optionsOf<T extends object>(options: T | null | undefined): Readonly<T> {
  if (options === undefined || options === null) return EMPTY as T;
  return typeof options === 'object' && sealed.has(options) ? options : ownOptions(options);
}

/** The own property `key` of `record`, or undefined (for maps keyed by data, such as rule ids). */
export function ownValue<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  if (record === undefined || record === null || typeof record !== 'object' || !Object.hasOwn(record, key)) return undefined;
  return record[key];
}
