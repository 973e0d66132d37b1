import type { JsonNode } from './tree.js';

/**
 * A JSON string value with a map from offsets in its decoded text back to offsets in the file,
 * so that field-code diagnostics inside the string land on the exact line and column through
 * escapes such as `\n`, `\"`, `\\` and `\u00e9` (each escape decodes to one UTF-16 unit).
 */
export class JsonStringText {
  /** The decoded value. */
  readonly value: string;
  /** File offset just after the opening quote. */
  readonly contentStart: number;
  /** File offset of the closing quote. */
  readonly contentEnd: number;
  private offsets: Int32Array | null | undefined;

  constructor(
    private readonly fileText: string,
    readonly node: JsonNode,
  ) {
    this.value = typeof node.value === 'string' ? node.value : '';
    this.contentStart = node.offset + 1;
    this.contentEnd = Math.max(this.contentStart, node.offset + node.length - 1);
  }

  /** File offset of a decoded offset (0 … value.length; values outside are clamped). */
  toFileOffset(decodedOffset: number): number {
    const d = Math.max(0, Math.min(this.value.length, Math.floor(decodedOffset)));
    if (this.offsets === undefined) this.offsets = this.buildOffsets();
    if (this.offsets === null) return this.contentStart + d;
    return this.offsets[d]!;
  }

  /**
   * The decoded → file offset map as a function that keeps neither the file text nor the JSON
   * tree alive (what a compiled response holds: a shift, or one Int32Array for a string with escapes).
   */
  detachedOffsets(): (decodedOffset: number) => number {
    const start = this.contentStart;
    const length = this.value.length;
    const offsets = (this.offsets ??= this.buildOffsets());
    return (decodedOffset) => {
      const d = Math.max(0, Math.min(length, Math.floor(decodedOffset)));
      return offsets === null ? start + d : offsets[d]!;
    };
  }

  /** Null when the raw text has no escapes (the map is then a plain shift). */
  private buildOffsets(): Int32Array | null {
    const raw = this.fileText.slice(this.contentStart, this.contentEnd);
    if (!raw.includes('\\') && raw.length === this.value.length) return null;
    const map = new Int32Array(this.value.length + 1);
    let unit = 0;
    let i = 0;
    while (i < raw.length && unit < this.value.length) {
      map[unit++] = this.contentStart + i;
      if (raw.charCodeAt(i) === 92 /* \ */) i += raw.charCodeAt(i + 1) === 117 /* u */ ? 6 : 2;
      else i += 1;
    }
    while (unit <= this.value.length) map[unit++] = this.contentStart + Math.min(i, raw.length);
    return map;
  }
}

/** JSON-escapes text for insertion between the quotes of a JSON string. */
export function escapeJsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
