/** Names of length units for limit messages. */
import type { LengthUnit } from '@fieldcode/language';

export { measureLength as measure } from '@fieldcode/language';

export function unitName(unit: LengthUnit): string {
  switch (unit) {
    case 'utf16': return 'UTF-16 units';
    case 'utf8-bytes': return 'UTF-8 bytes';
    default: return 'characters';
  }
}
