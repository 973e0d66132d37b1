/**
 * The coordinates of a rendered `location` item (a notification's location header), read once
 * for every channel that sends them: `whatsapp-cloud` sends them as text (Meta's model), and
 * `open-messaging` as numbers (Genesys Cloud's `ConversationContentLocation`).
 */
import { str, type Item, type RenderContext } from './model.js';

/** One coordinate as rendered: the trimmed text, and its value when it reads as decimal degrees in range. */
export interface Coordinate {
  text: string;
  degrees?: number;
}

/** Decimal degrees with `.` as separator: what both vendors' coordinates mean. */
const DECIMAL_DEGREES = /^[+-]?\d{1,3}(?:\.\d{1,15})?$/;

/**
 * The latitude and longitude of a rendered location item. A coordinate that does not read as
 * decimal degrees in range (`91`, `4,89`, empty) is a `parameter-type` error on its field, in
 * `vendor`'s words: the place would be wrong or the message refused.
 */
export function locationCoordinates(item: Item, context: RenderContext, vendor: string): { latitude: Coordinate; longitude: Coordinate } {
  const read = (key: 'latitude' | 'longitude', max: number): Coordinate => {
    const text = (str(item, key) ?? '').trim();
    const degrees = DECIMAL_DEGREES.test(text) ? Number(text) : Number.NaN;
    if (Math.abs(degrees) <= max) return { text, degrees };
    context.report(
      'parameter-type',
      'error',
      `The location's ${key} rendered as ${JSON.stringify(text)}: ${vendor} needs decimal degrees from -${max} to ${max}`,
      context.pointerOf(item, key),
    );
    return { text };
  };
  const latitude = read('latitude', 90);
  return { latitude, longitude: read('longitude', 180) };
}
