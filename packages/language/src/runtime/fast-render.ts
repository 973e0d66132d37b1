/**
 * Fast render for templates whose field codes are all plain name paths (`Contact.FirstName`).
 * It only handles the case where every value is present, spelled exactly and printable as is
 * (text, finite number, boolean): that case produces no diagnostic. Anything else — a missing
 * value, a case-insensitive match, an object, a list, a date — returns undefined and the caller
 * renders with the general closures, so diagnostics stay exactly theirs. Reads follow the same
 * rules (SPEC §2.3): own data properties of plain objects, read through property descriptors.
 */
import type { SimplePath } from './compiler.js';
import { TEXT_STEP_SHIFT } from './limits.js';
import { formatNumberDefault } from './numbers.js';
import { isPlainObject, readOwnExactPlain } from './safety.js';

/**
 * Renders `data`, or returns undefined when the general render is needed, also when the output
 * would pass `maxOutput` or the steps the general render would count pass `maxSteps` (one per
 * field code plus one per 64 characters of text read): the general render then reports it.
 */
export type FastRender = (data: unknown, maxSteps: number, maxOutput: number) => string | undefined;

const ROOT_NAMES = ['Contact', 'Agent', 'Interaction', 'Variables'] as const;

/** Builds the fast render of `parts` (static text and simple paths, in template order). */
export function createFastRender(parts: ReadonlyArray<string | SimplePath>): FastRender {
  // texts[i] precedes field code i; the last entry follows the last field code.
  const texts: string[] = [''];
  const slots: number[] = [];
  const firsts: string[] = [];
  const rests: string[][] = [];
  for (const part of parts) {
    if (typeof part === 'string') texts[texts.length - 1] += part;
    else {
      slots.push(part.rootIndex);
      firsts.push(part.names[0] as string);
      rests.push(part.names.slice(1));
      texts.push('');
    }
  }
  const count = slots.length;
  const [use0, use1, use2, use3] = [0, 1, 2, 3].map((slot) => slots.includes(slot));
  const lead = texts[0] as string;
  return (data, maxSteps, maxOutput) => {
    if (!isPlainObject(data) || lead.length > maxOutput) return undefined;
    // Each top-level object is read and checked once per render, not once per field code.
    let r0: unknown, r1: unknown, r2: unknown, r3: unknown;
    if (use0 && !isPlainObject((r0 = readOwnExactPlain(data, ROOT_NAMES[0])))) return undefined;
    if (use1 && !isPlainObject((r1 = readOwnExactPlain(data, ROOT_NAMES[1])))) return undefined;
    if (use2 && !isPlainObject((r2 = readOwnExactPlain(data, ROOT_NAMES[2])))) return undefined;
    if (use3 && !isPlainObject((r3 = readOwnExactPlain(data, ROOT_NAMES[3])))) return undefined;
    let output = lead;
    let steps = count;
    for (let i = 0; i < count; i++) {
      const slot = slots[i];
      let current = readOwnExactPlain((slot === 0 ? r0 : slot === 1 ? r1 : slot === 2 ? r2 : r3) as object, firsts[i] as string);
      const rest = rests[i] as string[];
      for (let j = 0; j < rest.length; j++) {
        if (!isPlainObject(current)) return undefined;
        current = readOwnExactPlain(current, rest[j] as string);
      }
      if (typeof current === 'string') {
        steps += current.length >> TEXT_STEP_SHIFT;
        if (steps > maxSteps || output.length + current.length > maxOutput) return undefined;
        output += current;
      } else if (typeof current === 'number' && Number.isFinite(current)) output += formatNumberDefault(current);
      else if (typeof current === 'boolean') output += current ? 'True' : 'False';
      else return undefined; // absent, null, object, list, date, function…: the general render decides
      const text = texts[i + 1] as string;
      if (output.length + text.length > maxOutput) return undefined;
      output += text;
    }
    return output;
  };
}
